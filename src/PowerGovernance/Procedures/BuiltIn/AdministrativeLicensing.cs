using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in administrative licensing procedure (行政许可, 《中华人民共和国行政许可法》as amended in 2019):
/// receipt, one-time notification of missing materials, acceptance, review with the suspensions of
/// Art. 45 and an optional hearing, the decision (grant, or refusal with written reasons), and delivery
/// of the licence; the applicant may withdraw until the decision.
/// </summary>
/// <remarks>
/// <para>
/// <b>Case limits.</b> Legal: 20 working days to decide, counted from acceptance (自受理之日起, Art. 42(1); the Act
/// counts in working days, Art. 82): <c>accept</c> starts the legal clock on its day, unless it comes more than 5
/// working days after receipt, when the application counts as accepted from receipt (Art. 32(4)). Committed: 13
/// working days = ⌊2/3 × 20⌋ (rounded down), counted from the day of receipt (not counted itself;
/// 答复时限以收件日作为计算工作日的起始时间). The agency head (<see cref="Head"/>) may extend both limits once by 10
/// working days with a written reason told to the applicant, and only while the 20 days still run (<c>extend</c>,
/// Art. 42(1)); the step the case is in gets the same 10 days. Time spent on
/// bidding, auction, testing, inspection, quarantine, appraisal and expert review is not counted
/// (<c>suspend</c>/<c>resume</c>, Art. 45; the suspension states the day it is expected to end, argument
/// <see cref="ProcedureEngine.SuspendedUntilArgument"/>, which the applicant is told in writing); neither is time in the hearing, in the applicant's hands while
/// materials are missing, or after the decision while the licence is delivered (steps that do not count
/// toward the case limit). When the applicant completes the materials, the clock restarts from that day
/// (Art. 32(1)(5), (4)).
/// </para>
/// <para>
/// <b>Step limits.</b> Each step has a committed limit: where the law sets a limit for the step, two thirds of it
/// rounded down; the steps on the way to the decision add up to the committed case limit (3 + 8 + 2 = 13). Where
/// the law limits the step itself (the hearing, Art. 47; delivery, Art. 44), the step also has that legal limit.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, limit, basis</description></listheader>
/// <item><term><c>receipt</c> 收件</term><description><see cref="Clerk"/>; 3 wd (legal 5: accept or tell all missing materials at once, Art. 32(4)).</description></item>
/// <item><term><c>awaiting-materials</c> 补正材料</term><description><see cref="Clerk"/>; 20 wd set by the office (no law sets one); not counted toward the case.</description></item>
/// <item><term><c>review</c> 审查</term><description><see cref="Reviewer"/>; 8 wd (Arts. 34, 36).</description></item>
/// <item><term><c>hearing</c> 听证</term><description><see cref="HearingOfficer"/>; 13 wd (legal 20, Art. 47); not counted toward the case (Art. 45).</description></item>
/// <item><term><c>decision</c> 决定</term><description><see cref="Head"/>; 2 wd (Arts. 37–38).</description></item>
/// <item><term><c>delivery</c> 颁发送达</term><description><see cref="Clerk"/>; 6 wd (legal 10, Art. 44); not counted toward the case.</description></item>
/// <item><term>terminal</term><description><c>granted</c> 准予许可, <c>refused</c> 不予许可 (written reasons, Art. 38(2)), <c>not-accepted</c> 不予受理 (written reasons, Art. 32(1)), <c>withdrawn</c> 撤回申请.</description></item>
/// </list>
/// <para>
/// Triggers (id: from → to): <c>accept</c>: receipt → review; <c>notify-missing</c>: receipt →
/// awaiting-materials, with the argument <c>missing</c> (every missing item, told at once);
/// only within 5 working days of receipt (Art. 32(4)); <c>materials-complete</c>: awaiting-materials → review,
/// restarting both clocks (the application is accepted that day); <c>not-accept</c>:
/// receipt → not-accepted; <c>suspend</c> (argument <c>cause</c>, one of <see cref="SuspensionCauses"/>)
/// and <c>resume</c> in review; <c>hold-hearing</c>: review → hearing; <c>hearing-concluded</c>: hearing →
/// review, with the argument <c>transcript</c> (the decision rests on the transcript, Art. 48(2));
/// <c>submit</c>: review → decision, only while the clock runs; <c>extend</c> in review or decision;
/// <c>grant</c>: decision → delivery; <c>refuse</c>: decision → refused; <c>deliver</c>: delivery →
/// granted; <c>withdraw</c> from every step before the decision is carried out.
/// </para>
/// </remarks>
public static class AdministrativeLicensing
{
    /// <summary>The definition's id (流程标识): <c>administrative-licensing</c>.</summary>
    public const string Id = "administrative-licensing";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 收件 (Receipt): <c>receipt</c>.</summary>
        public const string Receipt = "receipt";

