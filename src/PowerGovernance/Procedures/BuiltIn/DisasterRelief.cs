using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.CivilAffairs;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in disaster relief beneficiary procedure (灾民救济对象核定, the township's civil-affairs service rules,
/// 救灾救济服务 2): ⑴ the victim applies of their own accord; ⑵ the villagers' group appraises first and nominates; ⑶ the
/// village assembly or the villagers' representatives appraise democratically; ⑷ the village committee reviews and
/// posts the list publicly (张榜公布) before reporting to the township; ⑸ the township government reviews and reports to
/// the county; ⑹ the county civil-affairs bureau approves, for one of the permitted uses (<see cref="DisasterReliefUse"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Limits.</b> Neither the service rules nor the Regulations on Natural Disaster Relief (《自然灾害救助条例》, which set
/// the same sequence of application, democratic appraisal, posting, township review and county approval) give any time
/// limit, so the procedure has <b>no legal limit</b>; every step's limit and the committed case limit are set by the
/// office, in natural days (<see cref="TimeLimit.NaturalDays"/>): the day the step starts is not counted and a
/// limit whose last day is not a working day ends on the next working day.
/// </para>
/// <para>
/// <b>The posting period</b> (张榜公布期) is not given either: the office sets it (<see cref="DefaultPostingPeriod"/>, 7
/// days, or another through <see cref="CreateBuilder"/>). The list is reported to the township only after it: <c>report</c>
/// is refused while the period runs. The period is how long the list stays up, not a time to act in: it counts plain
/// calendar days (the day of posting not counted) and does not move off a holiday, since a noticeboard is read on rest
/// days too; a list posted on 2026-02-11 for 7 days may be reported from 2026-02-19. The step's own limit (the period
/// + 3 days) is a time to act and ends on the next working day as usual. An objection found valid during the posting sends the case back to the democratic
/// appraisal (<c>objection-upheld</c>, with a reason), and the list is posted again afterwards.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, committed limit (set by the office)</description></listheader>
/// <item><term><c>group-appraisal</c> 村民小组初评提名</term><description><see cref="VillagersGroup"/>; 5 days.</description></item>
/// <item><term><c>democratic-appraisal</c> 村民大会或村民代表会议民主评议</term><description><see cref="VillageAssembly"/>; 7 days.</description></item>
/// <item><term><c>village-review</c> 村民委员会审查</term><description><see cref="VillageCommittee"/>; 3 days.</description></item>
/// <item><term><c>public-posting</c> 张榜公布</term><description><see cref="VillageCommittee"/>; the posting period + 3 days to report.</description></item>
/// <item><term><c>township-review</c> 镇人民政府审核</term><description><see cref="TownshipOfficer"/>; 5 days.</description></item>
/// <item><term><c>county-approval</c> 县民政局审批</term><description><see cref="CountyBureau"/>; 10 days.</description></item>
/// <item><term>terminal</term><description><c>approved</c> 批准救济, <c>refused</c> 不予列入救济对象 (in writing, with reasons), <c>withdrawn</c> 撤回申请.</description></item>
/// </list>
/// <para>
/// Triggers: <c>nominate</c> (argument <c>opinion</c>), <c>appraise</c> (<c>opinion</c>), <c>post</c> (<c>place</c>: where the
/// list is posted), <c>report</c> (after the posting period), <c>objection-upheld</c> (reason), <c>submit</c>
/// (<c>opinion</c>), <c>approve</c> (<c>use</c>: a <see cref="DisasterReliefUse"/>); <c>refuse</c> with a reason from the
/// group's appraisal, the democratic appraisal, the township review and the county approval; <c>withdraw</c> from every step before approval.
/// </para>
/// </remarks>
public static class DisasterRelief
{
    /// <summary>The definition's id (流程标识): <c>disaster-relief</c>.</summary>
    public const string Id = "disaster-relief";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 村民小组初评提名 (Villagers' group first appraisal): <c>group-appraisal</c>.</summary>
        public const string GroupAppraisal = "group-appraisal";

        /// <summary>The step 村民大会或村民代表会议民主评议 (Democratic appraisal): <c>democratic-appraisal</c>.</summary>
        public const string DemocraticAppraisal = "democratic-appraisal";

        /// <summary>The step 村民委员会审查 (Village committee review): <c>village-review</c>.</summary>
        public const string VillageReview = "village-review";

        /// <summary>The step 张榜公布 (Public posting): <c>public-posting</c>.</summary>
        public const string PublicPosting = "public-posting";

        /// <summary>The step 镇人民政府审核 (Township review): <c>township-review</c>.</summary>
        public const string TownshipReview = "township-review";

        /// <summary>The step 县民政局审批 (County approval): <c>county-approval</c>.</summary>
        public const string CountyApproval = "county-approval";

        /// <summary>The terminal step 批准救济 (Approved): <c>approved</c>.</summary>
        public const string Approved = "approved";

        /// <summary>The terminal step 不予列入救济对象 (Refused): <c>refused</c>.</summary>
        public const string Refused = "refused";

        /// <summary>The terminal step 撤回申请 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>初评后提名 (Nominate): <c>nominate</c>.</summary>
        public static ProcedureTrigger Nominate { get; } = new("nominate", "初评后提名", "Nominate");

        /// <summary>民主评议通过 (Appraise): <c>appraise</c>.</summary>
        public static ProcedureTrigger Appraise { get; } = new("appraise", "民主评议通过", "Appraise");

        /// <summary>审查后张榜公布 (Post): <c>post</c>.</summary>
        public static ProcedureTrigger Post { get; } = new("post", "审查后张榜公布", "Post");

        /// <summary>公布期满上报乡镇 (Report): <c>report</c>.</summary>
        public static ProcedureTrigger Report { get; } = new("report", "公布期满上报乡镇", "Report");

        /// <summary>异议成立，重新评议 (Objection upheld): <c>objection-upheld</c>.</summary>
        public static ProcedureTrigger ObjectionUpheld { get; } = new("objection-upheld", "异议成立，重新评议", "Objection upheld");

        /// <summary>审核后上报县民政局 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "审核后上报县民政局", "Submit");

        /// <summary>批准 (Approve): <c>approve</c>.</summary>
        public static ProcedureTrigger Approve { get; } = new("approve", "批准", "Approve");

        /// <summary>不予列入 (Refuse): <c>refuse</c>.</summary>
        public static ProcedureTrigger Refuse { get; } = new("refuse", "不予列入", "Refuse");

        /// <summary>撤回申请 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回申请", "Withdraw");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>The appraisal or review opinion passed on (评议、审核意见): <c>opinion</c>.</summary>
        public static ProcedureArgument<string> Opinion { get; } = ProcedureArgument.Text(OpinionArgument, "评议审核意见", "appraisal or review opinion");

        /// <summary>Where the list is posted (张榜地点): <c>place</c>.</summary>
        public static ProcedureArgument<string> Place { get; } = ProcedureArgument.Text(PlaceArgument, "张榜地点", "where the list is posted");

        /// <summary>The permitted use the relief is approved for (救灾款物用途): <c>use</c>, one of <see cref="DisasterReliefUse"/>.</summary>
        public static ProcedureArgument<DisasterReliefUse> Use { get; } = ProcedureArgument.Choice<DisasterReliefUse>(UseArgument, "救灾款物用途", "use of the relief");
    }

    /// <summary>The name of the argument carrying an appraisal or review opinion.</summary>
    public const string OpinionArgument = "opinion";

    /// <summary>The name of the argument naming where the list is posted.</summary>
    public const string PlaceArgument = "place";

    /// <summary>The name of the argument naming the use the relief is approved for.</summary>
    public const string UseArgument = "use";

    /// <summary>Gets the default posting period (张榜公布期): 7 days, set by the office; no rule sets one.</summary>
    public static TimeLimit DefaultPostingPeriod { get; } = TimeLimit.NaturalDays(7);

    /// <summary>The villagers' group (村民小组): appraises first and nominates.</summary>
    public static Post VillagersGroup { get; } = new("村民小组", "Villagers' group");

    /// <summary>The village assembly or villagers' representatives meeting (村民大会或村民代表会议): appraises democratically.</summary>
    public static Post VillageAssembly { get; } = new("村民大会（村民代表会议）", "Village assembly (representatives)");

    /// <summary>The village committee (村民委员会): reviews, posts the list and reports it to the township.</summary>
    public static Post VillageCommittee { get; } = new("村民委员会", "Village committee");

    /// <summary>The township civil-affairs officer for the township government (镇民政办民政专干): reviews and reports to the county.</summary>
    public static Post TownshipOfficer { get; } = new("镇民政办民政专干", "Township civil-affairs officer");

    /// <summary>The county civil-affairs bureau's relief section (县民政局救灾救济股): approves.</summary>
    public static Post CountyBureau { get; } = new("县民政局救灾救济股", "County civil-affairs relief section");

    /// <summary>Creates a builder holding the built-in disaster relief beneficiary procedure (灾民救济对象核定流程).</summary>
    /// <param name="postingPeriod">The posting period, 1 to 30 natural days; <see cref="DefaultPostingPeriod"/> when null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="postingPeriod"/> is not 1 to 30 natural days.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(TimeLimit? postingPeriod = null)
    {
        var period = postingPeriod ?? DefaultPostingPeriod;
        if (period.Kind != TimeLimitKind.NaturalDays || period.Days is < 1 or > 30)
        {
            throw new System.ArgumentOutOfRangeException(nameof(postingPeriod), period, "The posting period of disaster relief beneficiaries is 1 to 30 natural days. / 灾民救济对象张榜公布期为1至30个自然日。");
        }

        var days = period.Days;
        return new ProcedureDefinitionBuilder(Id)
            .Named("灾民救济对象核定", "Disaster relief beneficiaries")
            .ForCategories(PowerCategory.Benefit)
            .Initiated(Initiation.OnApplication, "救灾救济服务：灾民自愿申请；《自然灾害救助条例》")
            .CaseLimits(null, TimeLimit.NaturalDays(33 + days))
            .Step(Steps.GroupAppraisal, "村民小组初评提名", "Villagers' group first appraisal", VillagersGroup, TimeLimit.NaturalDays(5), CounterpartRights.Statement)
            .Step(Steps.DemocraticAppraisal, "村民大会或村民代表会议民主评议", "Democratic appraisal", VillageAssembly, TimeLimit.NaturalDays(7), CounterpartRights.Statement | CounterpartRights.Reasons)
            .Step(Steps.VillageReview, "村民委员会审查", "Village committee review", VillageCommittee, TimeLimit.NaturalDays(3), CounterpartRights.Reasons)
            .Step(Steps.PublicPosting, "张榜公布", "Public posting", VillageCommittee, TimeLimit.NaturalDays(days + 3), CounterpartRights.Statement, string.Create(CultureInfo.InvariantCulture, $"救济对象名单在村公开栏张榜公布不少于{days}日，接受群众监督；公布期满无异议后上报乡镇"))
            .Step(Steps.TownshipReview, "镇人民政府审核", "Township review", TownshipOfficer, TimeLimit.NaturalDays(5), CounterpartRights.Reasons)
            .Step(Steps.CountyApproval, "县民政局审批", "County approval", CountyBureau, TimeLimit.NaturalDays(10), CounterpartRights.Reasons)
            .Terminal(Steps.Approved, "批准救济", "Approved", CountyBureau, CaseOutcome.Granted, CounterpartRights.None, "救灾款、物按批准用途发放，发放情况公开")
            .Terminal(Steps.Refused, "不予列入救济对象", "Refused", TownshipOfficer, CaseOutcome.Refused, CounterpartRights.Reasons, "书面告知申请人并说明理由")
            .Terminal(Steps.Withdrawn, "撤回申请", "Withdrawn", VillageCommittee, CaseOutcome.Withdrawn)
            .StartsAt(Steps.GroupAppraisal)
            .Trigger(Triggers.Nominate, Steps.GroupAppraisal, Steps.DemocraticAppraisal, [VillagersGroup], t => t.RequiresArgument(Arguments.Opinion))
            .Trigger(Triggers.Appraise, Steps.DemocraticAppraisal, Steps.VillageReview, [VillageAssembly], t => t.RequiresArgument(Arguments.Opinion))
            .Trigger(Triggers.Post, Steps.VillageReview, Steps.PublicPosting, [VillageCommittee], t => t.RequiresArgument(Arguments.Place))
            .Trigger(Triggers.Report, Steps.PublicPosting, Steps.TownshipReview, [VillageCommittee], t => t.When(
                string.Create(CultureInfo.InvariantCulture, $"张榜公布已满{days}日（不含张榜当日）"),
                string.Create(CultureInfo.InvariantCulture, $"the list has been posted for {days} days (the day of posting not counted)"),
                c => c.Date > c.Case.StepEntered.PlusDays(days)))
            .Trigger(Triggers.ObjectionUpheld, Steps.PublicPosting, Steps.DemocraticAppraisal, [VillageCommittee], t => t.RequiresReason())
            .Trigger(Triggers.Submit, Steps.TownshipReview, Steps.CountyApproval, [TownshipOfficer], t => t.RequiresArgument(Arguments.Opinion))
            .Trigger(Triggers.Approve, Steps.CountyApproval, Steps.Approved, [CountyBureau], t => t.RequiresArgument(Arguments.Use))
            .Trigger(Triggers.Refuse, Steps.GroupAppraisal, Steps.Refused, [VillagersGroup], t => t.RequiresReason())
            .Trigger(Triggers.Refuse, Steps.DemocraticAppraisal, Steps.Refused, [VillageAssembly], t => t.RequiresReason())
            .Trigger(Triggers.Refuse, Steps.TownshipReview, Steps.Refused, [TownshipOfficer], t => t.RequiresReason())
            .Trigger(Triggers.Refuse, Steps.CountyApproval, Steps.Refused, [CountyBureau], t => t.RequiresReason())
            .TriggerFromEach(Triggers.Withdraw, [Steps.GroupAppraisal, Steps.DemocraticAppraisal, Steps.VillageReview, Steps.PublicPosting, Steps.TownshipReview, Steps.CountyApproval], Steps.Withdrawn, [VillageCommittee, TownshipOfficer])
            .SupervisedBy(new SupervisionPoint(Steps.PublicPosting, "村务监督委员会", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint(Steps.CountyApproval, "县民政局纪检组", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
