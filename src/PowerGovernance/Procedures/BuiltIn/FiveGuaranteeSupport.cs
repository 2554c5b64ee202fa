using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in five-guarantee support and admission procedure (五保供养审批及收养, as the township's civil-affairs
/// service rules set it out: 本人提出申请并由所在村（社区）委会调查审核后，报镇民政办，再镇民政办审核后，报县民政局审批，然后，
/// 通知敬老院或福利院以收养，并办理入院手续): the person's own application, investigation and review by the village
/// (community) committee, the township civil-affairs office's review, the county civil-affairs bureau's approval, and
/// the welfare home told to admit; a refusal is in writing, with reasons.
/// </summary>
/// <remarks>
/// <para>
/// <b>Limits.</b> The service rules give no limit. The Regulations on Rural Five-Guarantee Support Work
/// (《农村五保供养工作条例》, State Council Decree 456) Art. 7 do: the township reviews within 20 days of receiving the village's
/// opinion, and the county decides within 20 days of receiving the township's opinion. Both say only "days" (日), so
/// they are <b>natural days</b> (<see cref="TimeLimit.NaturalDays"/>): the day of receipt is not counted and a period
/// whose last day is not a working day ends on the next working day. They are two successive periods (分段计时), each
/// started when its body receives the file (<c>forward</c>, <c>submit</c>); committed 13 days each (⌊2/3 × 20⌋).
/// </para>
/// <para>
/// The village committee's investigation and the welfare home's admission have no limit in any rule: the office sets
/// <see cref="VillageLimit"/> and <see cref="AdmissionLimit"/>, and neither counts toward the case. The definition's
/// case limits (40 and 26 days) are only the sum shown in the catalog; the clocks count the periods.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, limit, basis</description></listheader>
/// <item><term><c>village-investigation</c> 村（居）委会调查审核</term><description><see cref="VillageCommittee"/>; <see cref="VillageLimit"/> set by the office; not counted toward the case.</description></item>
/// <item><term><c>township-review</c> 镇民政办审核</term><description><see cref="CivilAffairsOfficer"/>; committed 13 days, legal 20 days of receipt (Decree 456 Art. 7).</description></item>
/// <item><term><c>county-approval</c> 县民政局审批</term><description><see cref="CountyBureau"/>; committed 13 days, legal 20 days of receipt (Decree 456 Art. 7).</description></item>
/// <item><term><c>admission</c> 通知敬老院收养并办理入院手续</term><description><see cref="WelfareHome"/>; <see cref="AdmissionLimit"/> set by the office; not counted toward the case.</description></item>
/// <item><term>terminal</term><description><c>admitted</c> 入院供养, <c>refused</c> 不予批准 (in writing, with reasons), <c>withdrawn</c> 撤回申请.</description></item>
/// </list>
/// <para>
/// Triggers: <c>forward</c>: village-investigation → township-review, with the argument <c>opinion</c> (the committee's
/// signed investigation opinion), starting the township's period; <c>submit</c>: township-review → county-approval,
/// with <c>opinion</c>, starting the county's period; <c>approve</c>: county-approval → admission, with the argument
/// <c>home</c> (the welfare home told to admit); <c>refuse</c>: county-approval → refused, with a written reason;
/// <c>admit</c>: admission → admitted; <c>withdraw</c> from every step before admission is done.
/// </para>
/// </remarks>
public static class FiveGuaranteeSupport
{
    /// <summary>The definition's id (流程标识): <c>five-guarantee-support</c>.</summary>
    public const string Id = "five-guarantee-support";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 村（居）委会调查审核 (Village investigation and review): <c>village-investigation</c>.</summary>
        public const string VillageInvestigation = "village-investigation";

        /// <summary>The step 镇民政办审核 (Township review): <c>township-review</c>.</summary>
        public const string TownshipReview = "township-review";

        /// <summary>The step 县民政局审批 (County approval): <c>county-approval</c>.</summary>
        public const string CountyApproval = "county-approval";

        /// <summary>The step 通知敬老院收养并办理入院手续 (Admission): <c>admission</c>.</summary>
        public const string Admission = "admission";

        /// <summary>The terminal step 入院供养 (Admitted): <c>admitted</c>.</summary>
        public const string Admitted = "admitted";

        /// <summary>The terminal step 不予批准 (Refused): <c>refused</c>.</summary>
        public const string Refused = "refused";

        /// <summary>The terminal step 撤回申请 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>签署调查审核意见报镇民政办 (Forward): <c>forward</c>.</summary>
        public static ProcedureTrigger Forward { get; } = new("forward", "签署调查审核意见报镇民政办", "Forward");

        /// <summary>签署审核意见报县民政局 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "签署审核意见报县民政局", "Submit");

        /// <summary>批准并通知敬老院或福利院收养 (Approve): <c>approve</c>.</summary>
        public static ProcedureTrigger Approve { get; } = new("approve", "批准并通知敬老院或福利院收养", "Approve");

        /// <summary>不予批准 (Refuse): <c>refuse</c>.</summary>
        public static ProcedureTrigger Refuse { get; } = new("refuse", "不予批准", "Refuse");

        /// <summary>办理入院手续 (Admit): <c>admit</c>.</summary>
        public static ProcedureTrigger Admit { get; } = new("admit", "办理入院手续", "Admit");

        /// <summary>撤回申请 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回申请", "Withdraw");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>The signed opinion passed up with the file (签署意见): <c>opinion</c>.</summary>
        public static ProcedureArgument<string> Opinion { get; } = ProcedureArgument.Text(OpinionArgument, "签署意见", "signed opinion");

        /// <summary>The welfare home told to admit the person (收养的敬老院或福利院): <c>home</c>.</summary>
        public static ProcedureArgument<string> Home { get; } = ProcedureArgument.Text(HomeArgument, "收养机构", "welfare home that admits");
    }

    /// <summary>The name of the argument carrying a signed opinion (签署意见).</summary>
    public const string OpinionArgument = "opinion";

    /// <summary>The name of the argument naming the welfare home told to admit (敬老院或福利院).</summary>
    public const string HomeArgument = "home";

    /// <summary>The village (community) committee (村（居）民委员会): receives the application, investigates and reviews it.</summary>
    public static Post VillageCommittee { get; } = new("村（居）民委员会", "Village (community) committee");

    /// <summary>The township civil-affairs officer (镇民政办民政专干): reviews the file and reports it to the county.</summary>
    public static Post CivilAffairsOfficer { get; } = new("镇民政办民政专干", "Township civil-affairs officer");

    /// <summary>The county civil-affairs bureau's approving section (县民政局社会救助股): approves or refuses.</summary>
    public static Post CountyBureau { get; } = new("县民政局社会救助股", "County civil-affairs social assistance section");

    /// <summary>The welfare home (敬老院或福利院): admits the person and completes the admission formalities.</summary>
    public static Post WelfareHome { get; } = new("敬老院（福利院）", "Welfare home");

    /// <summary>The township's period (镇民政办审核时段): legal 20 days from receiving the village's opinion (Decree 456 Art. 7), committed 13.</summary>
    public static PeriodLimits TownshipPeriod { get; } = new(TimeLimit.NaturalDays(20), TimeLimit.NaturalDays(13));

    /// <summary>The county's period (县民政局审批时段): legal 20 days from receiving the township's opinion (Decree 456 Art. 7), committed 13.</summary>
    public static PeriodLimits CountyPeriod { get; } = new(TimeLimit.NaturalDays(20), TimeLimit.NaturalDays(13));

    /// <summary>The village committee's investigation (村委会调查审核时限): 10 days set by the office; no rule sets one.</summary>
    public static TimeLimit VillageLimit { get; } = TimeLimit.NaturalDays(10);

    /// <summary>The welfare home's admission (入院手续时限): 10 days set by the office; no rule sets one.</summary>
    public static TimeLimit AdmissionLimit { get; } = TimeLimit.NaturalDays(10);

    /// <summary>
    /// Creates a builder holding the built-in five-guarantee support and admission procedure (五保供养审批及收养流程), for a
    /// host that adds its own powers, supervision points or complaint channels before <see cref="ProcedureDefinitionBuilder.Build"/>.
    /// </summary>
    /// <returns>A new builder.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder() =>
        new ProcedureDefinitionBuilder(Id)
            .Named("五保供养审批及收养", "Five-guarantee support and admission")
            .ForCategories(PowerCategory.Benefit)
            .Initiated(Initiation.OnApplication, "《农村五保供养工作条例》第七条；本辖区无劳动能力、无法定赡养扶养义务人、无生活来源的“三无”孤寡老人本人提出申请")
            .CaseLimits(TimeLimit.NaturalDays(40), TimeLimit.NaturalDays(26))
            .Step(Steps.VillageInvestigation, "村（居）委会调查审核", "Village investigation and review", VillageCommittee, VillageLimit, CounterpartRights.Reasons | CounterpartRights.Statement, countsTowardCaseLimit: false)
            .Step(Steps.TownshipReview, "镇民政办审核", "Township review", CivilAffairsOfficer, TownshipPeriod.Committed, CounterpartRights.Statement, legalLimit: TownshipPeriod.Legal)
            .Step(Steps.CountyApproval, "县民政局审批", "County approval", CountyBureau, CountyPeriod.Committed, CounterpartRights.Reasons, legalLimit: CountyPeriod.Legal)
            .Step(Steps.Admission, "通知敬老院收养并办理入院手续", "Admission", WelfareHome, AdmissionLimit, CounterpartRights.None, countsTowardCaseLimit: false)
            .Terminal(Steps.Admitted, "入院供养", "Admitted", WelfareHome, CaseOutcome.Granted, CounterpartRights.None, "发给五保供养证书，入住敬老院（福利院）集中供养")
            .Terminal(Steps.Refused, "不予批准", "Refused", CountyBureau, CaseOutcome.Refused, CounterpartRights.Reasons, "书面通知申请人并说明理由")
            .Terminal(Steps.Withdrawn, "撤回申请", "Withdrawn", CivilAffairsOfficer, CaseOutcome.Withdrawn)
            .StartsAt(Steps.VillageInvestigation)
            .Trigger(Triggers.Forward, Steps.VillageInvestigation, Steps.TownshipReview, [VillageCommittee], t => t.RequiresArgument(Arguments.Opinion).StartsPeriod(TownshipPeriod.Legal, TownshipPeriod.Committed))
            .Trigger(Triggers.Submit, Steps.TownshipReview, Steps.CountyApproval, [CivilAffairsOfficer], t => t.RequiresArgument(Arguments.Opinion).StartsPeriod(CountyPeriod.Legal, CountyPeriod.Committed))
            .Trigger(Triggers.Approve, Steps.CountyApproval, Steps.Admission, [CountyBureau], t => t.RequiresArgument(Arguments.Home))
            .Trigger(Triggers.Refuse, Steps.CountyApproval, Steps.Refused, [CountyBureau], t => t.RequiresReason())
            .Trigger(Triggers.Admit, Steps.Admission, Steps.Admitted, [WelfareHome])
            .Trigger(Triggers.Withdraw, Steps.VillageInvestigation, Steps.Withdrawn, [VillageCommittee, CivilAffairsOfficer])
            .TriggerFromEach(Triggers.Withdraw, [Steps.TownshipReview, Steps.CountyApproval, Steps.Admission], Steps.Withdrawn, [CivilAffairsOfficer])
            .SupervisedBy(new SupervisionPoint(Steps.TownshipReview, "镇纪委", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint(Steps.CountyApproval, "县民政局纪检组", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
}