        /// <summary>The step 补正材料 (Awaiting missing materials): <c>awaiting-materials</c>.</summary>
        public const string AwaitingMaterials = "awaiting-materials";

        /// <summary>The step 审查 (Review): <c>review</c>.</summary>
        public const string Review = "review";

        /// <summary>The step 听证 (Hearing): <c>hearing</c>.</summary>
        public const string Hearing = "hearing";

        /// <summary>The step 决定 (Decision): <c>decision</c>.</summary>
        public const string Decision = "decision";

        /// <summary>The step 颁发送达 (Delivery of the licence): <c>delivery</c>.</summary>
        public const string Delivery = "delivery";

        /// <summary>The terminal step 准予许可 (Granted): <c>granted</c>.</summary>
        public const string Granted = "granted";

        /// <summary>The terminal step 不予许可 (Refused): <c>refused</c>.</summary>
        public const string Refused = "refused";

        /// <summary>The terminal step 不予受理 (Not accepted): <c>not-accepted</c>.</summary>
        public const string NotAccepted = "not-accepted";

        /// <summary>The terminal step 撤回申请 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>受理 (Accept): <c>accept</c>.</summary>
        public static ProcedureTrigger Accept { get; } = new("accept", "受理", "Accept");

        /// <summary>一次性告知补正 (Notify missing): <c>notify-missing</c>.</summary>
        public static ProcedureTrigger NotifyMissing { get; } = new("notify-missing", "一次性告知补正", "Notify missing");

        /// <summary>不予受理 (Not accept): <c>not-accept</c>.</summary>
        public static ProcedureTrigger NotAccept { get; } = new("not-accept", "不予受理", "Not accept");

        /// <summary>补正齐全并受理 (Materials complete): <c>materials-complete</c>.</summary>
        public static ProcedureTrigger MaterialsComplete { get; } = new("materials-complete", "补正齐全并受理", "Materials complete");

        /// <summary>中止计时 (Suspend): <c>suspend</c>.</summary>
        public static ProcedureTrigger Suspend { get; } = new("suspend", "中止计时", "Suspend");

        /// <summary>恢复计时 (Resume): <c>resume</c>.</summary>
        public static ProcedureTrigger Resume { get; } = new("resume", "恢复计时", "Resume");

        /// <summary>举行听证 (Hold hearing): <c>hold-hearing</c>.</summary>
        public static ProcedureTrigger HoldHearing { get; } = new("hold-hearing", "举行听证", "Hold hearing");

        /// <summary>听证结束 (Hearing concluded): <c>hearing-concluded</c>.</summary>
        public static ProcedureTrigger HearingConcluded { get; } = new("hearing-concluded", "听证结束", "Hearing concluded");

        /// <summary>提交决定 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "提交决定", "Submit");

        /// <summary>延长期限 (Extend): <c>extend</c>.</summary>
        public static ProcedureTrigger Extend { get; } = new("extend", "延长期限", "Extend");

        /// <summary>准予许可 (Grant): <c>grant</c>.</summary>
        public static ProcedureTrigger Grant { get; } = new("grant", "准予许可", "Grant");

        /// <summary>不予许可 (Refuse): <c>refuse</c>.</summary>
        public static ProcedureTrigger Refuse { get; } = new("refuse", "不予许可", "Refuse");

        /// <summary>颁发送达许可证件 (Deliver): <c>deliver</c>.</summary>
        public static ProcedureTrigger Deliver { get; } = new("deliver", "颁发送达许可证件", "Deliver");

