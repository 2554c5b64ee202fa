using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in government information request procedure (依申请公开政府信息, 《中华人民共和国政府信息公开条例》
/// as revised in 2019): registration, a one-time request to correct an unclear application, handling
/// (with third-party consultation), sign-off, and the reply: disclosed, refused with reasons, or
/// information not held by this agency.
/// </summary>
/// <remarks>
/// <para>
/// <b>Case limit.</b> Legal: reply within 20 working days of receipt (Art. 33(2)). Committed: 13 working
/// days = ⌊2/3 × 20⌋, rounded down. The head of the information-disclosure office (<see cref="Head"/>) may
/// extend it once by 20 working days with a reason told to the applicant (<c>extend</c>, Art. 33(2)).
/// An unclear request is sent back for correction within 7 working days (Art. 30); the reply clock
/// <b>restarts</b> on the day the corrected request arrives (<c>correction-received</c>), and the time
/// in the applicant's hands does not count. Consulting a third party or another agency <b>suspends</b>
/// the clock (<c>consult</c>/<c>consultation-replied</c>, Arts. 32 and 33(3)).
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, limit, basis</description></listheader>
/// <item><term><c>registration</c> 登记审查</term><description><see cref="Clerk"/>; 4 wd (legal 7 to ask for a correction, Art. 30).</description></item>
/// <item><term><c>awaiting-correction</c> 申请人补正</term><description><see cref="Clerk"/>; 10 wd, the reasonable correction period set by the office (Art. 30); not counted toward the case.</description></item>
/// <item><term><c>handling</c> 办理</term><description><see cref="Handler"/>; 7 wd.</description></item>
/// <item><term><c>sign-off</c> 审核签发</term><description><see cref="Head"/>; 2 wd.</description></item>
/// <item><term>terminal</term><description><c>disclosed</c> 予以公开, <c>refused</c> 不予公开 (reasons, Art. 36(3)), <c>not-held</c> 信息不存在或非本机关负责公开 (reasons, Art. 36(4)–(5)), <c>abandoned</c> 视为放弃申请 (Art. 30), <c>withdrawn</c> 撤回申请.</description></item>
/// </list>
/// <para>
/// Triggers: <c>register</c>: registration → handling; <c>ask-correction</c>: registration →
/// awaiting-correction, with the argument <c>items</c> (what to correct, told at once);
/// <c>correction-received</c>: awaiting-correction → handling, restarting the clock;
/// <c>deemed-abandoned</c>: awaiting-correction → abandoned, with a reason; <c>consult</c> (argument
/// <c>cause</c>, one of <see cref="ConsultationCauses"/>) and <c>consultation-replied</c> in handling;
/// <c>extend</c> in handling or sign-off; <c>submit</c>: handling → sign-off, only while the clock runs;
/// <c>disclose</c>, <c>refuse</c>, <c>not-held</c> from sign-off; <c>withdraw</c> from every open step.
/// </para>
/// </remarks>
public static class GovernmentInformationRequest
{
    /// <summary>The definition's id (流程标识): <c>government-information-request</c>.</summary>
    public const string Id = "government-information-request";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 登记审查 (Registration): <c>registration</c>.</summary>
        public const string Registration = "registration";

        /// <summary>The step 申请人补正 (Awaiting correction): <c>awaiting-correction</c>.</summary>
        public const string AwaitingCorrection = "awaiting-correction";

        /// <summary>The step 办理 (Handling): <c>handling</c>.</summary>
        public const string Handling = "handling";

        /// <summary>The step 审核签发 (Sign-off): <c>sign-off</c>.</summary>
        public const string SignOff = "sign-off";

        /// <summary>The terminal step 予以公开 (Disclosed): <c>disclosed</c>.</summary>
        public const string Disclosed = "disclosed";

        /// <summary>The terminal step 不予公开 (Refused): <c>refused</c>.</summary>
        public const string Refused = "refused";

        /// <summary>The terminal step 信息不存在或非本机关负责公开 (Not held): <c>not-held</c>.</summary>
        public const string NotHeld = "not-held";

        /// <summary>The terminal step 视为放弃申请 (Deemed abandoned): <c>abandoned</c>.</summary>
        public const string Abandoned = "abandoned";

        /// <summary>The terminal step 撤回申请 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>登记办理 (Register): <c>register</c>.</summary>
        public static ProcedureTrigger Register { get; } = new("register", "登记办理", "Register");

        /// <summary>一次性告知补正 (Ask correction): <c>ask-correction</c>.</summary>
        public static ProcedureTrigger AskCorrection { get; } = new("ask-correction", "一次性告知补正", "Ask correction");

        /// <summary>收到补正申请 (Correction received): <c>correction-received</c>.</summary>
        public static ProcedureTrigger CorrectionReceived { get; } = new("correction-received", "收到补正申请", "Correction received");

        /// <summary>逾期未补正视为放弃 (Deemed abandoned): <c>deemed-abandoned</c>.</summary>
        public static ProcedureTrigger DeemedAbandoned { get; } = new("deemed-abandoned", "逾期未补正视为放弃", "Deemed abandoned");

        /// <summary>征求意见（中止计时） (Consult): <c>consult</c>.</summary>
        public static ProcedureTrigger Consult { get; } = new("consult", "征求意见（中止计时）", "Consult");

        /// <summary>收到意见（恢复计时） (Consultation replied): <c>consultation-replied</c>.</summary>
        public static ProcedureTrigger ConsultationReplied { get; } = new("consultation-replied", "收到意见（恢复计时）", "Consultation replied");

        /// <summary>提交审核 (Submit): <c>submit</c>.</summary>
        public static ProcedureTrigger Submit { get; } = new("submit", "提交审核", "Submit");

        /// <summary>延长答复期限 (Extend): <c>extend</c>.</summary>
        public static ProcedureTrigger Extend { get; } = new("extend", "延长答复期限", "Extend");

        /// <summary>予以公开 (Disclose): <c>disclose</c>.</summary>
        public static ProcedureTrigger Disclose { get; } = new("disclose", "予以公开", "Disclose");

        /// <summary>不予公开 (Refuse): <c>refuse</c>.</summary>
        public static ProcedureTrigger Refuse { get; } = new("refuse", "不予公开", "Refuse");

        /// <summary>告知信息不存在或非本机关负责公开 (Not held): <c>not-held</c>.</summary>
        public static ProcedureTrigger NotHeld { get; } = new("not-held", "告知信息不存在或非本机关负责公开", "Not held");

        /// <summary>撤回申请 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回申请", "Withdraw");
    }

    /// <summary>The registration clerk (信息公开受理员): registers requests and asks for corrections.</summary>
    public static Post Clerk { get; } = new("信息公开受理员", "Information request clerk");

    /// <summary>The handler (信息公开承办人): searches, consults and drafts the reply.</summary>
    public static Post Handler { get; } = new("信息公开承办人", "Information request handler");

    /// <summary>The head of the information-disclosure office (政府信息公开工作机构负责人): signs off and approves extensions.</summary>
    public static Post Head { get; } = new("政府信息公开工作机构负责人", "Head of the information-disclosure office");

    /// <summary>The argument naming what the applicant must correct, told at once (需要补正的事项).</summary>
    public const string ItemsArgument = "items";

    /// <summary>
    /// Gets the causes that suspend the reply clock (不计算在答复期限内): 征求第三方意见 (consulting a third
    /// party, Art. 32) and 征求其他机关意见 (consulting another agency), both Art. 33(3).
    /// </summary>
    public static IReadOnlyList<string> ConsultationCauses { get; } = Array.AsReadOnly(["征求第三方意见", "征求其他机关意见"]);

    /// <summary>
    /// Creates a builder holding the built-in information request procedure (依申请公开流程), for a host that
    /// adds its own powers, supervision points or complaint channels before <see cref="ProcedureDefinitionBuilder.Build"/>.
    /// </summary>
    /// <returns>A new builder; <see cref="BuiltInProcedures.GovernmentInformationRequest"/> is its product.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder() =>
        new ProcedureDefinitionBuilder(Id)
            .Named("政府信息依申请公开", "Government information request")
            .Initiated(Initiation.OnApplication, "《中华人民共和国政府信息公开条例》第二十七条、第二十九条：公民、法人或者其他组织以书面形式申请获取政府信息")
            .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(13))
            .Step("registration", "登记审查", "Registration", Clerk, TimeLimit.WorkingDays(4), CounterpartRights.Reasons, "申请渠道、指南和目录在政府网站公开")
            .Step("awaiting-correction", "申请人补正", "Awaiting correction", Clerk, TimeLimit.WorkingDays(10), CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("handling", "办理", "Handling", Handler, TimeLimit.WorkingDays(7), CounterpartRights.Reasons)
            .Step("sign-off", "审核签发", "Sign-off", Head, TimeLimit.WorkingDays(2), CounterpartRights.Reasons)
            .Terminal("disclosed", "予以公开", "Disclosed", Head, CaseOutcome.Granted, CounterpartRights.None, "向申请人提供政府信息，或告知获取的方式、途径和时间（第三十六条第一、二项）")
            .Terminal("refused", "不予公开", "Refused", Head, CaseOutcome.Refused, CounterpartRights.Reasons, "告知申请人不予公开并说明理由（第三十六条第三项）")
            .Terminal("not-held", "信息不存在或非本机关负责公开", "Not held", Head, CaseOutcome.Completed, CounterpartRights.Reasons, "告知申请人并说明理由；能确定负责公开的机关的，告知其名称和联系方式（第三十六条第四、五项）")
            .Terminal("abandoned", "视为放弃申请", "Deemed abandoned", Clerk, CaseOutcome.Withdrawn, CounterpartRights.Reasons)
            .Terminal("withdrawn", "撤回申请", "Withdrawn", Clerk, CaseOutcome.Withdrawn)
            .StartsAt("registration")
            .Trigger(Triggers.Register, "registration", "handling", [Clerk])
            .Trigger(Triggers.AskCorrection, "registration", "awaiting-correction", [Clerk], t => t
                .RequiresArgument(ItemsArgument)
                .When(
                    "自收到申请之日起7个工作日内一次性告知补正（《政府信息公开条例》第三十条）",
                    "told within 7 working days of receiving the request (Regulations on Open Government Information Art. 30)",
                    c => c.IsWithin(c.Case.Received, TimeLimit.WorkingDays(7))))
            .Trigger(Triggers.CorrectionReceived, "awaiting-correction", "handling", [Clerk], t => t.Restarts())
            .Trigger(Triggers.DeemedAbandoned, "awaiting-correction", "abandoned", [Clerk], t => t.RequiresReason())
            .Trigger(Triggers.Consult, "handling", "handling", [Handler], t => t
                .Suspends()
                .When(
                    "中止事由须为征求第三方意见或征求其他机关意见（《政府信息公开条例》第三十三条第三款）",
                    "the cause is consulting a third party or another body (Regulations on Open Government Information Art. 33(3))",
                    IsConsultation))
            .Trigger(Triggers.ConsultationReplied, "handling", "handling", [Handler], t => t.Resumes())
            .Trigger(Triggers.Submit, "handling", "sign-off", [Handler], t => t.When("计时未中止", "the clock is not suspended", c => !c.Case.CommittedClock.IsSuspended))
            .Trigger(Triggers.Extend, "handling", "handling", [Head], ExtendWithinLegalLimit)
            .Trigger(Triggers.Extend, "sign-off", "sign-off", [Head], ExtendWithinLegalLimit)
            .Trigger(Triggers.Disclose, "sign-off", "disclosed", [Head])
            .Trigger(Triggers.Refuse, "sign-off", "refused", [Head], t => t.RequiresReason())
            .Trigger(Triggers.NotHeld, "sign-off", "not-held", [Head], t => t.RequiresReason())
            .TriggerFromEach(Triggers.Withdraw, [Steps.Registration, Steps.AwaitingCorrection, Steps.Handling, Steps.SignOff], "withdrawn", [Clerk])
            .SupervisedBy(new SupervisionPoint("handling", "本机关政府信息公开工作机构", "上一级行政机关或政府信息公开工作主管部门", "12345"))
            .SupervisedBy(new SupervisionPoint("sign-off", "本机关纪检监察机构", "上一级行政机关或政府信息公开工作主管部门", "12345"))
            .ComplaintsTo(new ComplaintChannel("向上一级行政机关或政府信息公开工作主管部门投诉、举报（第五十一条）", "12345"));

    private static void ExtendWithinLegalLimit(TriggerBuilder trigger) =>
        trigger
            .Extends(TimeLimit.WorkingDays(20))
            .When(
                "在二十个工作日答复期限内经政府信息公开工作机构负责人同意（《政府信息公开条例》第三十三条第二款）",
                "approved within the 20-working-day limit (Regulations on Open Government Information Art. 33(2))",
                c => c.Date <= c.Deadlines.Legal.DueDateRange.Latest);

    private static bool IsConsultation(TriggerContext context) =>
        context.Arguments.TryGetValue("cause", out var cause) && ConsultationCauses.Contains(cause, StringComparer.Ordinal);
}
