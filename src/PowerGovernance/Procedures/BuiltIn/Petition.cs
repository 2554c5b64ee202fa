using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in petition procedure (信访事项办理, 《信访工作条例》2022): registration, then forwarding, an
/// objection to jurisdiction, or acceptance with notice to the petitioner; handling (extendable once with
/// the head's approval); the handling opinion; and the petitioner's first review (复查) and second review
/// (复核) requests.
/// </summary>
/// <remarks>
/// <para>
/// The regulation counts most periods in "days" (日): those limits are <b>natural days</b>
/// (<see cref="TimeLimit.NaturalDays"/>), the day of receipt not counted and a period whose last day is not
/// a working day ending on the next working day (<see cref="WorkingCalendarExtensions.DueDate"/>). The
/// objection to jurisdiction is in working days.
/// </para>
/// <para>
/// <b>Case limits.</b> Legal: 60 days to handle, counted from acceptance (自受理之日起, Art. 34): <c>accept</c> starts
/// the legal clock. Committed: 40 days = ⌊2/3 × 60⌋, rounded down, counted from receipt (registration included). The
/// head (<see cref="Head"/>) may extend both once by 30 days with a reason told to the petitioner, only while the
/// 60 days still run (<c>extend</c>, Art. 34); the handling step gets the same 30 days. Once the handling opinion
/// is issued, the office's own limit is spent: serving the opinion, the petitioner's 30 days to ask for review
/// (counted from receiving the written opinion, Arts. 35–36) and the reviewing bodies' 30 days to decide do not
/// count toward the case limit and are watched by their steps' clocks. A hearing during the second review suspends
/// the clock (Art. 36: hearing time not counted).
/// </para>
/// <para>
/// <b>Legal windows are guards.</b> The objection to jurisdiction within 5 working days of receipt (Art. 23), the
/// extension before the 60 days end (Art. 34), and each review request within 30 days of receiving the written
/// opinion (Arts. 35–36: the day the opinion is served, <c>serve-opinion</c> / <c>serve-review-opinion</c>) are
/// checked by guards on the engine's calendar (<see cref="TriggerContext.IsWithin"/>); a request after the window is
/// refused and the case is concluded instead.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, committed limit, legal limit, basis</description></listheader>
/// <item><term><c>registration</c> 登记</term><description><see cref="Registrar"/>; 10 d, legal 15 (Arts. 22–23).</description></item>
/// <item><term><c>handling</c> 办理</term><description><see cref="Handler"/>; 30 d, legal 60 from acceptance (Art. 34).</description></item>
/// <item><term><c>opinion-service</c> 送达处理意见书</term><description><see cref="Handler"/>; <see cref="ServiceLimit"/> set by the office; not counted toward the case.</description></item>
/// <item><term><c>review-request-period</c> 复查请求期</term><description><see cref="Handler"/>; 30 d from service, the petitioner's period (Art. 35); not counted toward the case.</description></item>
/// <item><term><c>first-review</c> 复查</term><description><see cref="ReviewOfficer"/>; 20 d, legal 30 (Art. 35); not counted toward the case.</description></item>
/// <item><term><c>review-opinion-service</c> 送达复查意见书</term><description><see cref="ReviewOfficer"/>; <see cref="ServiceLimit"/>; not counted toward the case.</description></item>
/// <item><term><c>second-review-request-period</c> 复核请求期</term><description><see cref="ReviewOfficer"/>; 30 d from service (Art. 36); not counted toward the case.</description></item>
/// <item><term><c>second-review</c> 复核</term><description><see cref="RecheckOfficer"/>; 20 d, legal 30 (Art. 36); not counted toward the case.</description></item>
/// <item><term>terminal</term><description><c>concluded</c> 办结, <c>transferred</c> 转送、交办或交还, <c>not-accepted</c> 不予受理 (told where to turn), <c>withdrawn</c> 撤回.</description></item>
/// </list>
/// <para>
/// Triggers: <c>accept</c>: registration → handling, starting the legal clock; <c>forward</c>: registration →
/// transferred, with the argument <c>to</c> (the competent body, Art. 22); <c>object</c>: registration →
/// transferred, with a reason, within 5 working days of receipt (Art. 23); <c>not-accept</c>: registration →
/// not-accepted, with a reason; <c>extend</c> in handling; <c>issue-opinion</c>: handling → opinion-service, with
/// the argument <c>opinion</c>; <c>serve-opinion</c>: opinion-service → review-request-period, on the day the
/// petitioner receives it; <c>request-review</c>: → first-review, within 30 days of service; <c>review-opinion</c>:
/// first-review → review-opinion-service, with the argument <c>opinion</c>; <c>serve-review-opinion</c>: →
/// second-review-request-period; <c>request-second-review</c>: → second-review, within 30 days of service;
/// <c>hold-hearing</c> (argument <c>cause</c> = 听证) and <c>hearing-concluded</c> in second-review;
/// <c>recheck-opinion</c>: second-review → concluded, with the argument <c>opinion</c>, only while the clock runs;
/// <c>conclude</c>: from either request period → concluded, with a reason (the period ran out, or the petitioner
/// accepts the opinion); <c>withdraw</c> from registration, handling and either review.
/// </para>
/// </remarks>
public static class Petition
{
    /// <summary>The definition's id (流程标识): <c>petition</c>.</summary>
    public const string Id = "petition";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 登记 (Registration): <c>registration</c>.</summary>
        public const string Registration = "registration";

