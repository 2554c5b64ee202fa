using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The catalog as the public sees it (向社会公开的职权目录): every power that is not marked confidential,
/// in catalog order. Confidential powers are left out entirely: no placeholder, no count; they appear
/// only in <see cref="ConfidentialList"/>, which is for the reviewing office and never published.
/// </summary>
/// <remarks>
/// Disclosure is the rule and non-disclosure the exception (公开为原则，不公开为例外). A power marked
/// confidential without a confidentiality basis is still left out here: the catalog rules report it as
/// "must be disclosed", and the office publishes it by clearing the mark in a new review round.
/// </remarks>
public sealed class PublicCatalog
{
    private PublicCatalog(int version, IReadOnlyList<Power> powers)
    {
        Version = version;
        Powers = powers;
    }

    /// <summary>Gets the version of the catalog projected.</summary>
    public int Version { get; }

    /// <summary>Gets the powers the public sees, in catalog order.</summary>
    public IReadOnlyList<Power> Powers { get; }

    /// <summary>Projects a catalog for the public.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The public catalog.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static PublicCatalog From(PowerCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return new PublicCatalog(catalog.Version, catalog.Powers.Where(p => !p.IsConfidential).ToArray());
    }

    /// <summary>
    /// Lists the confidential powers with only their code, name, category and reason, for the office
    /// that reviews non-disclosure (集中审核). Not for publication.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>One entry per confidential power, in catalog order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<ConfidentialPowerEntry> ConfidentialList(PowerCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return catalog.Powers
            .Where(p => p.IsConfidential)
            .Select(p => new ConfidentialPowerEntry(p.Code, p.Name, p.Category, p.Confidentiality?.Reason))
            .ToArray();
    }
}
