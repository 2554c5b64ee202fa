namespace PowerGovernance.Powers;

/// <summary>
/// Whether a power is withheld from the public (涉密不宜公开), why, and on what confidentiality basis
/// (保密依据). Disclosure is the rule and non-disclosure the exception: a confidential power without a
/// basis must be disclosed.
/// </summary>
/// <param name="IsConfidential">Whether the power is marked confidential.</param>
/// <param name="Reason">The reason for non-disclosure (不公开理由).</param>
/// <param name="Basis">The confidentiality basis (保密依据), e.g. a secrecy regulation and article.</param>
public sealed record Confidentiality(bool IsConfidential, string? Reason, string? Basis)
{
    /// <summary>Gets the confidentiality of a public power.</summary>
    public static Confidentiality Public { get; } = new(false, null, null);
}