        /// <summary>The step 办理 (Handling): <c>handling</c>.</summary>
        public const string Handling = "handling";

        /// <summary>The step 送达处理意见书 (Serving the handling opinion): <c>opinion-service</c>.</summary>
        public const string OpinionService = "opinion-service";

        /// <summary>The step 复查请求期 (Review request period): <c>review-request-period</c>.</summary>
        public const string ReviewRequestPeriod = "review-request-period";

        /// <summary>The step 复查 (First review): <c>first-review</c>.</summary>
        public const string FirstReview = "first-review";

        /// <summary>The step 送达复查意见书 (Serving the review opinion): <c>review-opinion-service</c>.</summary>
        public const string ReviewOpinionService = "review-opinion-service";

        /// <summary>The step 复核请求期 (Second review request period): <c>second-review-request-period</c>.</summary>
        public const string SecondReviewRequestPeriod = "second-review-request-period";

        /// <summary>The step 复核 (Second review): <c>second-review</c>.</summary>
        public const string SecondReview = "second-review";

        /// <summary>The terminal step 办结 (Concluded): <c>concluded</c>.</summary>
        public const string Concluded = "concluded";

        /// <summary>The terminal step 转送、交办或交还 (Transferred): <c>transferred</c>.</summary>
        public const string Transferred = "transferred";

        /// <summary>The terminal step 不予受理 (Not accepted): <c>not-accepted</c>.</summary>
        public const string NotAccepted = "not-accepted";

        /// <summary>The terminal step 撤回 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>受理并告知 (Accept): <c>accept</c>.</summary>
        public static ProcedureTrigger Accept { get; } = new("accept", "受理并告知", "Accept");

        /// <summary>转送、交办 (Forward): <c>forward</c>.</summary>
        public static ProcedureTrigger Forward { get; } = new("forward", "转送、交办", "Forward");

        /// <summary>提出管辖异议 (Object): <c>object</c>.</summary>
        public static ProcedureTrigger ObjectToJurisdiction { get; } = new("object", "提出管辖异议", "Object");

        /// <summary>不予受理 (Not accept): <c>not-accept</c>.</summary>
        public static ProcedureTrigger NotAccept { get; } = new("not-accept", "不予受理", "Not accept");

        /// <summary>延长办理期限 (Extend): <c>extend</c>.</summary>
        public static ProcedureTrigger Extend { get; } = new("extend", "延长办理期限", "Extend");