        /// <summary>撤回申请 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回申请", "Withdraw");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>Every missing item, told at once (一次性告知补正内容): <c>missing</c>.</summary>
        public static ProcedureArgument<string> Missing { get; } = ProcedureArgument.Text(MissingArgument, "补正内容", "every missing item, told at once");

        /// <summary>The hearing transcript the decision rests on (听证笔录): <c>transcript</c>.</summary>
        public static ProcedureArgument<string> Transcript { get; } = ProcedureArgument.Text(TranscriptArgument, "听证笔录", "hearing transcript");

        /// <summary>The cause of a suspension, one of <see cref="SuspensionCauses"/> (《行政许可法》第四十五条): <c>cause</c>.</summary>
        public static ProcedureArgument<string> Cause { get; } = ProcedureArgument.OneOf(ProcedureEngine.CauseArgument, "中止事由", "cause of the suspension (Administrative Licensing Law Art. 45)", ["招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审"]);
    }

    /// <summary>The window clerk (窗口受理员): receives, tells missing materials, accepts, delivers.</summary>
    public static Post Clerk { get; } = new("窗口受理员", "Counter clerk");

    /// <summary>The reviewer (审查员): reviews the application and suspends the clock for Art. 45 causes.</summary>
    public static Post Reviewer { get; } = new("审查员", "Reviewer");

    /// <summary>The hearing officer (听证主持人), someone other than the reviewer (Art. 48(1)(3)).</summary>
    public static Post HearingOfficer { get; } = new("听证主持人", "Hearing officer");

    /// <summary>The agency head (行政机关负责人): decides, and approves the extension (Art. 42(1)).</summary>
    public static Post Head { get; } = new("机关负责人", "Head of the agency");

    /// <summary>The argument naming every missing item in the one-time notification (一次性告知补正内容).</summary>
    public const string MissingArgument = "missing";

    /// <summary>
    /// The time within which missing materials are told at once, 5 working days from receipt; after it the application
    /// counts as accepted from the day of receipt (《行政许可法》第三十二条第一款第四项).
    /// </summary>
    public static TimeLimit NoticeWindow { get; } = TimeLimit.WorkingDays(5);

    /// <summary>The argument naming the hearing transcript the decision rests on (听证笔录).</summary>
    public const string TranscriptArgument = "transcript";

    /// <summary>
    /// Gets the causes that stop the clock under Art. 45 (不计算在期限内的事由) and that the <c>suspend</c>
    /// trigger's <c>cause</c> argument must name: 招标 (bidding), 拍卖 (auction), 检验 (testing), 检测
    /// (inspection), 检疫 (quarantine), 鉴定 (appraisal), 专家评审 (expert review). A hearing (听证), also
    /// listed in Art. 45, has its own step.
    /// </summary>
    public static IReadOnlyList<string> SuspensionCauses => Arguments.Cause.AcceptedValues;

    /// <summary>
    /// Creates a builder holding the built-in licensing procedure (行政许可流程), for a host that adds its own
    /// powers, supervision points or complaint channels before <see cref="ProcedureDefinitionBuilder.Build"/>.
    /// </summary>
    /// <returns>A new builder; <see cref="BuiltInProcedures.AdministrativeLicensing"/> is its product.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder() =>
        new ProcedureDefinitionBuilder(Id)
            .Named("行政许可", "Administrative licensing")
            .ForCategories(PowerCategory.Licensing)
            .Initiated(Initiation.OnApplication, "《中华人民共和国行政许可法》第二十九条：依法需要取得行政许可的，应当向行政机关提出申请")
            .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(13))
            .Step("receipt", "收件", "Receipt", Clerk, TimeLimit.WorkingDays(3), CounterpartRights.Reasons, "申请条件、材料目录、办理时限在办事大厅和政府网站公示（第三十条）")
            .Step("awaiting-materials", "补正材料", "Awaiting missing materials", Clerk, TimeLimit.WorkingDays(20), CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("review", "审查", "Review", Reviewer, TimeLimit.WorkingDays(8), CounterpartRights.Statement | CounterpartRights.Defence)
            .Step("hearing", "听证", "Hearing", HearingOfficer, TimeLimit.WorkingDays(13), CounterpartRights.Hearing | CounterpartRights.Statement | CounterpartRights.Defence, "举行听证七日前通知申请人、利害关系人，必要时予以公告；听证公开举行（第四十八条）", countsTowardCaseLimit: false, legalLimit: TimeLimit.WorkingDays(20))
            .Step("decision", "决定", "Decision", Head, TimeLimit.WorkingDays(2), CounterpartRights.Reasons)
            .Step("delivery", "颁发送达", "Delivery of the licence", Clerk, TimeLimit.WorkingDays(6), CounterpartRights.None, "准予行政许可的决定予以公开，公众有权查阅（第四十条）", countsTowardCaseLimit: false, legalLimit: TimeLimit.WorkingDays(10))
            .Terminal("granted", "准予许可", "Granted", Head, CaseOutcome.Granted)
            .Terminal("refused", "不予许可", "Refused", Head, CaseOutcome.Refused, CounterpartRights.Reasons, "书面决定说明理由，并告知申请行政复议或者提起行政诉讼的权利（第三十八条第二款）")
            .Terminal("not-accepted", "不予受理", "Not accepted", Clerk, CaseOutcome.NotAccepted, CounterpartRights.Reasons, "出具加盖专用印章并注明日期的书面凭证（第三十二条）")
            .Terminal("withdrawn", "撤回申请", "Withdrawn", Clerk, CaseOutcome.Withdrawn)
            .StartsAt("receipt")
            .Trigger(Triggers.Accept, "receipt", "review", [Clerk], t => t.Accepts(NoticeWindow))
            .Trigger(Triggers.NotifyMissing, "receipt", "awaiting-materials", [Clerk], t => t
                .RequiresArgument(Arguments.Missing)
                .When(
                    "自收到申请材料之日起5个工作日内一次告知（《行政许可法》第三十二条第一款第四项）",
                    "told within 5 working days of receiving the application (Administrative Licensing Law Art. 32(1)(4))",
                    c => c.IsWithin(c.Case.Received, NoticeWindow)))
            .Trigger(Triggers.NotAccept, "receipt", "not-accepted", [Clerk], t => t.RequiresReason())
            .Trigger(Triggers.MaterialsComplete, "awaiting-materials", "review", [Clerk], t => t.Restarts())
            .Trigger(Triggers.Suspend, "review", "review", [Reviewer], t => t
                .Suspends(Arguments.Cause)
                .SuspendsUntilStatedEnd())
            .Trigger(Triggers.Resume, "review", "review", [Reviewer], t => t.Resumes())
            .Trigger(Triggers.HoldHearing, "review", "hearing", [Reviewer])
            .Trigger(Triggers.HearingConcluded, "hearing", "review", [HearingOfficer], t => t.RequiresArgument(Arguments.Transcript))
            .Trigger(Triggers.Submit, "review", "decision", [Reviewer], t => t.When("计时未中止", "the clock is not suspended", c => !c.Case.CommittedClock.IsSuspended))
            .Trigger(Triggers.Extend, "review", "review", [Head], t => ExtendWithinLegalLimit(t))
            .Trigger(Triggers.Extend, "decision", "decision", [Head], t => ExtendWithinLegalLimit(t))
            .Trigger(Triggers.Grant, "decision", "delivery", [Head])
            .Trigger(Triggers.Refuse, "decision", "refused", [Head], t => t.RequiresReason())
            .Trigger(Triggers.Deliver, "delivery", "granted", [Clerk])
            .TriggerFromEach(Triggers.Withdraw, [Steps.Receipt, Steps.AwaitingMaterials, Steps.Review, Steps.Hearing, Steps.Decision], "withdrawn", [Clerk])
            .SupervisedBy(new SupervisionPoint("receipt", "本机关纪检监察机构", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("review", "本机关法制审核机构", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("decision", "本机关纪检监察机构", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));

    private static TriggerBuilder ExtendWithinLegalLimit(TriggerBuilder trigger) =>
        trigger
            .Extends(TimeLimit.WorkingDays(10))
            .When(
                "在二十日法定期限内经本行政机关负责人批准（《行政许可法》第四十二条第一款）",
                "approved by the agency head within the 20-working-day legal limit (Administrative Licensing Law Art. 42(1))",
                c => c.Date <= c.Deadlines.Legal.DueDateRange.Latest);
}
