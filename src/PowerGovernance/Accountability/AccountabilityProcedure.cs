using System;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// The built-in accountability procedure (行政问责程序, 篇4 行政问责制 5–13) as a <see cref="ProcedureDefinition"/>: a matter from
/// one of the eight sources is registered and verified, the head decides to start, an investigation group investigates, hears the
/// subject's statement and defence (mandatory: the report can only follow the hearing) and writes its report (facts, conclusion,
/// proposal), the Party committee decides, the decision is served with notice of rights and takes effect when served (送达生效, not
/// when made), the subject may appeal within 15 working days of receipt (the decision stays in force), and a review decides within 30
/// working days without making the decision heavier (不因提出申诉而被加重处理); then the legal route is open.
/// </summary>
/// <remarks>
/// <para>
/// <b>Clocks.</b> The case limit is the investigation's: 10 working days for investigation, hearing and report together, extendable
/// once by 10 with the head's approval (<c>extend</c>). It is the rule book's own limit, not a statute's, so the definition has no
/// separate legal limit. The other steps do not count toward it and are watched by their own limits
/// (<see cref="AccountabilityProcedureOptions"/>).
/// </para>
/// <para>
/// <b>People.</b> Who may act on a case depends on who the case is about: the self-loops <c>register</c> (subject, matter, source),
/// <c>assign-investigator</c>, <c>assign-reviewer</c>, <c>declare-interest</c>, <c>record-conduct</c>, <c>record-statement</c> and
/// <c>suspend-duties</c> put that into the audit chain, and <see cref="AccountabilityProceedings"/> enforces recusal and the
/// separation of investigation and review on top of the engine. Fire accountability cases through it, not through the bare engine.
/// </para>
/// </remarks>
public static class AccountabilityProcedure
{
    /// <summary>The definition's id (流程标识): <c>accountability</c>.</summary>
    public const string Id = "accountability";

    /// <summary>The accountability office (问责工作领导小组办公室): registers, verifies, serves, registers appeals.</summary>
    public static Post Office { get; } = new("问责工作办公室", "Accountability office");

    /// <summary>The principal head (镇主要负责人): decides to start, approves extensions, assigns investigators and reviewers.</summary>
    public static Post Head { get; } = new("主要负责人", "Principal head");

    /// <summary>A member of the investigation group (调查组成员).</summary>
    public static Post InvestigationGroup { get; } = new("调查组", "Investigation group member");

    /// <summary>The Party committee (镇党委), which decides.</summary>
    public static Post PartyCommittee { get; } = new("党委", "Party committee");

    /// <summary>A member of the review panel (复议复核组成员).</summary>
    public static Post ReviewPanel { get; } = new("复核组", "Review panel member");

    /// <summary>Argument of <c>register</c>: the person the matter is about (被调查人), as the <see cref="Actor.Name"/> they would act under.</summary>
    public const string SubjectArgument = "subject";

    /// <summary>Argument of <c>register</c>: the <see cref="AccountabilityMatter.Code"/> of the circumstance (问责情形).</summary>
    public const string MatterArgument = "matter";

    /// <summary>Argument of <c>register</c>: the <see cref="AccountabilitySource"/> name (线索来源).</summary>
    public const string SourceArgument = "source";

    /// <summary>Argument naming a person: the investigator or reviewer assigned, or the person declaring an interest.</summary>
    public const string PersonArgument = "person";

    /// <summary>Argument of <c>record-conduct</c>: the <see cref="AggravatingFactor.Code"/> established.</summary>
    public const string FactorArgument = "factor";

    /// <summary>Argument of <c>record-statement</c>: the statement or defence as heard (陈述、申辩).</summary>
    public const string StatementArgument = "statement";

    /// <summary>Argument of <c>decide</c>: the <see cref="SeverityTier"/> name.</summary>
    public const string TierArgument = "tier";

    /// <summary>Argument of <c>decide</c> and <c>vary</c>: the <see cref="Sanction.Code"/>s imposed, comma-separated; a variation is never heavier than the decision (<see cref="SanctionTable.IsHeavier"/>).</summary>
    public const string SanctionsArgument = "sanctions";

    /// <summary>Argument of <c>decide</c>: the <see cref="Referral"/> names, comma-separated (optional).</summary>
    public const string ReferralsArgument = "referrals";