        /// <summary>出具处理意见 (Issue opinion): <c>issue-opinion</c>.</summary>
        public static ProcedureTrigger IssueOpinion { get; } = new("issue-opinion", "出具处理意见", "Issue opinion");

        /// <summary>送达处理意见书 (Serve opinion): <c>serve-opinion</c>.</summary>
        public static ProcedureTrigger ServeOpinion { get; } = new("serve-opinion", "送达处理意见书", "Serve opinion");

        /// <summary>请求复查 (Request review): <c>request-review</c>.</summary>
        public static ProcedureTrigger RequestReview { get; } = new("request-review", "请求复查", "Request review");

        /// <summary>办结 (Conclude): <c>conclude</c>.</summary>
        public static ProcedureTrigger Conclude { get; } = new("conclude", "办结", "Conclude");

        /// <summary>出具复查意见 (Review opinion): <c>review-opinion</c>.</summary>
        public static ProcedureTrigger ReviewOpinion { get; } = new("review-opinion", "出具复查意见", "Review opinion");

        /// <summary>送达复查意见书 (Serve review opinion): <c>serve-review-opinion</c>.</summary>
        public static ProcedureTrigger ServeReviewOpinion { get; } = new("serve-review-opinion", "送达复查意见书", "Serve review opinion");

        /// <summary>请求复核 (Request second review): <c>request-second-review</c>.</summary>
        public static ProcedureTrigger RequestSecondReview { get; } = new("request-second-review", "请求复核", "Request second review");

        /// <summary>举行听证（中止计时） (Hold hearing): <c>hold-hearing</c>.</summary>
        public static ProcedureTrigger HoldHearing { get; } = new("hold-hearing", "举行听证（中止计时）", "Hold hearing");

        /// <summary>听证结束（恢复计时） (Hearing concluded): <c>hearing-concluded</c>.</summary>
        public static ProcedureTrigger HearingConcluded { get; } = new("hearing-concluded", "听证结束（恢复计时）", "Hearing concluded");

        /// <summary>出具复核意见 (Recheck opinion): <c>recheck-opinion</c>.</summary>
        public static ProcedureTrigger RecheckOpinion { get; } = new("recheck-opinion", "出具复核意见", "Recheck opinion");

