using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// The catalog as the public sees it (向社会公开的职权目录): every power that is not withheld, in catalog order.
/// A power is withheld only when it is marked confidential <b>and</b> states a confidentiality basis
/// (<see cref="Power.IsWithheld"/>). Withheld powers are left out entirely: no placeholder, no count; they
/// appear only in <see cref="ConfidentialList"/>, which is for the reviewing office and never published.
/// </summary>
/// <remarks>
/// Disclosure is the rule and non-disclosure the exception (公开为原则，不公开为例外), and 凡无保密依据的，均要予以公开
/// (a power without a confidentiality basis must be disclosed). A power marked confidential without a
/// basis is therefore published here, as listed (the mark stays on the item); the catalog rules report it as
/// <see cref="CatalogRuleCodes.ConfidentialWithoutBasis"/>, and the office clears the mark or records the basis
/// in a new review round.
/// </remarks>
public sealed class PublicCatalog
{
    private PublicCatalog(int version, IReadOnlyList<Power> powers)
    {
        Version = version;
        Powers = ImmutableLists.Of(powers);
    }

    /// <summary>Gets the version of the catalog projected.</summary>
    public int Version { get; }

    /// <summary>Gets the powers the public sees, in catalog order: every power of the catalog that is not <see cref="Power.IsWithheld"/>.</summary>
    public IReadOnlyList<Power> Powers { get; }

    /// <summary>Projects a catalog for the public.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The public catalog.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static PublicCatalog From(PowerCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return new PublicCatalog(catalog.Version, catalog.Powers.Where(p => !p.IsWithheld).ToArray());
    }

    /// <summary>
    /// Lists the withheld powers (涉密不宜公开行政职权目录) with only their code, name, category and reason, for the
    /// office that reviews non-disclosure (集中审核). Not for publication. A power marked confidential without a
    /// confidentiality basis is not listed: it is published (<see cref="From"/>).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>One entry per <see cref="Power.IsWithheld"/> power, in catalog order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<ConfidentialPowerEntry> ConfidentialList(PowerCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return catalog.Powers
            .Where(p => p.IsWithheld)
            .Select(p => new ConfidentialPowerEntry(p.Code, p.Name, p.Category, p.Confidentiality?.Reason))
            .ToArray();
    }
}
