using PowerGovernance.Procedures;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// An open case met while paging that is not handed on (未通过核验的办件): it does not verify, or its row cannot be read. The
/// board shows it as blocked, and whoever supervises the records is told, with the findings.
/// </summary>
public sealed class RefusedCase
{
    internal RefusedCase(string caseId, CaseVerification? verification, string message, string chineseMessage)
    {
        CaseId = caseId;
        Verification = verification;
        Message = message;
        ChineseMessage = chineseMessage;
    }

    /// <summary>Gets the case's id.</summary>
    public string CaseId { get; }

    /// <summary>Gets every problem the engine found and the first event at fault; <see langword="null"/> when a row could not even be read.</summary>
    public CaseVerification? Verification { get; }

    /// <summary>Gets why the case was refused, in English.</summary>
    public string Message { get; }

    /// <summary>Gets why the case was refused, in Simplified Chinese.</summary>
    public string ChineseMessage { get; }
}
