using System;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in serious-illness aid procedure (大病救助审批, as the township's civil-affairs service rules set it out): a
/// written application with the medical-aid form to the village committee of the household register, review of the
/// materials by the township government with a home visit (入户调查), and approval by the county civil-affairs bureau,
/// which approves the applications it has received <b>once a quarter</b> (县民政局每季度对受理的申请进行审批); a refusal in
/// writing, with reasons. The eligibility rules are <see cref="CivilAffairs.SeriousIllnessAidEligibility"/>, the materials
/// <see cref="CivilAffairs.SeriousIllnessAidMaterials"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Case limits: the county's quarter</b> (<see cref="TimeLimit.EndOfQuarter"/>). The case is counted from the day the
/// county receives the township's report (<c>submit</c> starts the period, 分段计时): the office commits to decide by the
/// end of the quarter of that day (<see cref="CountyPeriod"/>, committed <c>end of quarter</c>), and the rule's own limit is
/// the end of the next quarter (legal <c>end of quarter 1 later</c>): an application that arrives after a quarter's approval
/// has been held waits for the next one. A quarter end that is not a working day moves to the next working day. A host whose
/// county approves later in the quarter passes other limits to <see cref="CreateBuilder"/>.
/// </para>
/// <para>
/// A quarter limit is fixed to the calendar: the procedure neither suspends nor extends the clock (the definition rules
/// refuse both for a quarter limit, <see cref="ProcedureRuleCodes.QuarterLimitNotAdjustable"/>). The village committee's
/// passing on and the township's review come before the county's period: their time does not count toward the case, and
/// each step has its own limit set by the office (no rule sets one).
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, limit, basis</description></listheader>
/// <item><term><c>application</c> 村委会受理申请</term><description><see cref="VillageCommittee"/>; 5 days set by the office; not counted toward the case.</description></item>
/// <item><term><c>township-review</c> 镇政府审核、入户调查</term><description><see cref="TownshipOfficer"/>; 10 days set by the office; not counted toward the case.</description></item>
/// <item><term><c>county-approval</c> 县民政局季度审批</term><description><see cref="CountyBureau"/>; committed by the end of the quarter of receipt, legal by the end of the next.</description></item>
/// <item><term>terminal</term><description><c>granted</c> 批准救助, <c>refused</c> 不予救助 (in writing, with reasons), <c>withdrawn</c> 撤回申请.</description></item>
/// </list>
/// <para>
/// Triggers: <c>forward</c>: application → township-review; <c>submit</c>: township-review → county-approval, with the
/// arguments <c>home-visit</c> (the day of the home visit, <see cref="Arguments.HomeVisit"/>) and <c>opinion</c> (the aid
/// opinion written on the form, <see cref="Arguments.Opinion"/>), starting the county's period; <c>approve</c>:
/// county-approval → granted; <c>refuse</c>: county-approval → refused, with a written reason; <c>withdraw</c> from every
/// step before the decision.
/// </para>
/// </remarks>
public static class SeriousIllnessAid
{
    /// <summary>The definition's id (流程标识): <c>serious-illness-aid</c>.</summary>
    public const string Id = "serious-illness-aid";

    /// <summary>The argument carrying the township's aid opinion written on the application form (填写救助意见): <c>opinion</c>.</summary>
    public const string OpinionArgument = "opinion";

    /// <summary>The argument carrying the day of the township's home visit (入户调查日期): <c>home-visit</c>.</summary>
    public const string HomeVisitArgument = "home-visit";

    private static readonly Lazy<ProcedureDefinition> Cache = new(() => CreateBuilder().Build());

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 村委会受理申请 (Application at the village committee): <c>application</c>.</summary>
        public const string Application = "application";

        /// <summary>The step 镇政府审核、入户调查 (Township review with a home visit): <c>township-review</c>.</summary>
        public const string TownshipReview = "township-review";

        /// <summary>The step 县民政局季度审批 (County's quarterly approval): <c>county-approval</c>.</summary>
        public const string CountyApproval = "county-approval";

        /// <summary>The terminal step 批准救助 (Granted): <c>granted</c>.</summary>
        public const string Granted = "granted";

        /// <summary>The terminal step 不予救助 (Refused): <c>refused</c>.</summary>
        public const string Refused = "refused";

        /// <summary>The terminal step 撤回申请 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>上报镇人民政府 (Forward): <c>forward</c>.</summary>
        public static ProcedureTrigger Forward { get; } = new("forward", "上报镇人民政府", "Forward");

        /// <summary>入户调查后签署救助意见报县民政局 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "入户调查后签署救助意见报县民政局", "Submit");

        /// <summary>批准救助 (Approve): <c>approve</c>.</summary>
        public static ProcedureTrigger Approve { get; } = new("approve", "批准救助", "Approve");

        /// <summary>不予救助 (Refuse): <c>refuse</c>.</summary>
        public static ProcedureTrigger Refuse { get; } = new("refuse", "不予救助", "Refuse");

        /// <summary>撤回申请 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回申请", "Withdraw");
    }

    /// <summary>The typed arguments of the procedure's triggers (动作参数).</summary>
    public static class Arguments
    {
        /// <summary>The township's aid opinion written on the application form (救助意见): <c>opinion</c>.</summary>
        public static ProcedureArgument<string> Opinion { get; } = ProcedureArgument.Text(OpinionArgument, "救助意见", "aid opinion written on the form");

        /// <summary>The day of the township's home visit (入户调查日期), an ISO date: <c>home-visit</c>.</summary>
        public static ProcedureArgument<NodaTime.LocalDate> HomeVisit { get; } = ProcedureArgument.Date(HomeVisitArgument, "入户调查日期", "day of the home visit");
    }

    /// <summary>The village committee of the applicant's household register (户口所在地村（居）民委员会): receives the application and passes it on.</summary>
    public static Post VillageCommittee { get; } = new("村（居）民委员会", "Village (community) committee");

    /// <summary>The township civil-affairs officer (镇民政办民政专干): reviews the materials and visits the home for the township government.</summary>
    public static Post TownshipOfficer { get; } = new("镇民政办民政专干", "Township civil-affairs officer");

    /// <summary>The county civil-affairs bureau's approving section (县民政局社会救助股): approves once a quarter.</summary>
    public static Post CountyBureau { get; } = new("县民政局社会救助股", "County civil-affairs social assistance section");

    /// <summary>
    /// The county's period (县民政局审批时段), from its receipt of the township's report: legal by the end of the next quarter,
    /// committed by the end of the quarter of receipt.
    /// </summary>
    public static PeriodLimits CountyPeriod { get; } = new(TimeLimit.EndOfQuarter(1), TimeLimit.EndOfQuarter());

    /// <summary>The village committee's limit to pass the application on, set by the office (no rule sets one): 5 days.</summary>
    public static TimeLimit VillageLimit { get; } = TimeLimit.NaturalDays(5);

    /// <summary>The township's limit to review and visit the home, set by the office (no rule sets one): 10 days.</summary>
    public static TimeLimit TownshipLimit { get; } = TimeLimit.NaturalDays(10);

    /// <summary>Gets the built-in definition, built once with <see cref="CountyPeriod"/>.</summary>
    public static ProcedureDefinition Definition => Cache.Value;

    /// <summary>
    /// Creates a builder holding the built-in serious-illness aid procedure (大病救助审批流程), for a host that adds its own
    /// powers, supervision points or complaint channels, or whose county approves by the end of a later quarter, before
    /// <see cref="ProcedureDefinitionBuilder.Build"/>.
    /// </summary>
    /// <param name="countyPeriod">
    /// The county's period, or <see langword="null"/> for <see cref="CountyPeriod"/>; e.g. legal <c>end of quarter 2 later</c>
    /// and committed <c>end of quarter 1 later</c> when the county approves the next quarter (the committed limit at most two
    /// thirds of the legal one, counted in following quarters).
    /// </param>
    /// <returns>A new builder; <see cref="Definition"/> is its product with the default period.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder(PeriodLimits? countyPeriod = null)
    {
        var county = countyPeriod ?? CountyPeriod;
        return new ProcedureDefinitionBuilder(Id)
            .Named("大病救助审批", "Serious-illness aid")
            .ForCategories(PowerCategory.Benefit)
            .Initiated(Initiation.OnApplication, "《社会救助暂行办法》第六章（医疗救助）；申请人向户口所在的村委会提出书面申请，填写医疗救助申请表，并如实提供相关材料")
            .CaseLimits(county.Legal, county.Committed)
            .Step(Steps.Application, "村委会受理申请", "Application at the village committee", VillageCommittee, VillageLimit, CounterpartRights.Reasons | CounterpartRights.Statement, countsTowardCaseLimit: false)
            .Step(Steps.TownshipReview, "镇政府审核、入户调查", "Township review with a home visit", TownshipOfficer, TownshipLimit, CounterpartRights.Statement, countsTowardCaseLimit: false)
            .Step(Steps.CountyApproval, "县民政局季度审批", "County's quarterly approval", CountyBureau, county.Committed, CounterpartRights.Reasons, legalLimit: county.Legal)
            .Terminal(Steps.Granted, "批准救助", "Granted", CountyBureau, CaseOutcome.Granted)
            .Terminal(Steps.Refused, "不予救助", "Refused", CountyBureau, CaseOutcome.Refused, CounterpartRights.Reasons, "书面通知申请人并说明理由")
            .Terminal(Steps.Withdrawn, "撤回申请", "Withdrawn", TownshipOfficer, CaseOutcome.Withdrawn)
            .StartsAt(Steps.Application)
            .Trigger(Triggers.Forward, Steps.Application, Steps.TownshipReview, [VillageCommittee])
            .Trigger(Triggers.Submit, Steps.TownshipReview, Steps.CountyApproval, [TownshipOfficer], t => t.RequiresArgument(Arguments.HomeVisit).RequiresArgument(Arguments.Opinion).StartsPeriod(county.Legal, county.Committed))
            .Trigger(Triggers.Approve, Steps.CountyApproval, Steps.Granted, [CountyBureau])
            .Trigger(Triggers.Refuse, Steps.CountyApproval, Steps.Refused, [CountyBureau], t => t.RequiresReason())
            .Trigger(Triggers.Withdraw, Steps.Application, Steps.Withdrawn, [VillageCommittee, TownshipOfficer])
            .Trigger(Triggers.Withdraw, Steps.TownshipReview, Steps.Withdrawn, [TownshipOfficer])
            .Trigger(Triggers.Withdraw, Steps.CountyApproval, Steps.Withdrawn, [TownshipOfficer, CountyBureau])
            .SupervisedBy(new SupervisionPoint(Steps.TownshipReview, "镇纪委", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint(Steps.CountyApproval, "县民政局纪检组", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
