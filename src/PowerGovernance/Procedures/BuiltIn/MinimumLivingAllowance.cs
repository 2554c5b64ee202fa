using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in minimum living allowance procedure (最低生活保障审批, as the township's civil-affairs rules set it out): a
/// written application, review and signature by the village (community) committee, verification by the
/// township civil-affairs office within 10 days of receipt, the county civil-affairs bureau's decision
/// within 15 days (a refusal in writing, with reasons), and public posting of the granted household.
/// </summary>
/// <remarks>
/// <para>
/// The rule book says only "days" (天), so every limit is in <b>natural days</b> (<see cref="TimeLimit.NaturalDays"/>):
/// the day of receipt is not counted, and a period whose last day is not a working day ends on the next
/// working day (<see cref="WorkingCalendarExtensions.DueDate"/>).
/// </para>
/// <para>
/// <b>Case limits: two successive periods</b> (分段计时). The township's 10 days run from the day it receives the
/// application from the village (<c>forward</c>), and the county's 15 days from the day it receives the township's
/// report (<c>submit</c>); each is counted on its own and each ends on the next working day when its last day is a
/// rest day. So a township that reports on its rolled last day and a county that decides within its own 15 days
/// are both on time, even when together they took more than 25 days from the township's receipt. Committed: 6 and
/// 10 days (⌊2/3⌋ of each, rounded down). A period that overran stays on the record
/// (<see cref="CaseClock.LateStops"/>): the case is late even when the next period is kept. The village committee's
/// review comes before the first period and the public posting after the decision; neither counts. The
/// definition's case limits (25 and 16 days) are only the sum shown in the catalog; the clocks count the periods.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, limit, basis</description></listheader>
/// <item><term><c>village-review</c> 村（居）委会审查</term><description><see cref="VillageCommittee"/>; 5 days set by the office (no rule sets one); not counted toward the case.</description></item>
/// <item><term><c>township-verification</c> 镇民政办核查</term><description><see cref="CivilAffairsOfficer"/>; committed 6 days, legal 10 days of receipt.</description></item>
/// <item><term><c>county-decision</c> 县民政局审批</term><description><see cref="CountyBureau"/>; committed 10 days, legal 15 days.</description></item>
/// <item><term><c>public-posting</c> 张榜公示</term><description><see cref="CivilAffairsOfficer"/>; 5 days set by the office to put up the notice; not counted toward the case.</description></item>
/// <item><term>terminal</term><description><c>granted</c> 批准保障, <c>refused</c> 不予批准 (in writing, with reasons), <c>withdrawn</c> 撤回申请.</description></item>
/// </list>
/// <para>
/// Triggers: <c>forward</c>: village-review → township-verification, with the argument <c>opinion</c>
/// (the committee's signed opinion); <c>submit</c>: township-verification → county-decision, with the
/// argument <c>opinion</c> (the township's signed verification opinion); <c>approve</c>: county-decision →
/// public-posting; <c>refuse</c>: county-decision → refused, with a written reason; <c>posted</c>:
/// public-posting → granted; <c>withdraw</c> from every step before the decision.
/// </para>
/// </remarks>
public static class MinimumLivingAllowance
{
    /// <summary>The definition's id (流程标识): <c>minimum-living-allowance</c>.</summary>
    public const string Id = "minimum-living-allowance";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 村（居）委会审查 (Village committee review): <c>village-review</c>.</summary>
        public const string VillageReview = "village-review";

        /// <summary>The step 镇民政办核查 (Township verification): <c>township-verification</c>.</summary>
        public const string TownshipVerification = "township-verification";

        /// <summary>The step 县民政局审批 (County decision): <c>county-decision</c>.</summary>
        public const string CountyDecision = "county-decision";

        /// <summary>The step 张榜公示 (Public posting): <c>public-posting</c>.</summary>
        public const string PublicPosting = "public-posting";

        /// <summary>The terminal step 批准保障 (Granted): <c>granted</c>.</summary>
        public const string Granted = "granted";

        /// <summary>The terminal step 不予批准 (Refused): <c>refused</c>.</summary>
        public const string Refused = "refused";

        /// <summary>The terminal step 撤回申请 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>签署意见报镇民政办 (Forward): <c>forward</c>.</summary>
        public static ProcedureTrigger Forward { get; } = new("forward", "签署意见报镇民政办", "Forward");

        /// <summary>签署审核意见报县民政局 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "签署审核意见报县民政局", "Submit");

        /// <summary>批准 (Approve): <c>approve</c>.</summary>
        public static ProcedureTrigger Approve { get; } = new("approve", "批准", "Approve");

        /// <summary>不予批准 (Refuse): <c>refuse</c>.</summary>
        public static ProcedureTrigger Refuse { get; } = new("refuse", "不予批准", "Refuse");

        /// <summary>公示完成 (Posted): <c>posted</c>.</summary>
        public static ProcedureTrigger Posted { get; } = new("posted", "公示完成", "Posted");

        /// <summary>撤回申请 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回申请", "Withdraw");
    }

    /// <summary>The village (community) committee (村（居）民委员会): receives the written application, reviews and signs it.</summary>
    public static Post VillageCommittee { get; } = new("村（居）民委员会", "Village (community) committee");

    /// <summary>The township civil-affairs officer (镇民政办民政专干): verifies the household and posts granted households.</summary>
    public static Post CivilAffairsOfficer { get; } = new("镇民政办民政专干", "Township civil-affairs officer");

    /// <summary>The county civil-affairs bureau's approving section (县民政局社会救助股): decides.</summary>
    public static Post CountyBureau { get; } = new("县民政局社会救助股", "County civil-affairs social assistance section");

    /// <summary>The argument carrying a signed opinion (签署意见) when the application is passed on.</summary>
    public const string OpinionArgument = "opinion";

    /// <summary>The township civil-affairs office's period (镇民政办核查时段): legal 10 days from its receipt of the application, committed 6.</summary>
    public static PeriodLimits TownshipPeriod { get; } = new(TimeLimit.NaturalDays(10), TimeLimit.NaturalDays(6));

    /// <summary>The county civil-affairs bureau's period (县民政局审批时段): legal 15 days from its receipt of the township's report, committed 10.</summary>
    public static PeriodLimits CountyPeriod { get; } = new(TimeLimit.NaturalDays(15), TimeLimit.NaturalDays(10));

    /// <summary>
    /// Creates a builder holding the built-in minimum living allowance procedure (低保审批流程), for a host
    /// that adds its own powers, supervision points or complaint channels before
    /// <see cref="ProcedureDefinitionBuilder.Build"/>.
    /// </summary>
    /// <returns>A new builder; <see cref="BuiltInProcedures.MinimumLivingAllowance"/> is its product.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder() =>
        new ProcedureDefinitionBuilder(Id)
            .Named("最低生活保障审批", "Minimum living allowance")
            .ForCategories(PowerCategory.Benefit)
            .Initiated(Initiation.OnApplication, "《社会救助暂行办法》第十一条；申请人以书面形式说明申请救助事由，如实填报家庭情况并提供证明材料")
            .CaseLimits(TimeLimit.NaturalDays(25), TimeLimit.NaturalDays(16))
            .Step("village-review", "村（居）委会审查", "Village committee review", VillageCommittee, TimeLimit.NaturalDays(5), CounterpartRights.Reasons | CounterpartRights.Statement, countsTowardCaseLimit: false)
            .Step("township-verification", "镇民政办核查", "Township verification", CivilAffairsOfficer, TownshipPeriod.Committed, CounterpartRights.Statement, legalLimit: TownshipPeriod.Legal)
            .Step("county-decision", "县民政局审批", "County decision", CountyBureau, CountyPeriod.Committed, CounterpartRights.Reasons, legalLimit: CountyPeriod.Legal)
            .Step("public-posting", "张榜公示", "Public posting", CivilAffairsOfficer, TimeLimit.NaturalDays(5), CounterpartRights.None, "低保家庭以户为单位在村（社区）公开栏公示，对象、标准、金额公开，接受社会监督", countsTowardCaseLimit: false)
            .Terminal("granted", "批准保障", "Granted", CountyBureau, CaseOutcome.Granted, CounterpartRights.None, "发给《保障金领取证》，按月领取；收入变动时调整或取消（动态管理）")
            .Terminal("refused", "不予批准", "Refused", CountyBureau, CaseOutcome.Refused, CounterpartRights.Reasons, "书面通知申请人并说明理由")
            .Terminal("withdrawn", "撤回申请", "Withdrawn", CivilAffairsOfficer, CaseOutcome.Withdrawn)
            .StartsAt("village-review")
            .Trigger(Triggers.Forward, "village-review", "township-verification", [VillageCommittee], t => t.RequiresArgument(OpinionArgument).StartsPeriod(TownshipPeriod.Legal, TownshipPeriod.Committed))
            .Trigger(Triggers.Submit, "township-verification", "county-decision", [CivilAffairsOfficer], t => t.RequiresArgument(OpinionArgument).StartsPeriod(CountyPeriod.Legal, CountyPeriod.Committed))
            .Trigger(Triggers.Approve, "county-decision", "public-posting", [CountyBureau])
            .Trigger(Triggers.Refuse, "county-decision", "refused", [CountyBureau], t => t.RequiresReason())
            .Trigger(Triggers.Posted, "public-posting", "granted", [CivilAffairsOfficer])
            .Trigger(Triggers.Withdraw, "village-review", "withdrawn", [VillageCommittee, CivilAffairsOfficer])
            .Trigger(Triggers.Withdraw, "township-verification", "withdrawn", [CivilAffairsOfficer])
            .Trigger(Triggers.Withdraw, "county-decision", "withdrawn", [CivilAffairsOfficer, CountyBureau])
            .SupervisedBy(new SupervisionPoint("township-verification", "镇纪委", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("county-decision", "县民政局纪检组", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
}
