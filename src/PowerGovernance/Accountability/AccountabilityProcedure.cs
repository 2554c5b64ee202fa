using System;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// The built-in accountability procedure (行政问责程序, as the township's accountability rules set it out) as a <see cref="ProcedureDefinition"/>: a matter from
/// one of the eight sources is registered and verified, the head decides to start, an investigation group investigates, hears the
/// subject's statement and defence (mandatory: the report can only follow the hearing) and writes its report (facts, conclusion,
/// proposal), the Party committee decides, whoever instructed or proposed the accountability is told the result (问责情况应及时告知作出问责批示、
/// 提出问责建议的有关单位或个人) before the decision is served with notice of rights, the decision takes effect when served (送达生效, not
/// when made), the subject may appeal to the Party committee within 15 working days of receipt (the decision stays in force), and the
/// Party committee organises a review (镇党委组织有关人员进行复议、复核: it assigns the reviewers, not the head) that decides within 30
/// working days without making the decision heavier (不因提出申诉而被加重处理); then the legal route is open. A clearance (不予问责) is told
/// to the subject and to the proposer in the same way (<see cref="Steps.ClearanceNotice"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Clocks.</b> The case limit is the investigation's: 10 working days for investigation, hearing and report together, extendable
/// once by 10 with the head's approval (<c>extend</c>). It is the rule book's own limit, not a statute's, so the definition has no
/// separate legal limit. The other steps do not count toward it and are watched by their own limits
/// (<see cref="AccountabilityProcedureOptions"/>).
/// </para>
/// <para>
/// <b>People.</b> Who may act on a case depends on who the case is about. The procedure declares its <see cref="Roles"/>: <c>register</c>
/// names the subject, <c>assign-investigator</c> and <c>assign-reviewer</c> assign investigators and reviewers, and
/// <c>declare-interest</c> makes a person step aside; the engine keeps them in <see cref="CaseSnapshot.Parties"/> and enforces, on
/// every path (<c>Fire</c>, <c>CanFire</c>, <c>PermittedTriggers</c>, replay): the subject and those who stepped aside never act and are
/// never assigned (回避); the investigation group and the review panel act only through the people assigned to this case; and
/// nobody both investigates and reviews (调查与审查分离). <see cref="AccountabilityProceedings"/> adds the conduct and decision rules.
/// </para>
/// </remarks>
public static class AccountabilityProcedure
{
    /// <summary>The definition's id (流程标识): <c>accountability</c>.</summary>
    public const string Id = "accountability";

    /// <summary>
    /// The definition's version (流程版本): 2. Version 1 had the head assign the reviewers and ended a clearance at once; version 2
    /// has the Party committee organise the review, tell whoever instructed or proposed the accountability the result, and tell a
    /// clearance in its own step. A host with cases recorded under version 1 keeps that definition in its engine beside this one.
    /// </summary>
    public const int Version = 2;

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 初步核实 (Preliminary verification): <c>preliminary-verification</c>.</summary>
        public const string PreliminaryVerification = "preliminary-verification";

        /// <summary>The step 决定启动 (Decision to start): <c>start-decision</c>.</summary>
        public const string StartDecision = "start-decision";

        /// <summary>The step 调查 (Investigation): <c>investigation</c>.</summary>
        public const string Investigation = "investigation";

        /// <summary>The step 听取陈述和申辩 (Statement and defence): <c>hearing</c>.</summary>
        public const string Hearing = "hearing";

        /// <summary>The step 调查报告 (Investigation report): <c>report</c>.</summary>
        public const string Report = "report";

        /// <summary>The step 问责决定 (Committee decision): <c>committee-decision</c>.</summary>
        public const string CommitteeDecision = "committee-decision";

        /// <summary>The step 送达 (Service): <c>service</c>.</summary>
        public const string Service = "service";