    /// <summary>Creates a builder holding the procedure, for a host that adds its powers or channels before building.</summary>
    /// <param name="calendar">The working calendar the appeal window is counted on: the engine's.</param>
    /// <param name="options">The time limits; <see cref="AccountabilityProcedureOptions.Default"/> when null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(IWorkingCalendar calendar, AccountabilityProcedureOptions? options = null)
    {
        Preconditions.CheckNotNull(calendar);
        var o = options ?? AccountabilityProcedureOptions.Default;
        string[] office = [Office];
        string[] head = [Head];
        string[] group = [InvestigationGroup];
        string[] declarers = [Office, Head, InvestigationGroup];
        var appealWindow = "自收到问责决定之日起" + Describe(o.Appeal) + "内提出申诉";
        var appealWindowEnglish = "appealed within " + o.Appeal + " of receiving the decision";
        return new ProcedureDefinitionBuilder(Id)
            .Named("行政问责", "Administrative accountability")
            .Initiated(Initiation.ExOfficio, "《XXX权力查究问责制度》行政问责制第5条：经初步核实，反映情况存在的，由主要负责人决定启动问责程序")
            .CaseLimits(null, o.Investigation)
            .Step("preliminary-verification", "初步核实", "Preliminary verification", Office, o.PreliminaryVerification, countsTowardCaseLimit: false)
            .Step("start-decision", "决定启动", "Decision to start", Head, o.StartDecision, countsTowardCaseLimit: false)
            .Step("investigation", "调查", "Investigation", InvestigationGroup, o.Investigation, CounterpartRights.Statement, "调查组严格遵守保密规定")
            .Step("hearing", "听取陈述和申辩", "Statement and defence", InvestigationGroup, o.Investigation, CounterpartRights.Statement | CounterpartRights.Defence)
            .Step("report", "调查报告", "Investigation report", InvestigationGroup, o.Investigation, CounterpartRights.Reasons)
            .Step("committee-decision", "问责决定", "Committee decision", PartyCommittee, o.CommitteeDecision, CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("service", "送达", "Service", Office, o.Service, CounterpartRights.Reasons, "问责决定自送达之日起生效；问责决定书送达被问责人并告知其享有的权利；告知作出问责批示、提出问责建议的单位或个人", countsTowardCaseLimit: false)
            .Step("appeal-period", "申诉期", "Appeal period", Office, o.Appeal, CounterpartRights.Statement, appealWindow + "；申诉期间，问责决定不停止执行；不因提出申诉而被加重处理", countsTowardCaseLimit: false)
            .Step("review", "复议复核", "Review", ReviewPanel, o.Review, CounterpartRights.Statement | CounterpartRights.Defence, countsTowardCaseLimit: false)
            .Terminal("not-started", "不启动问责", "Not started", Head, CaseOutcome.NotAccepted, CounterpartRights.Reasons)
            .Terminal("cleared", "不予问责", "Cleared", PartyCommittee, CaseOutcome.Completed, CounterpartRights.Reasons, "告知被调查人及提出问责建议的单位或个人")
            .Terminal("final", "未申诉结案", "Closed without appeal", Office, CaseOutcome.Completed, CounterpartRights.Reasons)
            .Terminal("upheld", "复核维持", "Upheld on review", ReviewPanel, CaseOutcome.Completed, CounterpartRights.Reasons, "对复议、复核决定不服的，按照有关法律、法规执行")
            .Terminal("varied", "复核变更", "Varied on review", ReviewPanel, CaseOutcome.Completed, CounterpartRights.Reasons, "对复议、复核决定不服的，按照有关法律、法规执行")
            .Terminal("revoked", "复核撤销", "Revoked on review", ReviewPanel, CaseOutcome.Completed, CounterpartRights.Reasons)
            .StartsAt("preliminary-verification")
            .Trigger("register", "登记问责线索", "preliminary-verification", "preliminary-verification", office, t => t
                .RequiresArgument(SubjectArgument)
                .RequiresArgument(MatterArgument)
                .RequiresArgument(SourceArgument)
                .When("线索来源须为八类渠道之一", "the source is one of the eight channels", c => c.Arguments.TryGetValue(SourceArgument, out var s) && IsSource(s)))
            .Trigger("verify", "核实属实，报请启动", "preliminary-verification", "start-decision", office, t => t.RequiresReason())
            .Trigger("close", "反映情况不存在", "preliminary-verification", "not-started", office, t => t.RequiresReason())
            .Trigger("open-investigation", "决定启动问责程序，组成调查组", "start-decision", "investigation", head)
            .Trigger("decline", "决定不启动", "start-decision", "not-started", head, t => t.RequiresReason())
            .Trigger("assign-investigator", "指派调查组成员", "investigation", "investigation", head, t => t.RequiresArgument(PersonArgument))
            .Trigger("declare-interest", "申报利害关系（回避）", "investigation", "investigation", declarers, t => t.RequiresArgument(PersonArgument).RequiresReason())
            .Trigger("declare-interest", "申报利害关系（回避）", "hearing", "hearing", declarers, t => t.RequiresArgument(PersonArgument).RequiresReason())
            .Trigger("declare-interest", "申报利害关系（回避）", "report", "report", declarers, t => t.RequiresArgument(PersonArgument).RequiresReason())
            .Trigger("declare-interest", "申报利害关系（回避）", "review", "review", [Office, Head, ReviewPanel], t => t.RequiresArgument(PersonArgument).RequiresReason())
            .Trigger("record-conduct", "认定从重情形", "investigation", "investigation", group, t => t.RequiresArgument(FactorArgument).RequiresReason())
            .Trigger("record-conduct", "认定从重情形", "hearing", "hearing", group, t => t.RequiresArgument(FactorArgument).RequiresReason())
            .Trigger("record-conduct", "认定从重情形", "report", "report", group, t => t.RequiresArgument(FactorArgument).RequiresReason())
            .Trigger("suspend-duties", "提请暂停被调查人职务", "investigation", "investigation", group, t => t.RequiresReason())
            .Trigger("extend", "经批准延长调查期限", "investigation", "investigation", head, t => t.Extends(o.InvestigationExtension).RequiresReason())
            .Trigger("extend", "经批准延长调查期限", "hearing", "hearing", head, t => t.Extends(o.InvestigationExtension).RequiresReason())
            .Trigger("extend", "经批准延长调查期限", "report", "report", head, t => t.Extends(o.InvestigationExtension).RequiresReason())
            .Trigger("hear", "听取陈述和申辩", "investigation", "hearing", group)
            .Trigger("record-statement", "记录陈述、申辩", "hearing", "hearing", group, t => t.RequiresArgument(StatementArgument))
            .Trigger("heard", "陈述申辩已听取并核实", "hearing", "report", group, t => t.RequiresReason())
            .Trigger("submit-report", "提交书面调查报告（事实、结论、建议）", "report", "committee-decision", group, t => t
                .RequiresArgument("facts").RequiresArgument("conclusion").RequiresArgument("proposal"))
            .Trigger("decide", "作出问责决定", "committee-decision", "service", [PartyCommittee], t => t
                .RequiresArgument(TierArgument)
                .RequiresArgument(SanctionsArgument)
                .When("问责情节档次须为轻微、严重或特别严重", "the tier is Minor, Serious or EspeciallySerious", c => c.Arguments.TryGetValue(TierArgument, out var v) && Enum.TryParse<SeverityTier>(v, false, out var tier) && Enum.IsDefined(tier) && !int.TryParse(v, out _)))
            .Trigger("clear", "决定不予问责", "committee-decision", "cleared", [PartyCommittee], t => t.RequiresReason())
            .Trigger("serve", "送达决定并告知权利", "service", "appeal-period", office)
            .Trigger("appeal", "受理申诉（不停止执行）", "appeal-period", "review", office, t => t
                .When(appealWindow, appealWindowEnglish, c => c.IsWithin(c.Case.StepEntered, o.Appeal)))
            .Trigger("finalize", "申诉期满未申诉，结案", "appeal-period", "final", office, t => t
                .When("申诉期已届满", "the appeal period is over", c => !c.IsWithin(c.Case.StepEntered, o.Appeal)))
            .Trigger("assign-reviewer", "指派复核人员", "review", "review", head, t => t.RequiresArgument(PersonArgument))
            .Trigger("uphold", "复核维持", "review", "upheld", [ReviewPanel], t => t.RequiresArgument("opinion"))
            .Trigger("vary", "复核变更（不得重于原决定）", "review", "varied", [ReviewPanel], t => t.RequiresArgument("opinion").RequiresArgument(SanctionsArgument))
            .Trigger("revoke", "复核撤销", "review", "revoked", [ReviewPanel], t => t.RequiresArgument("opinion"))
            .SupervisedBy(new SupervisionPoint("investigation", "镇纪委", "问责工作领导小组办公室", "党政办公室"))
            .SupervisedBy(new SupervisionPoint("review", "镇纪委", "问责工作领导小组办公室", "党政办公室"))
            .ComplaintsTo(new ComplaintChannel("镇纪委（专人受理行政效能投诉）", "党政办公室"))
            .ComplaintsTo(new ComplaintChannel("纪检监察举报电话", "12388"));
    }

    /// <summary>Builds the procedure with the default limits; definitions are compiled once per calendar and shared.</summary>
    /// <param name="calendar">The working calendar: the engine's.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ProcedureDefinition Definition(IWorkingCalendar calendar) =>
        Cache.GetValue(Preconditions.CheckNotNull(calendar), c => CreateBuilder(c).Build());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IWorkingCalendar, ProcedureDefinition> Cache = new();

    internal static bool IsSource(string value) =>
        !int.TryParse(value, out _) && Enum.TryParse<AccountabilitySource>(value, false, out var s) && Enum.IsDefined(s);

    private static string Describe(TimeLimit limit) =>
        limit.Days.ToString(System.Globalization.CultureInfo.InvariantCulture) + (limit.Kind == TimeLimitKind.WorkingDays ? "个工作日" : "日");
}
