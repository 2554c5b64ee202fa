namespace PowerGovernance.Procedures;

/// <summary>The outcome of <see cref="AuditChain.Verify(System.Collections.Generic.IReadOnlyList{CaseEvent})"/>.</summary>
/// <param name="IsValid">Whether the whole chain is intact.</param>
/// <param name="FirstBrokenIndex">The 0-based position of the first event that does not fit, or <see langword="null"/> when valid.</param>
/// <param name="Problem">What is wrong with it, or <see langword="null"/> when valid.</param>
public sealed record AuditVerification(bool IsValid, int? FirstBrokenIndex, string? Problem)
{
    /// <summary>Gets the result for an intact chain.</summary>
    public static AuditVerification Valid { get; } = new(true, null, null);
}