        /// <summary>撤回信访事项 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回信访事项", "Withdraw");
    }

    /// <summary>The objection period (提出异议期限), in working days from receipt: 5 (Art. 23).</summary>
    public const int ObjectionWorkingDays = 5;

    /// <summary>The registrar (信访登记员), the first receiver (首接责任人): registers, accepts, forwards or objects.</summary>
    public static Post Registrar { get; } = new("信访登记员", "Petition registrar");

    /// <summary>The handler (信访事项承办人): investigates and drafts the handling opinion.</summary>
    public static Post Handler { get; } = new("信访事项承办人", "Petition handler");

    /// <summary>The head of the body (本机关负责人): approves the extension (Art. 34).</summary>
    public static Post Head { get; } = new("机关负责人", "Head of the body");

    /// <summary>The first-review officer at the body one level up (复查机关承办人).</summary>
    public static Post ReviewOfficer { get; } = new("复查机关承办人", "First-review officer");

    /// <summary>The second-review officer at the reviewing body's superior (复核机关承办人).</summary>
    public static Post RecheckOfficer { get; } = new("复核机关承办人", "Second-review officer");

    /// <summary>The argument carrying the written opinion issued (处理意见、复查意见、复核意见).</summary>
    public const string OpinionArgument = "opinion";

    /// <summary>The argument naming the competent body a petition is forwarded to (转送、交办机关).</summary>
    public const string ToArgument = "to";

    /// <summary>The <c>cause</c> of the only suspension: a hearing in the second review (听证, Art. 36).</summary>
    public const string HearingCause = "听证";

    /// <summary>The time the office sets itself to serve a written opinion (送达书面意见): 5 days; no rule sets one.</summary>
    public static TimeLimit ServiceLimit { get; } = TimeLimit.NaturalDays(5);

    /// <summary>The petitioner's window to ask for a first or second review: 30 days from receiving the written opinion (Arts. 35–36).</summary>
    public static TimeLimit ReviewRequestWindow { get; } = TimeLimit.NaturalDays(30);

    /// <summary>Creates a builder holding the built-in definition, to adapt before <see cref="ProcedureDefinitionBuilder.Build"/>.</summary>
    /// <returns>The builder.</returns>
    public static ProcedureDefinitionBuilder CreateBuilder()
    {
        return new ProcedureDefinitionBuilder(Id)
            .Named("信访事项办理", "Petition")
            .Initiated(Initiation.OnApplication, "《信访工作条例》第二十二条、第二十三条：收到信访事项应当予以登记并区分情况处理")
            .CaseLimits(TimeLimit.NaturalDays(60), TimeLimit.NaturalDays(40))
            .Step("registration", "登记", "Registration", Registrar, TimeLimit.NaturalDays(10), CounterpartRights.Reasons, "书面告知信访人接收情况以及处理途径和程序", legalLimit: TimeLimit.NaturalDays(15))
            .Step("handling", "办理", "Handling", Handler, TimeLimit.NaturalDays(30), CounterpartRights.Statement | CounterpartRights.Reasons, legalLimit: TimeLimit.NaturalDays(60))
            .Step("opinion-service", "送达处理意见书", "Serving the handling opinion", Handler, ServiceLimit, CounterpartRights.Reasons, "出具书面处理意见书，告知信访人请求复查的权利和期限", countsTowardCaseLimit: false)
            .Step("review-request-period", "复查请求期", "Review request period", Handler, ReviewRequestWindow, CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("first-review", "复查", "First review", ReviewOfficer, TimeLimit.NaturalDays(20), CounterpartRights.Statement, countsTowardCaseLimit: false, legalLimit: TimeLimit.NaturalDays(30))
            .Step("review-opinion-service", "送达复查意见书", "Serving the review opinion", ReviewOfficer, ServiceLimit, CounterpartRights.Reasons, "出具书面复查意见，告知信访人请求复核的权利和期限", countsTowardCaseLimit: false)
            .Step("second-review-request-period", "复核请求期", "Second review request period", ReviewOfficer, ReviewRequestWindow, CounterpartRights.Reasons, countsTowardCaseLimit: false)
            .Step("second-review", "复核", "Second review", RecheckOfficer, TimeLimit.NaturalDays(20), CounterpartRights.Hearing | CounterpartRights.Statement, countsTowardCaseLimit: false, legalLimit: TimeLimit.NaturalDays(30))
            .Terminal("concluded", "办结", "Concluded", Handler, CaseOutcome.Completed, CounterpartRights.Reasons, "办理结果书面告知信访人")
            .Terminal("transferred", "转送、交办或交还", "Transferred", Registrar, CaseOutcome.Transferred, CounterpartRights.Reasons, "告知信访人转送、交办去向")
            .Terminal("not-accepted", "不予受理", "Not accepted", Registrar, CaseOutcome.NotAccepted, CounterpartRights.Reasons, "告知信访人向有权处理的机关、单位提出")
            .Terminal("withdrawn", "撤回", "Withdrawn", Registrar, CaseOutcome.Withdrawn)
            .StartsAt("registration")
            .Trigger(Triggers.Accept, "registration", "handling", [Registrar], t => t.Accepts())
            .Trigger(Triggers.Forward, "registration", "transferred", [Registrar], t => t.RequiresArgument(ToArgument))
            .Trigger(Triggers.ObjectToJurisdiction, "registration", "transferred", [Registrar], t => t
                .RequiresReason()
                .When(
                    "自收到之日起5个工作日内提出异议（《信访工作条例》第二十三条）",
                    "objected within 5 working days of receipt (Regulation on Petition Work Art. 23)",
                    c => c.IsWithin(c.Case.Received, TimeLimit.WorkingDays(ObjectionWorkingDays))))
            .Trigger(Triggers.NotAccept, "registration", "not-accepted", [Registrar], t => t.RequiresReason())
            .Trigger(Triggers.Extend, "handling", "handling", [Head], t => t
                .Extends(TimeLimit.NaturalDays(30))
                .When(
                    "在六十日办理期限内经本机关负责人批准（《信访工作条例》第三十四条）",
                    "approved by the head within the 60-day limit (Regulation on Petition Work Art. 34)",
                    c => c.Date <= c.Deadlines.Legal.DueDateRange.Latest))
            .Trigger(Triggers.IssueOpinion, "handling", "opinion-service", [Handler], t => t.RequiresArgument(OpinionArgument))
            .Trigger(Triggers.ServeOpinion, "opinion-service", "review-request-period", [Handler])
            .Trigger(Triggers.RequestReview, "review-request-period", "first-review", [ReviewOfficer], t => t
                .When(
                    "自收到书面答复之日起30日内请求复查（《信访工作条例》第三十五条）",
                    "asked within 30 days of receiving the written opinion (Regulation on Petition Work Art. 35)",
                    c => c.IsWithin(c.Case.StepEntered, ReviewRequestWindow)))
            .Trigger(Triggers.Conclude, "review-request-period", "concluded", [Handler], t => t.RequiresReason())
            .Trigger(Triggers.ReviewOpinion, "first-review", "review-opinion-service", [ReviewOfficer], t => t.RequiresArgument(OpinionArgument))
            .Trigger(Triggers.ServeReviewOpinion, "review-opinion-service", "second-review-request-period", [ReviewOfficer])
            .Trigger(Triggers.RequestSecondReview, "second-review-request-period", "second-review", [RecheckOfficer], t => t
                .When(
                    "自收到书面复查意见之日起30日内请求复核（《信访工作条例》第三十六条）",
                    "asked within 30 days of receiving the written review opinion (Regulation on Petition Work Art. 36)",
                    c => c.IsWithin(c.Case.StepEntered, ReviewRequestWindow)))
            .Trigger(Triggers.Conclude, "second-review-request-period", "concluded", [ReviewOfficer], t => t.RequiresReason())
            .Trigger(Triggers.HoldHearing, "second-review", "second-review", [RecheckOfficer], t => t
                .Suspends()
                .When(
                    "中止事由须为听证（《信访工作条例》第三十六条）",
                    "the cause is a hearing (Regulation on Petition Work Art. 36)",
                    c => c.Arguments.TryGetValue(ProcedureEngine.CauseArgument, out var cause) && cause == HearingCause))
            .Trigger(Triggers.HearingConcluded, "second-review", "second-review", [RecheckOfficer], t => t.Resumes())
            .Trigger(Triggers.RecheckOpinion, "second-review", "concluded", [RecheckOfficer], t => t
                .RequiresArgument(OpinionArgument)
                .When("计时未中止", "the clock is not suspended", c => !c.Case.CommittedClock.IsSuspended))
            .Trigger(Triggers.Withdraw, "registration", "withdrawn", [Registrar])
            .Trigger(Triggers.Withdraw, "handling", "withdrawn", [Handler])
            .Trigger(Triggers.Withdraw, "first-review", "withdrawn", [ReviewOfficer])
            .Trigger(Triggers.Withdraw, "second-review", "withdrawn", [RecheckOfficer])
            .SupervisedBy(new SupervisionPoint("registration", "本级信访工作联席会议办公室", "国家信访局网上信访平台", "www.gjxfj.gov.cn"))
            .SupervisedBy(new SupervisionPoint("handling", "本机关纪检监察机构", "国家信访局网上信访平台", "www.gjxfj.gov.cn"))
            .ComplaintsTo(new ComplaintChannel("国家信访局网上信访平台", "www.gjxfj.gov.cn"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
