using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The result of <see cref="OneTimeNotification.Notify"/> (一次性告知结果): what came of it, the notice issued, the history
/// to store, and the findings (codes from <see cref="FrontDeskRuleCodes"/>).
/// </summary>
/// <remarks>
/// The result is refused (<see cref="OperationResult.IsAccepted"/> is <see langword="false"/>) exactly when
/// <see cref="Outcome"/> is <see cref="NoticeOutcome.Refused"/>; an accepted result may carry warnings. Read
/// <see cref="Notice"/> only when <see cref="IsIssued"/> is <see langword="true"/>, or use <see cref="TryGetNotice"/>.
/// </remarks>
public sealed class NoticeResult : OperationResult
{
    private readonly OneTimeNotice? notice;

    internal NoticeResult(NoticeOutcome outcome, OneTimeNotice? notice, NoticeHistory history, IReadOnlyList<Finding> findings)
        : base(findings)
    {
        Outcome = outcome;
        this.notice = notice;
        History = history;
    }

    /// <summary>Gets what came of the request (告知结果): issued, complete (nothing missing), or refused.</summary>
    public NoticeOutcome Outcome { get; }

    /// <summary>Gets whether a notice was issued (<see cref="Outcome"/> is <see cref="NoticeOutcome.Issued"/>).</summary>
    public bool IsIssued => Outcome == NoticeOutcome.Issued;

    /// <summary>Gets the notice issued (一次性告知书).</summary>
    /// <exception cref="InvalidOperationException">
    /// No notice was issued (<see cref="IsIssued"/> is <see langword="false"/>): the materials are complete, or the
    /// request was refused; the message says which in English and Simplified Chinese, with the refusal's findings.
    /// </exception>
    public OneTimeNotice Notice => notice ?? throw new InvalidOperationException(
        Outcome == NoticeOutcome.Complete
            ? "No notice was issued: the materials are complete, so nothing needs to be told. / 材料齐全，无需出具一次性告知书。"
            : "No notice was issued: the request was refused. " + Message + " / 未出具一次性告知书，告知被拒绝：" + ChineseMessage);

    /// <summary>Gets the history to store (告知记录): with the new notice when issued, otherwise unchanged.</summary>
    public NoticeHistory History { get; }

    /// <summary>Gets the notice when one was issued.</summary>
    /// <param name="issued">The notice issued; <see langword="null"/> when this returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when a notice was issued.</returns>
    public bool TryGetNotice([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OneTimeNotice? issued)
    {
        issued = notice;
        return issued is not null;
    }
}