        /// <summary>The step 告知不予问责决定 (Notice of clearance): <c>clearance-notice</c>.</summary>
        public const string ClearanceNotice = "clearance-notice";

        /// <summary>The step 申诉期 (Appeal period): <c>appeal-period</c>.</summary>
        public const string AppealPeriod = "appeal-period";

        /// <summary>The step 复议复核 (Review): <c>review</c>.</summary>
        public const string Review = "review";

        /// <summary>The terminal step 不启动问责 (Not started): <c>not-started</c>.</summary>
        public const string NotStarted = "not-started";

        /// <summary>The terminal step 不予问责 (Cleared): <c>cleared</c>.</summary>
        public const string Cleared = "cleared";

        /// <summary>The terminal step 未申诉结案 (Closed without appeal): <c>final</c>.</summary>
        public const string Final = "final";

        /// <summary>The terminal step 复核维持 (Upheld on review): <c>upheld</c>.</summary>
        public const string Upheld = "upheld";

        /// <summary>The terminal step 复核变更 (Varied on review): <c>varied</c>.</summary>
        public const string Varied = "varied";

        /// <summary>The terminal step 复核撤销 (Revoked on review): <c>revoked</c>.</summary>
        public const string Revoked = "revoked";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>登记问责线索 (Register): <c>register</c>.</summary>
        public static ProcedureTrigger Register { get; } = new("register", "登记问责线索", "Register");

        /// <summary>核实属实，报请启动 (Verify): <c>verify</c>.</summary>
        public static ProcedureTrigger Verify { get; } = new("verify", "核实属实，报请启动", "Verify");

        /// <summary>反映情况不存在 (Close): <c>close</c>.</summary>
        public static ProcedureTrigger Close { get; } = new("close", "反映情况不存在", "Close");

        /// <summary>决定启动问责程序，组成调查组 (Open investigation): <c>open-investigation</c>.</summary>
        public static ProcedureTrigger OpenInvestigation { get; } = new("open-investigation", "决定启动问责程序，组成调查组", "Open investigation");

        /// <summary>决定不启动 (Decline): <c>decline</c>.</summary>
        public static ProcedureTrigger Decline { get; } = new("decline", "决定不启动", "Decline");

        /// <summary>指派调查组成员 (Assign investigator): <c>assign-investigator</c>.</summary>
        public static ProcedureTrigger AssignInvestigator { get; } = new("assign-investigator", "指派调查组成员", "Assign investigator");

        /// <summary>申报利害关系（回避） (Declare interest): <c>declare-interest</c>.</summary>
        public static ProcedureTrigger DeclareInterest { get; } = new("declare-interest", "申报利害关系（回避）", "Declare interest");

        /// <summary>认定从重情形 (Record conduct): <c>record-conduct</c>.</summary>
        public static ProcedureTrigger RecordConduct { get; } = new("record-conduct", "认定从重情形", "Record conduct");

        /// <summary>提请暂停被调查人职务 (Suspend duties): <c>suspend-duties</c>.</summary>
        public static ProcedureTrigger SuspendDuties { get; } = new("suspend-duties", "提请暂停被调查人职务", "Suspend duties");

        /// <summary>经批准延长调查期限 (Extend): <c>extend</c>.</summary>
        public static ProcedureTrigger Extend { get; } = new("extend", "经批准延长调查期限", "Extend");

        /// <summary>听取陈述和申辩 (Hear): <c>hear</c>.</summary>
        public static ProcedureTrigger Hear { get; } = new("hear", "听取陈述和申辩", "Hear");

        /// <summary>记录陈述、申辩 (Record statement): <c>record-statement</c>.</summary>
        public static ProcedureTrigger RecordStatement { get; } = new("record-statement", "记录陈述、申辩", "Record statement");

        /// <summary>陈述申辩已听取并核实 (Heard): <c>heard</c>.</summary>
        public static ProcedureTrigger Heard { get; } = new("heard", "陈述申辩已听取并核实", "Heard");

