namespace PowerGovernance.Powers;

/// <summary>
/// Whether a power is withheld from the public (涉密不宜公开), why, and on what confidentiality basis
/// (保密依据). Disclosure is the rule and non-disclosure the exception (公开为原则，不公开为例外): a power is
/// withheld only when it is marked confidential <b>and</b> states a basis (<see cref="Power.IsWithheld"/>); one
/// marked confidential without a basis must be disclosed (凡无保密依据的，均要予以公开), so it is
/// published in <see cref="PublicCatalog"/> and the catalog rules report
/// <see cref="CatalogRuleCodes.ConfidentialWithoutBasis"/>.
/// </summary>
/// <param name="IsConfidential">Whether the power is marked confidential (a request to withhold it, effective only with a <paramref name="Basis"/>).</param>
/// <param name="Reason">The reason for non-disclosure (不公开理由).</param>
/// <param name="Basis">The confidentiality basis (保密依据), e.g. a secrecy regulation and article; without it (null or blank) the power is published.</param>
public sealed record Confidentiality(bool IsConfidential, string? Reason, string? Basis)
{
    /// <summary>Gets the confidentiality of a public power.</summary>
    public static Confidentiality Public { get; } = new(false, null, null);
}
