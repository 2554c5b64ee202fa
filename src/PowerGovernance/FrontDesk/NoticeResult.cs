using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>The result of <see cref="OneTimeNotification.Notify"/>: the notice issued (if any), the history to store, and findings.</summary>
/// <param name="Outcome">Issued, complete, or refused.</param>
/// <param name="Notice">The notice issued, or <see langword="null"/>.</param>
/// <param name="History">The history to store: with the new notice when issued, otherwise unchanged.</param>
/// <param name="Findings">Why it was refused (errors), or warnings about the input; empty when all is well.</param>
public sealed record NoticeResult(NoticeOutcome Outcome, OneTimeNotice? Notice, NoticeHistory History, IReadOnlyList<Finding> Findings)
{
    /// <summary>Gets whether a notice was issued.</summary>
    public bool IsIssued => Outcome == NoticeOutcome.Issued;
}