        /// <summary>提交书面调查报告（事实、结论、建议） (Submit report): <c>submit-report</c>.</summary>
        public static ProcedureTrigger SubmitReport { get; } = new("submit-report", "提交书面调查报告（事实、结论、建议）", "Submit report");

        /// <summary>作出问责决定 (Decide): <c>decide</c>.</summary>
        public static ProcedureTrigger Decide { get; } = new("decide", "作出问责决定", "Decide");

        /// <summary>决定不予问责 (Clear): <c>clear</c>.</summary>
        public static ProcedureTrigger Clear { get; } = new("clear", "决定不予问责", "Clear");

        /// <summary>送达决定并告知权利 (Serve): <c>serve</c>.</summary>
        public static ProcedureTrigger Serve { get; } = new("serve", "送达决定并告知权利", "Serve");

        /// <summary>
        /// 告知作出问责批示、提出问责建议的单位或个人 (Inform proposer): <c>inform-proposer</c>. Tells whoever instructed or proposed
        /// the accountability (<see cref="AccountabilityCase.Proposer"/>) the decision or the clearance; fired once, in the service or
        /// clearance-notice step, and required before the subject is served or told of the clearance when there is a proposer.
        /// </summary>
        public static ProcedureTrigger InformProposer { get; } = new("inform-proposer", "告知作出问责批示、提出问责建议的单位或个人", "Inform proposer");

        /// <summary>告知被调查人不予问责决定 (Notify clearance): <c>notify-cleared</c>.</summary>
        public static ProcedureTrigger NotifyCleared { get; } = new("notify-cleared", "告知被调查人不予问责决定", "Notify clearance");

        /// <summary>受理申诉（不停止执行） (Appeal): <c>appeal</c>.</summary>
        public static ProcedureTrigger Appeal { get; } = new("appeal", "受理申诉（不停止执行）", "Appeal");

        /// <summary>申诉期满未申诉，结案 (Finalize): <c>finalize</c>.</summary>
        public static ProcedureTrigger Finalize { get; } = new("finalize", "申诉期满未申诉，结案", "Finalize");

        /// <summary>指派复核人员 (Assign reviewer): <c>assign-reviewer</c>.</summary>
        public static ProcedureTrigger AssignReviewer { get; } = new("assign-reviewer", "指派复核人员", "Assign reviewer");

        /// <summary>复核维持 (Uphold): <c>uphold</c>.</summary>
        public static ProcedureTrigger Uphold { get; } = new("uphold", "复核维持", "Uphold");

        /// <summary>复核变更（不得重于原决定） (Vary): <c>vary</c>.</summary>
        public static ProcedureTrigger Vary { get; } = new("vary", "复核变更（不得重于原决定）", "Vary");

