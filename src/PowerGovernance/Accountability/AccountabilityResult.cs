using System;
using System.Collections.Generic;
using PowerGovernance.Procedures;
using PowerGovernance.Validation;

namespace PowerGovernance.Accountability;

/// <summary>
/// The result of an accountability operation (问责办理结果): accepted with the case and the events to append, or refused
/// with every reason as findings. A refused trigger leaves the case unchanged; a refused opening creates no case.
/// </summary>
/// <remarks>
/// Each finding's <see cref="Finding.Code"/> is the name of the <see cref="RejectionKind"/>, or the rule code of the
/// sanction rule that was broken (see <see cref="SanctionRuleCodes"/>).
/// </remarks>
public sealed class AccountabilityResult : OperationResult
{
    private readonly AccountabilityCase? @case;

    private AccountabilityResult(AccountabilityCase? @case, IReadOnlyList<CaseEvent> events, RejectionKind rejection, IReadOnlyList<Finding> findings)
        : base(findings)
    {
        this.@case = @case;
        Events = events;
        Rejection = rejection;
    }

    /// <summary>Gets the case: after the operation when accepted; unchanged when a trigger was refused.</summary>
    /// <exception cref="InvalidOperationException">Opening the case was refused, so there is no case; the message gives the reasons.</exception>
    public AccountabilityCase Case => @case ?? throw new InvalidOperationException(
        "Opening the case was refused, so there is no case: " + Message + " / 问责案件立案被拒绝，没有案件：" + ChineseMessage);

    /// <summary>Gets the events to append, in order; none when refused.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Gets why the operation was refused (拒绝原因), or <see cref="RejectionKind.None"/> when accepted.</summary>
    public RejectionKind Rejection { get; }

    internal static AccountabilityResult Accepted(AccountabilityCase @case, IReadOnlyList<CaseEvent> events) => new(@case, events, RejectionKind.None, []);

    internal static AccountabilityResult Refused(AccountabilityCase? @case, RejectionKind kind, IReadOnlyList<Finding> findings) => new(@case, [], kind, findings);

    internal static AccountabilityResult Refused(AccountabilityCase? @case, Refusal refusal) => new(@case, [], refusal.Kind, refusal.Findings);
}
