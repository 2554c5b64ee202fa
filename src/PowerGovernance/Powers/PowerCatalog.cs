using System.Collections;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// The power catalog (职权目录/权力清单): an immutable, versioned set of powers with unique codes and
/// O(1) lookup by code. A power that is not listed, or is listed without a legal basis, may not be
/// exercised (<see cref="MayBeExercised"/>, <see cref="Require"/>).
/// </summary>
/// <remarks>
/// A catalog changes only by producing a new version from a <see cref="CatalogChangeSet"/>
/// (<see cref="Apply"/>); <see cref="Compare"/> lists the differences between two versions.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class PowerCatalog : IReadOnlyCollection<Power>
{
    private readonly Power[] powers;
    private readonly IReadOnlyList<Power> readOnlyPowers;
    private readonly Dictionary<PowerCode, Power> byCode;

    /// <summary>Creates a catalog.</summary>
    /// <param name="powers">The powers; their codes must be unique.</param>
    /// <param name="version">The catalog version, 1 for the first published catalog.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="powers"/> is null.</exception>
    /// <exception cref="InvalidCatalogException">A power is null, or codes repeat; every problem is reported.</exception>
    public PowerCatalog(IEnumerable<Power> powers, int version = 1)
    {
        Preconditions.CheckNotNull(powers);
        this.powers = powers.ToArray();
        readOnlyPowers = ImmutableLists.Of(this.powers);
        Version = version;
        byCode = new Dictionary<PowerCode, Power>(this.powers.Length);
        var problems = new List<Finding>();
        for (var i = 0; i < this.powers.Length; i++)
        {
            var power = this.powers[i];
            if (power is null)
            {
                problems.Add(CatalogFindings.NullPower(i));
            }
            else if (!byCode.TryAdd(power.Code, power))
            {
                problems.Add(CatalogFindings.DuplicateCode(power.Code, i));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidCatalogException(problems);
        }
    }

    /// <summary>Gets an empty catalog, version 0.</summary>
    public static PowerCatalog Empty { get; } = new([], 0);

    /// <summary>Gets the catalog version.</summary>
    public int Version { get; }

    /// <summary>Gets the powers in the order given.</summary>
    public IReadOnlyList<Power> Powers => readOnlyPowers;

    /// <summary>Gets the number of powers.</summary>
    public int Count => powers.Length;

    /// <summary>Returns whether a power with <paramref name="code"/> is listed.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool Contains(PowerCode code) => byCode.ContainsKey(code);

    /// <summary>Finds the listed power with <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="power">The power, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool TryGet(PowerCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Power? power) => byCode.TryGetValue(code, out power);

    /// <summary>
    /// Returns the listed power with <paramref name="code"/>, or throws: a power not in the catalog may not be
    /// exercised (凡未列入《职权目录》的权力，不得行使). It does not check the legal basis; to ask whether the power
    /// may be exercised, use <see cref="MayBeExercised"/>.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>The power.</returns>
    /// <exception cref="PowerNotListedException">No power with <paramref name="code"/> is listed (the message is in English and Simplified Chinese).</exception>
    public Power Require(PowerCode code) =>
        byCode.TryGetValue(code, out var power) ? power : throw new PowerNotListedException(code, Version);

    /// <summary>
    /// Returns whether the power with <paramref name="code"/> may be exercised under this catalog, and if not,
    /// why — the question a procedure engine asks before it starts a case (行使前核验). A power may be exercised
    /// only when it is listed (凡未列入《职权目录》的权力，不得行使) and has a legal basis
    /// (凡无合法依据的，应予以废止: a power the catalog rules mark "to be abolished" is not exercised
    /// while it waits for the review round that abolishes it).
    /// </summary>
    /// <remarks>
    /// Only these two rules bar exercise; other findings of <see cref="CatalogValidator"/> (a missing post, a
    /// confidentiality mark without a basis, …) are for the catalog's review and do not stop a case. Allocates
    /// nothing when the power may be exercised.
    /// </remarks>
    /// <param name="code">The code of the power to exercise.</param>
    /// <param name="reason">
    /// When <see langword="false"/> is returned, the bar in English and Simplified Chinese, with
    /// <see cref="Finding.Code"/> <see cref="CatalogReviewRuleCodes.NotListed"/> (not in this catalog version) or
    /// <see cref="CatalogRuleCodes.LegalBasisMissing"/> (listed without a legal basis, <see cref="Power.HasLegalBasis"/>);
    /// otherwise <see langword="null"/>.
    /// </param>
    /// <returns><see langword="true"/> when the power is listed and has a legal basis.</returns>
    public bool MayBeExercised(PowerCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Finding? reason)
    {
        if (!byCode.TryGetValue(code, out var power))
        {
            reason = CatalogFindings.NotListed(code, Version);
            return false;
        }

        if (!power.HasLegalBasis)
        {
            reason = CatalogFindings.ToBeAbolished(power, Version);
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>
    /// Applies a change set and returns the next version (<see cref="Version"/> + 1). Added powers go
    /// to the end, amended ones keep their place, abolished ones leave.
    /// </summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The new catalog version; this catalog is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="InvalidCatalogException">
    /// A change adds a listed code, amends or abolishes an unlisted one, or two changes touch the same
    /// code; every problem is reported and nothing is applied.
    /// </exception>
    public PowerCatalog Apply(CatalogChangeSet changes)
    {
        Preconditions.CheckNotNull(changes);
        var problems = new List<Finding>();
        var touched = new HashSet<PowerCode>();
        foreach (var change in changes.Changes)
        {
            if (!touched.Add(change.Code))
            {
                problems.Add(CatalogFindings.ChangedTwice(change.Code));
            }
            else if (change.Kind == CatalogChangeKind.Add && Contains(change.Code))
            {
                problems.Add(CatalogFindings.AlreadyListed(change.Code));
            }
            else if (change.Kind != CatalogChangeKind.Add && !Contains(change.Code))
            {
                problems.Add(CatalogFindings.CannotChangeUnlisted(change.Code, Version, change.Kind));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidCatalogException(problems);
        }

        var replaced = changes.Changes.Where(c => c.Kind != CatalogChangeKind.Add).ToDictionary(c => c.Code);
        var next = new List<Power>(powers.Length + changes.Changes.Count);
        foreach (var power in powers)
        {
            if (!replaced.TryGetValue(power.Code, out var change))
            {
                next.Add(power);
            }
            else if (change.Kind == CatalogChangeKind.Amend)
            {
                next.Add(change.Power!);
            }
        }

        next.AddRange(changes.Changes.Where(c => c.Kind == CatalogChangeKind.Add).Select(c => c.Power!));
        return new PowerCatalog(next, Version + 1);
    }

    /// <summary>Lists how <paramref name="later"/> differs from <paramref name="earlier"/>, in code order.</summary>
    /// <param name="earlier">The earlier version.</param>
    /// <param name="later">The later version.</param>
    /// <returns>One difference per added, amended or abolished power; unchanged powers are left out.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<CatalogDifference> Compare(PowerCatalog earlier, PowerCatalog later)
    {
        Preconditions.CheckNotNull(earlier);
        Preconditions.CheckNotNull(later);
        var differences = new List<CatalogDifference>();
        foreach (var before in earlier.powers)
        {
            if (!later.TryGet(before.Code, out var after))
            {
                differences.Add(new CatalogDifference(CatalogChangeKind.Abolish, before.Code, before, null, []));
            }
            else
            {
                var changed = before.DifferingMembers(after);
                if (changed.Count > 0)
                {
                    differences.Add(new CatalogDifference(CatalogChangeKind.Amend, before.Code, before, after, changed));
                }
            }
        }

        differences.AddRange(later.powers
            .Where(p => !earlier.Contains(p.Code))
            .Select(p => new CatalogDifference(CatalogChangeKind.Add, p.Code, null, p, [])));
        differences.Sort((a, b) => a.Code.CompareTo(b.Code));
        return differences;
    }

    /// <inheritdoc />
    public IEnumerator<Power> GetEnumerator() => readOnlyPowers.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => readOnlyPowers.GetEnumerator();
}