        /// <summary>复核撤销 (Revoke): <c>revoke</c>.</summary>
        public static ProcedureTrigger Revoke { get; } = new("revoke", "复核撤销", "Revoke");
    }

    /// <summary>The roles people play in an accountability case (案件角色), kept in <see cref="CaseSnapshot.Parties"/>.</summary>
    public static class Roles
    {
        /// <summary>The person the case is about (被调查人): steps aside, never acts on the case and is never assigned to it.</summary>
        public static CaseRole Subject { get; } = new("subject", "被调查人", "the subject");

        /// <summary>A member of this case's investigation group (调查组成员): the only people who act in the investigation group's post.</summary>
        public static CaseRole Investigator { get; } = new("investigator", "调查组成员", "an investigator");

        /// <summary>A member of this case's review panel (复核人员): the only people who act in the review panel's post; never an investigator.</summary>
        public static CaseRole Reviewer { get; } = new("reviewer", "复核人员", "a reviewer");

        /// <summary>A person who declared an interest and stepped aside (回避人员): never acts again and is never assigned again.</summary>
        public static CaseRole Recused { get; } = new("recused", "回避人员", "a recused official");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed where their values are a closed set.</summary>
    public static class Arguments
    {
        /// <summary>The person the matter is about (被调查人), by id, as the <see cref="Actor.Name"/> they act under: <c>subject</c>.</summary>
        public static ProcedureArgument<string> Subject { get; } = ProcedureArgument.Person(SubjectArgument, "被调查人", "subject");

        /// <summary>The person assigned or stepping aside (人员), by id, as the <see cref="Actor.Name"/> they act under: <c>person</c>.</summary>
        public static ProcedureArgument<string> Person { get; } = ProcedureArgument.Person(PersonArgument, "人员", "person");

        /// <summary>The source of the matter (线索来源), one of the eight channels: <c>source</c>.</summary>
        public static ProcedureArgument<AccountabilitySource> Source { get; } = ProcedureArgument.Choice<AccountabilitySource>(SourceArgument, "线索来源", "source of the matter");

        /// <summary>The tier of the circumstances decided (问责情节档次): <c>tier</c>.</summary>
        public static ProcedureArgument<SeverityTier> Tier { get; } = ProcedureArgument.Choice<SeverityTier>(TierArgument, "问责情节档次", "tier of the circumstances");

        /// <summary>
        /// The sanctions decided or varied (问责方式), by their codes in the sanction table, joined with commas:
        /// <c>sanctions</c>. The proceedings check each code against the table in force.
        /// </summary>
        public static ProcedureArgument<System.Collections.Generic.IReadOnlyList<string>> Sanctions { get; } = ProcedureArgument.ListOf(SanctionsArgument, "问责方式", "sanctions");

        /// <summary>The referrals (移送), <c>Discipline</c>, <c>Judiciary</c> or both: <c>referrals</c>.</summary>
        public static ProcedureArgument<System.Collections.Generic.IReadOnlyList<string>> Referrals { get; } = ProcedureArgument.ListOf(ReferralsArgument, "移送事项", "referrals", [nameof(Referral.Discipline), nameof(Referral.Judiciary)]);

        /// <summary>The investigation report's findings of fact (调查认定的事实): <c>facts</c>.</summary>
        public static ProcedureArgument<string> Facts { get; } = ProcedureArgument.Text("facts", "事实", "findings of fact");

        /// <summary>The investigation report's conclusion (调查结论): <c>conclusion</c>.</summary>
        public static ProcedureArgument<string> Conclusion { get; } = ProcedureArgument.Text("conclusion", "调查结论", "conclusion");

        /// <summary>The investigation report's proposal (处理建议): <c>proposal</c>.</summary>
        public static ProcedureArgument<string> Proposal { get; } = ProcedureArgument.Text("proposal", "处理建议", "proposal");

        /// <summary>
        /// Whoever instructed or proposed the accountability (作出问责批示、提出问责建议的单位或个人), a unit or a person, as text:
        /// <c>proposer</c>. Optional on <c>register</c>; the proceedings require it for a matter from a superior's instruction, a deputies'
        /// proposal or a supervisory or judicial body, and tell them the result (<see cref="Triggers.InformProposer"/>).
        /// </summary>
        public static ProcedureArgument<string> Proposer { get; } = ProcedureArgument.Text(ProposerArgument, "问责批示、建议单位或个人", "who instructed or proposed the accountability");

        /// <summary>The review panel's opinion (复核意见): <c>opinion</c>.</summary>
        public static ProcedureArgument<string> Opinion { get; } = ProcedureArgument.Text("opinion", "复核意见", "opinion");
    }

    /// <summary>The accountability office (问责工作领导小组办公室): registers, verifies, serves, registers appeals.</summary>
    public static Post Office { get; } = new("问责工作办公室", "Accountability office");

    /// <summary>The principal head (镇主要负责人): decides to start, approves extensions, assigns investigators and reviewers.</summary>
    public static Post Head { get; } = new("主要负责人", "Principal head");

    /// <summary>A member of the investigation group (调查组成员).</summary>
    public static Post InvestigationGroup { get; } = new("调查组", "Investigation group member");

    /// <summary>The Party committee (镇党委), which decides, receives the appeal and organises its review (组织有关人员进行复议、复核): it assigns the reviewers.</summary>
    public static Post PartyCommittee { get; } = new("党委", "Party committee");

    /// <summary>A member of the review panel (复议复核组成员).</summary>
    public static Post ReviewPanel { get; } = new("复核组", "Review panel member");

    /// <summary>Argument of <c>register</c>: the person the matter is about (被调查人), as the <see cref="Actor.Name"/> they would act under.</summary>
    public const string SubjectArgument = "subject";

    /// <summary>Argument of <c>register</c>: the <see cref="AccountabilityMatter.Code"/> of the circumstance (问责情形).</summary>
    public const string MatterArgument = "matter";

    /// <summary>Argument of <c>register</c>: the <see cref="AccountabilitySource"/> name (线索来源).</summary>
    public const string SourceArgument = "source";

    /// <summary>Argument of <c>register</c>: whoever instructed or proposed the accountability (<see cref="Arguments.Proposer"/>).</summary>
    public const string ProposerArgument = "proposer";

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
    /// <param name="options">The time limits (counted on the engine's calendar); <see cref="AccountabilityProcedureOptions.Default"/> when null.</param>
    /// <returns>A new builder.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder(AccountabilityProcedureOptions? options = null)
    {
        var o = options ?? AccountabilityProcedureOptions.Default;
        string[] office = [Office];
        string[] head = [Head];
        string[] group = [InvestigationGroup];
        string[] declarers = [Office, Head, InvestigationGroup];
        var appealWindow = "自收到问责决定之日起" + Describe(o.Appeal) + "内提出申诉";
        var appealWindowEnglish = "appealed within " + o.Appeal + " of receiving the decision";
        return new ProcedureDefinitionBuilder(Id, Version)
            .Named("行政问责", "Administrative accountability")
            .Initiated(Initiation.ExOfficio, "《XXX权力查究问责制度》行政问责制第5条：经初步核实，反映情况存在的，由主要负责人决定启动问责程序")
            .CaseLimits(null, o.Investigation)
            .Step("preliminary-verification", "初步核实", "Preliminary verification", Office, o.PreliminaryVerification, countsTowardCaseLimit: false)
            .Step("start-decision", "决定启动", "Decision to start", Head, o.StartDecision, countsTowardCaseLimit: false)
            .Step("investigation", "调查", "Investigation", InvestigationGroup, o.Investigation, CounterpartRights.Statement, "调查组严格遵守保密规定")
            .Step("hearing", "听取陈述和申辩", "Statement and defence", InvestigationGroup, o.Investigation, CounterpartRights.Statement | CounterpartRights.Defence)
            .Step("report", "调查报告", "Investigation report", InvestigationGroup, o.Investigation, CounterpartRights.Reasons)
            .Step("committee-decision", "问责决定", "Committee decision", PartyCommittee, o.CommitteeDecision, CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("service", "送达", "Service", Office, o.Service, CounterpartRights.Reasons, "问责决定自送达之日起生效；问责决定书送达被问责人并告知其享有的权利；问责情况及时告知作出问责批示、提出问责建议的单位或个人", countsTowardCaseLimit: false)
            .Step("clearance-notice", "告知不予问责决定", "Notice of clearance", Office, o.Service, CounterpartRights.Reasons, "告知被调查人及作出问责批示、提出问责建议的单位或个人", countsTowardCaseLimit: false)
            .Step("appeal-period", "申诉期", "Appeal period", Office, o.Appeal, CounterpartRights.Statement, appealWindow + "；申诉期间，问责决定不停止执行；不因提出申诉而被加重处理", countsTowardCaseLimit: false)
            .Step("review", "复议复核", "Review", ReviewPanel, o.Review, CounterpartRights.Statement | CounterpartRights.Defence, countsTowardCaseLimit: false)
            .Terminal("not-started", "不启动问责", "Not started", Head, CaseOutcome.NotAccepted, CounterpartRights.Reasons)
            .Terminal("cleared", "不予问责", "Cleared", PartyCommittee, CaseOutcome.Completed, CounterpartRights.Reasons)
            .Terminal("final", "未申诉结案", "Closed without appeal", Office, CaseOutcome.Completed, CounterpartRights.Reasons)
            .Terminal("upheld", "复核维持", "Upheld on review", ReviewPanel, CaseOutcome.Completed, CounterpartRights.Reasons, "对复议、复核决定不服的，按照有关法律、法规执行")
            .Terminal("varied", "复核变更", "Varied on review", ReviewPanel, CaseOutcome.Completed, CounterpartRights.Reasons, "对复议、复核决定不服的，按照有关法律、法规执行")
            .Terminal("revoked", "复核撤销", "Revoked on review", ReviewPanel, CaseOutcome.Completed, CounterpartRights.Reasons)
            .StartsAt("preliminary-verification")
            .Recuses(Roles.Subject)
            .Recuses(Roles.Recused)
            .ActsOnlyThrough(InvestigationGroup, Roles.Investigator)
            .ActsOnlyThrough(ReviewPanel, Roles.Reviewer)
            .Separates(Roles.Investigator, Roles.Reviewer)
            .Trigger(Triggers.Register, "preliminary-verification", "preliminary-verification", office, t => t
                .Assigns(Roles.Subject, Arguments.Subject)
                .RequiresArgument(MatterArgument)
                .RequiresArgument(Arguments.Source)
                .TakesArgument(Arguments.Proposer))
            .Trigger(Triggers.Verify, "preliminary-verification", "start-decision", office, t => t.RequiresReason())
            .Trigger(Triggers.Close, "preliminary-verification", "not-started", office, t => t.RequiresReason())
            .Trigger(Triggers.OpenInvestigation, "start-decision", "investigation", head)
            .Trigger(Triggers.Decline, "start-decision", "not-started", head, t => t.RequiresReason())
            .Trigger(Triggers.AssignInvestigator, "investigation", "investigation", head, t => t.Assigns(Roles.Investigator, Arguments.Person))
            .Trigger(Triggers.DeclareInterest, "investigation", "investigation", declarers, t => t.Assigns(Roles.Recused, Arguments.Person).RequiresReason())
            .Trigger(Triggers.DeclareInterest, "hearing", "hearing", declarers, t => t.Assigns(Roles.Recused, Arguments.Person).RequiresReason())
            .Trigger(Triggers.DeclareInterest, "report", "report", declarers, t => t.Assigns(Roles.Recused, Arguments.Person).RequiresReason())
            .Trigger(Triggers.DeclareInterest, "review", "review", [Office, PartyCommittee, ReviewPanel], t => t.Assigns(Roles.Recused, Arguments.Person).RequiresReason())
            .Trigger(Triggers.RecordConduct, "investigation", "investigation", group, t => t.RequiresArgument(FactorArgument).RequiresReason())
            .Trigger(Triggers.RecordConduct, "hearing", "hearing", group, t => t.RequiresArgument(FactorArgument).RequiresReason())
            .Trigger(Triggers.RecordConduct, "report", "report", group, t => t.RequiresArgument(FactorArgument).RequiresReason())
            .Trigger(Triggers.SuspendDuties, "investigation", "investigation", group, t => t.RequiresReason())
            .Trigger(Triggers.Extend, "investigation", "investigation", head, t => t.Extends(o.InvestigationExtension).RequiresReason())
            .Trigger(Triggers.Extend, "hearing", "hearing", head, t => t.Extends(o.InvestigationExtension).RequiresReason())
            .Trigger(Triggers.Extend, "report", "report", head, t => t.Extends(o.InvestigationExtension).RequiresReason())
            .Trigger(Triggers.Hear, "investigation", "hearing", group)
            .Trigger(Triggers.RecordStatement, "hearing", "hearing", group, t => t.RequiresArgument(StatementArgument))
            .Trigger(Triggers.Heard, "hearing", "report", group, t => t.RequiresReason())
            .Trigger(Triggers.SubmitReport, "report", "committee-decision", group, t => t
                .RequiresArgument(Arguments.Facts).RequiresArgument(Arguments.Conclusion).RequiresArgument(Arguments.Proposal))
            .Trigger(Triggers.Decide, "committee-decision", "service", [PartyCommittee], t => t
                .RequiresArgument(Arguments.Tier)
                .RequiresArgument(Arguments.Sanctions)
                .TakesArgument(Arguments.Referrals))
            .Trigger(Triggers.Clear, "committee-decision", "clearance-notice", [PartyCommittee], t => t.RequiresReason())
            .Trigger(Triggers.InformProposer, "service", "service", office)
            .Trigger(Triggers.InformProposer, "clearance-notice", "clearance-notice", office)
            .Trigger(Triggers.NotifyCleared, "clearance-notice", "cleared", office)
            .Trigger(Triggers.Serve, "service", "appeal-period", office)
            .Trigger(Triggers.Appeal, "appeal-period", "review", office, t => t
                .When(appealWindow, appealWindowEnglish, c => c.IsWithin(c.Case.StepEntered, o.Appeal)))
            .Trigger(Triggers.Finalize, "appeal-period", "final", office, t => t
                .When("申诉期已届满", "the appeal period is over", c => !c.IsWithin(c.Case.StepEntered, o.Appeal)))
            .Trigger(Triggers.AssignReviewer, "review", "review", [PartyCommittee], t => t.Assigns(Roles.Reviewer, Arguments.Person))
            .Trigger(Triggers.Uphold, "review", "upheld", [ReviewPanel], t => t.RequiresArgument(Arguments.Opinion))
            .Trigger(Triggers.Vary, "review", "varied", [ReviewPanel], t => t.RequiresArgument(Arguments.Opinion).RequiresArgument(Arguments.Sanctions))
            .Trigger(Triggers.Revoke, "review", "revoked", [ReviewPanel], t => t.RequiresArgument(Arguments.Opinion))
            .SupervisedBy(new SupervisionPoint("investigation", "镇纪委", "问责工作领导小组办公室", "党政办公室"))
            .SupervisedBy(new SupervisionPoint("review", "镇纪委", "问责工作领导小组办公室", "党政办公室"))
            .ComplaintsTo(new ComplaintChannel("镇纪委（专人受理行政效能投诉）", "党政办公室"))
            .ComplaintsTo(new ComplaintChannel("纪检监察举报电话", "12388"));
    }

    /// <summary>Gets the procedure with the default limits (问责流程), built once and shared; it counts on the engine's calendar.</summary>
    public static ProcedureDefinition Definition => Cache.Value;

    private static readonly Lazy<ProcedureDefinition> Cache = new(() => CreateBuilder().Build());

    /// <summary>Whether a matter from <paramref name="source"/> always has a unit or person who instructed or proposed it.</summary>
    internal static bool HasProposer(AccountabilitySource source) =>
        source is AccountabilitySource.SuperiorInstruction or AccountabilitySource.DeputiesProposal or AccountabilitySource.SupervisoryOrJudicialBody;

    internal static bool IsSource(string value) => StrictEnum.TryParse<AccountabilitySource>(value, out _);

    private static string Describe(TimeLimit limit) =>
        limit.Days.ToString(System.Globalization.CultureInfo.InvariantCulture) + (limit.Kind == TimeLimitKind.WorkingDays ? "个工作日" : "日");
}
