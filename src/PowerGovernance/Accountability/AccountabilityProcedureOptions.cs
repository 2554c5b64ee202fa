using PowerGovernance.Appeals;
using PowerGovernance.Calendars;

namespace PowerGovernance.Accountability;

/// <summary>
/// The time limits of the built-in accountability procedure (问责程序时限). The rule book fixes the investigation (10 working days,
/// extendable once by 10 with approval), the service of the decision (10 working days), the appeal (15 working days from receipt)
/// and the review (30 working days); it sets none for the preliminary verification, the head's decision to start and the
/// committee's decision, for which the defaults are the office's own announced limits (where no rule sets a limit, the office sets
/// one and announces it: 法律未规定时限的，自行确定并公布). Override with <c>with</c>.
/// </summary>
/// <param name="PreliminaryVerification">初步核实: default 5 working days (office limit).</param>
/// <param name="StartDecision">决定启动: default 3 working days (office limit).</param>
/// <param name="Investigation">调查 (with the hearing and the written report): default 10 working days (the township's accountability rules).</param>
/// <param name="InvestigationExtension">The one extension, with approval: default 10 working days (the township's accountability rules).</param>
/// <param name="CommitteeDecision">问责决定: default 10 working days (office limit).</param>
/// <param name="Service">送达, from the decision: default 10 working days (the township's accountability rules).</param>
/// <param name="Appeal">申诉, from receipt: default <see cref="AppealPolicy.AccountabilityAppeal"/>, 15 working days (the township's accountability rules).</param>
/// <param name="Review">复议、复核, from the appeal: default <see cref="AppealPolicy.AccountabilityReview"/>, 30 working days (the township's accountability rules).</param>
public sealed record AccountabilityProcedureOptions(
    TimeLimit PreliminaryVerification,
    TimeLimit StartDecision,
    TimeLimit Investigation,
    TimeLimit InvestigationExtension,
    TimeLimit CommitteeDecision,
    TimeLimit Service,
    TimeLimit Appeal,
    TimeLimit Review)
{
    /// <summary>
    /// The rule book's limits and the office defaults: preliminary verification 5 working days, decision to start 3,
    /// investigation 10 (extendable once by 10), committee decision 10, service 10, and the appeal and review of
    /// <see cref="AppealPolicy.Default"/>.
    /// </summary>
    public static AccountabilityProcedureOptions Default { get; } = new(
        TimeLimit.WorkingDays(5),
        TimeLimit.WorkingDays(3),
        TimeLimit.WorkingDays(10),
        TimeLimit.WorkingDays(10),
        TimeLimit.WorkingDays(10),
        TimeLimit.WorkingDays(10),
        AppealPolicy.Default.AccountabilityAppeal,
        AppealPolicy.Default.AccountabilityReview);
}
