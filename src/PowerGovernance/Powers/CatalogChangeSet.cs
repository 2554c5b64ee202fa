using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// An immutable list of changes to apply to a catalog as one new version (a review round's outcome).
/// Build it fluently: <c>CatalogChangeSet.Empty.Add(p).Amend(q).Abolish(code, "无法律依据")</c>.
/// </summary>
public sealed class CatalogChangeSet
{
    private CatalogChangeSet(IReadOnlyList<CatalogChange> changes)
    {
        Changes = ImmutableLists.Of(changes);
    }

    /// <summary>Gets the empty change set.</summary>
    public static CatalogChangeSet Empty { get; } = new([]);

    /// <summary>Gets the changes, in the order given.</summary>
    public IReadOnlyList<CatalogChange> Changes { get; }

    /// <summary>Returns a change set that also adds <paramref name="power"/>.</summary>
    /// <param name="power">The power to add.</param>
    /// <returns>A new change set.</returns>
    public CatalogChangeSet Add(Power power)
    {
        Preconditions.CheckNotNull(power);
        return With(new CatalogChange(CatalogChangeKind.Add, power.Code, power, null));
    }

    /// <summary>Returns a change set that also replaces the listed power with the same code by <paramref name="power"/>.</summary>
    /// <param name="power">The amended power.</param>
    /// <param name="reason">Why it is amended, or <see langword="null"/>.</param>
    /// <returns>A new change set.</returns>
    public CatalogChangeSet Amend(Power power, string? reason = null)
    {
        Preconditions.CheckNotNull(power);
        return With(new CatalogChange(CatalogChangeKind.Amend, power.Code, power, reason));
    }

    /// <summary>Returns a change set that also abolishes the power with <paramref name="code"/>.</summary>
    /// <param name="code">The code of the power to abolish.</param>
    /// <param name="reason">Why, e.g. <c>无法律依据</c> (no legal basis).</param>
    /// <returns>A new change set.</returns>
    public CatalogChangeSet Abolish(PowerCode code, string reason)
    {
        Preconditions.CheckNotBlank(reason);
        return With(new CatalogChange(CatalogChangeKind.Abolish, code, null, reason));
    }

    private CatalogChangeSet With(CatalogChange change) => new(Changes.Append(change).ToArray());
}
