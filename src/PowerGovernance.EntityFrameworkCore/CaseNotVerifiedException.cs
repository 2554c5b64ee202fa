using System;
using PowerGovernance.Procedures;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// A stored case that does not verify against its history (办件核验未通过): it was edited, forked or damaged, and is not loaded.
/// Keep the rows as they are (they are the evidence) and report the findings.
/// </summary>
public sealed class CaseNotVerifiedException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="caseId"/> with the engine's findings.</summary>
    /// <param name="caseId">The case's id.</param>
    /// <param name="verification">The engine's verification, not accepted.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CaseNotVerifiedException(string caseId, CaseVerification verification)
        : base(Describe(caseId, verification))
    {
        CaseId = caseId;
        Verification = verification;
    }

    /// <summary>Gets the case's id.</summary>
    public string CaseId { get; }

    /// <summary>Gets every problem found (<see cref="CaseVerification"/>'s findings) and the first event at fault.</summary>
    public CaseVerification Verification { get; }

    private static string Describe(string caseId, CaseVerification verification)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(verification);
        return $"Case '{caseId}' does not verify and was not loaded: {verification.Message} 办件“{caseId}”核验未通过，未予读取：{verification.ChineseMessage}";
    }
}
