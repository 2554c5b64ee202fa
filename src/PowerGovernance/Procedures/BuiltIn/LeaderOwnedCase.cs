using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Stability;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in leader-owned case procedure (领导包案化解, the township's stability rules: 领导包案化解制度 and 督办制度): a
/// dispute that needs the principal leader is written up on the "five ones" form (“五个一”包案表), approved by the head
/// (一把手), delivered to the leader who owns it, and settled within the settlement period (调处期限); the head may extend
/// the period once; an overdue case gets a numbered supervision notice (督办通知书), the handling unit reports in writing
/// why it is late and sets a new date (重新确定办结的时限); when the case is closed or transferred the party is told
/// within 3 days (应当在三日内告知当事人).
/// </summary>
/// <remarks>
/// <para>
/// <b>The settlement period.</b> The rule book speaks of "the settlement period set" (规定的调处期限) without a number: the
/// office sets it, <see cref="DefaultSettlementPeriod"/> unless given (<see cref="CreateBuilder"/>). No law sets it, so it is
/// the committed limit and there is no legal one. It runs from the head's approval: writing the form and the approval do not
/// count. <c>extend</c> (the head's consent, with a reason, only while the period still runs) adds
/// <see cref="DefaultExtension"/> once.
/// </para>
/// <para>
/// <b>Overdue.</b> <c>issue-notice</c> is only accepted once the period has run out, and carries the notice's number
/// (<see cref="Arguments.Notice"/>, issued by a <see cref="SupervisionNoticeRegister"/>). The handling unit's written report
/// (<c>report-overdue</c>) gives the reasons and progress (<see cref="Arguments.Report"/>) and the new date
/// (<see cref="Arguments.NewDeadline"/>), which must come after the report and within a fresh settlement period from it;
/// the report restarts the clock, so the board watches the fresh period.
/// </para>
/// <para>
/// <b>Telling the party: 3 natural days.</b> The rule says "三日内" and not "三个工作日": where the rule book means working
/// days it says so (限时办结 "计算工作日", flowchart revision "20个工作日"), and a period in days is counted as the law counts
/// one (Civil Procedure Law Art. 85): the day of closing or transfer is not counted, and a period whose last day is a rest
/// day ends on the next working day. The office sets no legal limit above its own rule, so 3 days is the committed step
/// limit of <c>closure-notice</c> and <c>transfer-notice</c>, outside the case limit.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, limit</description></listheader>
/// <item><term><c>filing</c> 填写包案表</term><description><see cref="StabilityOffice"/>; 3 days set by the office; not counted.</description></item>
/// <item><term><c>head-approval</c> 一把手审批</term><description><see cref="Head"/>; 3 days set by the office; not counted.</description></item>
/// <item><term><c>settlement</c> 包案调处</term><description><see cref="CaseLeader"/>; the settlement period.</description></item>
/// <item><term><c>overdue-report</c> 书面报告超时原因</term><description><see cref="CaseLeader"/>; <see cref="OverdueReportLimit"/> set by the office.</description></item>
/// <item><term><c>closure-notice</c>, <c>transfer-notice</c> 告知当事人</term><description><see cref="CaseLeader"/>; <see cref="PartyNoticeLimit"/>; not counted.</description></item>
/// <item><term>terminal</term><description><c>closed</c> 结案归档, <c>transferred</c> 移送办理, <c>declined</c> 不予包案.</description></item>
/// </list>
/// <para>
/// Triggers: <c>submit</c> (argument <c>leader</c>): filing → head-approval; <c>approve</c>: → settlement; <c>decline</c>
/// (with a reason): → declined; <c>extend</c>, <c>report-progress</c> (argument <c>progress</c>, the monthly report of
/// <see cref="ProgressReportSchedule"/>) in settlement; <c>issue-notice</c> (argument <c>notice</c>): settlement →
/// overdue-report; <c>report-overdue</c> (arguments <c>report</c>, <c>new-deadline</c>): → settlement; <c>close</c>
/// (argument <c>result</c>): settlement → closure-notice; <c>transfer</c> (argument <c>to</c>): settlement →
/// transfer-notice; <c>notify-party</c>: closure-notice → closed, transfer-notice → transferred.
/// </para>
/// </remarks>
public static class LeaderOwnedCase
{
    /// <summary>The definition's id (流程标识): <c>leader-owned-case</c>.</summary>
    public const string Id = "leader-owned-case";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 填写“五个一”包案表 (Filing the form): <c>filing</c>.</summary>
        public const string Filing = "filing";

        /// <summary>The step 一把手审批 (Head's approval): <c>head-approval</c>.</summary>
        public const string HeadApproval = "head-approval";

        /// <summary>The step 包案调处 (Settlement): <c>settlement</c>.</summary>
        public const string Settlement = "settlement";

        /// <summary>The step 书面报告超时原因及进展 (Overdue report): <c>overdue-report</c>.</summary>
        public const string OverdueReport = "overdue-report";

        /// <summary>The step 结案告知当事人 (Telling the party of the closing): <c>closure-notice</c>.</summary>
        public const string ClosureNotice = "closure-notice";

        /// <summary>The step 移送告知当事人 (Telling the party of the transfer): <c>transfer-notice</c>.</summary>
        public const string TransferNotice = "transfer-notice";

        /// <summary>The terminal step 结案归档 (Closed): <c>closed</c>.</summary>
        public const string Closed = "closed";

        /// <summary>The terminal step 移送办理 (Transferred): <c>transferred</c>.</summary>
        public const string Transferred = "transferred";

        /// <summary>The terminal step 不予包案 (Declined): <c>declined</c>.</summary>
        public const string Declined = "declined";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>报一把手审批 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "报一把手审批", "Submit");

        /// <summary>审批并送达包案领导 (Approve): <c>approve</c>.</summary>
        public static ProcedureTrigger Approve { get; } = new("approve", "审批并送达包案领导", "Approve");

        /// <summary>不予包案 (Decline): <c>decline</c>.</summary>
        public static ProcedureTrigger Decline { get; } = new("decline", "不予包案", "Decline");

        /// <summary>经一把手同意延长调处期限 (Extend): <c>extend</c>.</summary>
        public static ProcedureTrigger Extend { get; } = new("extend", "经一把手同意延长调处期限", "Extend");

        /// <summary>报告办理进度 (Report progress): <c>report-progress</c>.</summary>
        public static ProcedureTrigger ReportProgress { get; } = new("report-progress", "报告办理进度", "Report progress");

        /// <summary>发出督办通知书 (Issue notice): <c>issue-notice</c>.</summary>
        public static ProcedureTrigger IssueNotice { get; } = new("issue-notice", "发出督办通知书", "Issue notice");

        /// <summary>书面报告超时原因并重新确定办结时限 (Report overdue): <c>report-overdue</c>.</summary>
        public static ProcedureTrigger ReportOverdue { get; } = new("report-overdue", "书面报告超时原因并重新确定办结时限", "Report overdue");

        /// <summary>领导批准结案 (Close): <c>close</c>.</summary>
        public static ProcedureTrigger Close { get; } = new("close", "领导批准结案", "Close");

        /// <summary>移送相关部门办理 (Transfer): <c>transfer</c>.</summary>
        public static ProcedureTrigger Transfer { get; } = new("transfer", "移送相关部门办理", "Transfer");

        /// <summary>告知当事人 (Notify party): <c>notify-party</c>.</summary>
        public static ProcedureTrigger NotifyParty { get; } = new("notify-party", "告知当事人", "Notify party");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>The leader who owns the case (包案领导): <c>leader</c>.</summary>
        public static ProcedureArgument<string> Leader { get; } = ProcedureArgument.Person("leader", "包案领导", "the leader who owns the case");

        /// <summary>The progress reported (办理进度): <c>progress</c>.</summary>
        public static ProcedureArgument<string> Progress { get; } = ProcedureArgument.Text("progress", "办理进度", "progress of the case");

        /// <summary>The number of the supervision notice (督办通知书编号): <c>notice</c>, e.g. <c>某镇综治督〔2025〕3号</c>.</summary>
        public static ProcedureArgument<SupervisionNoticeNumber> Notice { get; } = new(
            "notice",
            "督办通知书编号",
            "number of the supervision notice",
            [],
            "a supervision notice number such as 某镇综治督〔2025〕3号",
            "督办通知书编号（例如某镇综治督〔2025〕3号）",
            static text => SupervisionNoticeNumber.TryParse(text, out var number) ? (true, number) : (false, default),
            static number => number.ToString());

        /// <summary>The handling unit's written report of why the case is late and how far it has come (超时办理的原因及进展情况): <c>report</c>.</summary>
        public static ProcedureArgument<string> Report { get; } = ProcedureArgument.Text("report", "超时原因及进展情况", "reasons for the delay and progress");

        /// <summary>The new date by which the case will be settled (重新确定的办结时限): <c>new-deadline</c>.</summary>
        public static ProcedureArgument<NodaTime.LocalDate> NewDeadline { get; } = ProcedureArgument.Date("new-deadline", "重新确定的办结时限", "new date of settlement");

        /// <summary>The result of the settlement (调处结果): <c>result</c>.</summary>
        public static ProcedureArgument<string> Result { get; } = ProcedureArgument.Text("result", "调处结果", "result of the settlement");

        /// <summary>The body the case is transferred or reported to (移送部门): <c>to</c>.</summary>
        public static ProcedureArgument<string> To { get; } = ProcedureArgument.Text("to", "移送部门", "body transferred to");
    }

    /// <summary>The default settlement period (默认调处期限): 30 days, set by the office; no rule sets one.</summary>
    public static TimeLimit DefaultSettlementPeriod { get; } = TimeLimit.NaturalDays(30);

    /// <summary>The default extension the head may grant once (延期期限): 15 days, set by the office.</summary>
    public static TimeLimit DefaultExtension { get; } = TimeLimit.NaturalDays(15);

    /// <summary>The time to tell the party that the case is closed or transferred: 3 days (应当在三日内告知当事人).</summary>
    public static TimeLimit PartyNoticeLimit { get; } = TimeLimit.NaturalDays(3);

    /// <summary>The time the office gives the handling unit for its written overdue report: 3 days; no rule sets one.</summary>
    public static TimeLimit OverdueReportLimit { get; } = TimeLimit.NaturalDays(3);

    /// <summary>The comprehensive-governance and stability office (综治维稳办公室): files the form, supervises, issues notices.</summary>
    public static Post StabilityOffice { get; } = new("综治维稳办公室", "Comprehensive-governance and stability office");

    /// <summary>The head (一把手, the township's principal leader): approves leader ownership, extends the period.</summary>
    public static Post Head { get; } = new("党委主要负责人（一把手）", "Principal leader (head)");

    /// <summary>The leader who owns the case (包案领导): investigates, draws up the settlement plan, settles.</summary>
    public static Post CaseLeader { get; } = new("包案领导", "Leader owning the case");

    /// <summary>Creates a builder holding the built-in leader-owned case procedure (领导包案化解流程).</summary>
    /// <param name="settlementPeriod">The settlement period, 1 to 365 natural days; <see cref="DefaultSettlementPeriod"/> when null.</param>
    /// <param name="extension">The extension the head may grant once, 1 to 365 natural days; <see cref="DefaultExtension"/> when null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A limit is not 1 to 365 natural days.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(TimeLimit? settlementPeriod = null, TimeLimit? extension = null)
    {
        var period = Check(settlementPeriod ?? DefaultSettlementPeriod, nameof(settlementPeriod));
        var extra = Check(extension ?? DefaultExtension, nameof(extension));
        var days = period.Days.ToString(CultureInfo.InvariantCulture);
        return new ProcedureDefinitionBuilder(Id)
            .Named("领导包案化解", "Leader-owned case")
            .Initiated(Initiation.ExOfficio, "综治维稳工作制度·领导包案化解制度：排查出的矛盾纠纷经讨论需领导包案的，填写“五个一”包案表，经一把手审批后送达包案领导")
            .CaseLimits(null, period)
            .Step("filing", "填写“五个一”包案表", "Filing the form", StabilityOffice, TimeLimit.NaturalDays(3), CounterpartRights.None, countsTowardCaseLimit: false)
            .Step("head-approval", "一把手审批", "Head's approval", Head, TimeLimit.NaturalDays(3), CounterpartRights.None, countsTowardCaseLimit: false)
            .Step("settlement", "包案调处", "Settlement", CaseLeader, period, CounterpartRights.Statement | CounterpartRights.Reasons, "调处情况报告县综治办，由一把手在会议上通报督促")
            .Step("overdue-report", "书面报告超时原因及进展", "Overdue report", CaseLeader, OverdueReportLimit, CounterpartRights.None)
            .Step("closure-notice", "结案告知当事人", "Telling the party of the closing", CaseLeader, PartyNoticeLimit, CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("transfer-notice", "移送告知当事人", "Telling the party of the transfer", CaseLeader, PartyNoticeLimit, CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Terminal("closed", "结案归档", "Closed", StabilityOffice, CaseOutcome.Completed, CounterpartRights.Reasons, "包案办结材料移交中心归档，综治办销案归档")
            .Terminal("transferred", "移送办理", "Transferred", StabilityOffice, CaseOutcome.Transferred, CounterpartRights.Reasons, "上级部门结案后将调处情况书面告知中心备案")
            .Terminal("declined", "不予包案", "Declined", Head, CaseOutcome.NotAccepted, CounterpartRights.Reasons)
            .StartsAt("filing")
            .Trigger(Triggers.Submit, "filing", "head-approval", [StabilityOffice], t => t.RequiresArgument(Arguments.Leader))
            .Trigger(Triggers.Approve, "head-approval", "settlement", [Head])
            .Trigger(Triggers.Decline, "head-approval", "declined", [Head], t => t.RequiresReason())
            .Trigger(Triggers.Extend, "settlement", "settlement", [Head], t => t
                .Extends(extra)
                .When(
                    "在调处期限内经一把手同意延长",
                    "extended with the head's consent while the settlement period runs",
                    c => c.Date <= c.Deadlines.Committed.DueDateRange.Latest))
            .Trigger(Triggers.ReportProgress, "settlement", "settlement", [CaseLeader], t => t.RequiresArgument(Arguments.Progress))
            .Trigger(Triggers.IssueNotice, "settlement", "overdue-report", [StabilityOffice], t => t
                .RequiresArgument(Arguments.Notice)
                .When(
                    "未按调处时限完成调处工作",
                    "the settlement period has run out",
                    c => c.Date > c.Deadlines.Committed.DueDateRange.Latest))
            .Trigger(Triggers.ReportOverdue, "overdue-report", "settlement", [CaseLeader], t => t
                .RequiresArgument(Arguments.Report)
                .RequiresArgument(Arguments.NewDeadline)
                .Restarts()
                .When(
                    "重新确定的办结时限在报告之后、" + days + "日调处期限之内",
                    "the new date comes after the report and within a settlement period of " + days + " days from it",
                    c => c.TryGetArgument(Arguments.NewDeadline, out var date) && date > c.Date && c.Calendar is { } calendar && date <= calendar.DueDateRange(c.Date, period).Latest))
            .Trigger(Triggers.Close, "settlement", "closure-notice", [CaseLeader, Head], t => t.RequiresArgument(Arguments.Result))
            .Trigger(Triggers.Transfer, "settlement", "transfer-notice", [CaseLeader, Head], t => t.RequiresArgument(Arguments.To))
            .Trigger(Triggers.NotifyParty, "closure-notice", "closed", [CaseLeader])
            .Trigger(Triggers.NotifyParty, "transfer-notice", "transferred", [CaseLeader])
            .SupervisedBy(new SupervisionPoint("settlement", "综治维稳办公室", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("overdue-report", "县综治办", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }

    private static TimeLimit Check(TimeLimit limit, string name) =>
        limit.Kind == TimeLimitKind.NaturalDays && limit.Days is >= 1 and <= 365
            ? limit
            : throw new System.ArgumentOutOfRangeException(name, limit, "The limit is 1 to 365 natural days. / 期限须为1至365日（自然日）。");
}
