using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in time-limited completion procedure (限时办结, the township's 限时办结制): a
/// superior's decision or a request for instructions is registered, then either carried out within
/// <see cref="DefaultLimit"/> working days (no plan needed), or a work plan is drawn up and reported to the
/// issuing authority within them (a plan needed), or — for a request for instructions — a clear answer is given
/// within them. Late work must carry an explanation to the requester (特殊情况不能在规定时限内办结的，要及时向服务对象说明原因).
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting.</b> "答复时限以收件日作为计算工作日的起始时间": the clock starts on the day the document is received
/// (registered), which is not counted; the case limit is <see cref="DefaultLimit"/> working days from it.
/// No law sets the limit: the office sets it (the rule book's own number), so there is no legal limit.
/// </para>
/// <para>
/// <b>Late work.</b> The finishing triggers (<c>complete</c>, <c>report-plan</c>, <c>answer</c>) are guarded: after
/// the due date they need the argument <see cref="LateExplanationArgument"/>, the explanation given to the
/// requester. Guards see no calendar, so the procedure is built for a given <see cref="IWorkingCalendar"/>.
/// </para>
/// <para>
/// Steps: <c>registered</c> 收件登记 (<see cref="Registrar"/>, 1 wd), <c>carrying-out</c> 落实办理,
/// <c>planning</c> 制定工作计划, <c>answering</c> 研究答复 (<see cref="Undertaker"/>, the limit each); terminals
/// <c>completed</c>, <c>plan-reported</c>, <c>answered</c>. Triggers: <c>assign</c>, <c>assign-planning</c>,
/// <c>assign-reply</c> from <c>registered</c>, each with the argument <c>to</c> (the undertaking unit).
/// </para>
/// </remarks>
public static class TimeLimitedCompletion
{
    /// <summary>The definition's id (流程标识): <c>time-limited-completion</c>.</summary>
    public const string Id = "time-limited-completion";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 收件登记 (Registered): <c>registered</c>.</summary>
        public const string Registered = "registered";

        /// <summary>The step 落实办理 (Carrying out): <c>carrying-out</c>.</summary>
        public const string CarryingOut = "carrying-out";

        /// <summary>The step 制定工作计划 (Drawing up a plan): <c>planning</c>.</summary>
        public const string Planning = "planning";

        /// <summary>The step 研究答复 (Answering): <c>answering</c>.</summary>
        public const string Answering = "answering";

        /// <summary>The terminal step 落实完成 (Carried out): <c>completed</c>.</summary>
        public const string Completed = "completed";

        /// <summary>The terminal step 工作计划已报告 (Plan reported): <c>plan-reported</c>.</summary>
        public const string PlanReported = "plan-reported";

        /// <summary>The terminal step 已明确答复 (Answered): <c>answered</c>.</summary>
        public const string Answered = "answered";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>交办落实（无需制定措施） (Assign): <c>assign</c>.</summary>
        public static ProcedureTrigger Assign { get; } = new("assign", "交办落实（无需制定措施）", "Assign");

        /// <summary>交办制定工作计划 (Assign planning): <c>assign-planning</c>.</summary>
        public static ProcedureTrigger AssignPlanning { get; } = new("assign-planning", "交办制定工作计划", "Assign planning");

        /// <summary>交办研究答复请示 (Assign reply): <c>assign-reply</c>.</summary>
        public static ProcedureTrigger AssignReply { get; } = new("assign-reply", "交办研究答复请示", "Assign reply");

        /// <summary>办结 (Complete): <c>complete</c>.</summary>
        public static ProcedureTrigger Complete { get; } = new("complete", "办结", "Complete");

        /// <summary>报告工作计划 (Report plan): <c>report-plan</c>.</summary>
        public static ProcedureTrigger ReportPlan { get; } = new("report-plan", "报告工作计划", "Report plan");

        /// <summary>作出明确答复 (Answer): <c>answer</c>.</summary>
        public static ProcedureTrigger Answer { get; } = new("answer", "作出明确答复", "Answer");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>The unit the matter is assigned to (承办单位): <c>to</c>.</summary>
        public static ProcedureArgument<string> To { get; } = ProcedureArgument.Text(ToArgument, "承办单位", "the unit it is assigned to");

        /// <summary>The explanation of a late answer given to the body that asked or assigned it (逾期说明): <c>late-explanation</c>.</summary>
        public static ProcedureArgument<string> LateExplanation { get; } = ProcedureArgument.Text(LateExplanationArgument, "逾期说明", "explanation of the lateness");
    }

    /// <summary>Gets the default limit (默认办理时限): 15 working days from receipt.</summary>
    public static TimeLimit DefaultLimit { get; } = TimeLimit.WorkingDays(15);

    /// <summary>The registry clerk of the Party and government office (党政办公室收文岗): registers and assigns.</summary>
    public static Post Registrar { get; } = new("党政办公室收文岗", "Registry clerk");

    /// <summary>The head of the undertaking unit (承办站所负责人): carries out, plans or answers.</summary>
    public static Post Undertaker { get; } = new("承办站所负责人", "Head of the undertaking unit");

    /// <summary>The argument naming the unit the matter is assigned to (承办站所).</summary>
    public const string ToArgument = "to";

    /// <summary>The argument carrying the explanation of late work given to the requester (逾期说明).</summary>
    public const string LateExplanationArgument = "late-explanation";

    /// <summary>Creates a builder holding the built-in time-limited completion procedure (限时办结流程).</summary>
    /// <param name="limit">The limit, 1 to 365 working days (counted on the engine's calendar); <see cref="DefaultLimit"/> when null.</param>
    /// <returns>A new builder; <see cref="BuiltInProcedures.TimeLimitedCompletion"/> is its product for the default limit.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="limit"/> is not 1 to 365 working days.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(TimeLimit? limit = null)
    {
        var given = limit ?? DefaultLimit;
        if (given.Kind != TimeLimitKind.WorkingDays || given.Days is < 1 or > 365)
        {
            throw new System.ArgumentOutOfRangeException(nameof(limit), given, "The limit of time-limited completion is 1 to 365 working days. / 限时办结的时限为1至365个工作日。");
        }

        limit = given;
        var workingDays = given.Days;
        var onTimeOrExplained = string.Create(CultureInfo.InvariantCulture, $"{workingDays}个工作日内办结，或逾期并附向请示（交办）方的说明");
        var onTimeOrExplainedEnglish = string.Create(CultureInfo.InvariantCulture, $"done within {workingDays} working days, or late with an explanation to the body that asked or assigned it");
        bool OnTimeOrExplained(TriggerContext c) =>
            c.IsWithin(c.Case.CommittedClock.Start, given)
            || (c.Arguments.TryGetValue(LateExplanationArgument, out var why) && Internal.VisibleText.HasVisibleText(why));

        return new ProcedureDefinitionBuilder(Id)
            .Named("限时办结", "Time-limited completion")
            .Initiated(Initiation.ExOfficio, "限时办结制第二条：上级重大决策、请示性事项依职权限时办结，以收件日起算")
            .CaseLimits(null, given)
            .Step("registered", "收件登记", "Registered", Registrar, TimeLimit.WorkingDays(1))
            .Step("carrying-out", "落实办理", "Carrying out", Undertaker, limit, CounterpartRights.Reasons)
            .Step("planning", "制定工作计划", "Drawing up a plan", Undertaker, limit, CounterpartRights.Reasons)
            .Step("answering", "研究答复", "Answering", Undertaker, limit, CounterpartRights.Reasons)
            .Terminal("completed", "落实完成", "Carried out", Undertaker, CaseOutcome.Completed, CounterpartRights.Reasons, "向发文机关报告落实结果")
            .Terminal("plan-reported", "工作计划已报告", "Plan reported", Undertaker, CaseOutcome.Completed, CounterpartRights.Reasons, "工作计划报上级发文机关")
            .Terminal("answered", "已明确答复", "Answered", Undertaker, CaseOutcome.Completed, CounterpartRights.Reasons)
            .StartsAt("registered")
            .Trigger(Triggers.Assign, "registered", "carrying-out", [Registrar], t => t.RequiresArgument(Arguments.To))
            .Trigger(Triggers.AssignPlanning, "registered", "planning", [Registrar], t => t.RequiresArgument(Arguments.To))
            .Trigger(Triggers.AssignReply, "registered", "answering", [Registrar], t => t.RequiresArgument(Arguments.To))
            .Trigger(Triggers.Complete, "carrying-out", "completed", [Undertaker], t => t.TakesArgument(Arguments.LateExplanation).When(onTimeOrExplained, onTimeOrExplainedEnglish, OnTimeOrExplained))
            .Trigger(Triggers.ReportPlan, "planning", "plan-reported", [Undertaker], t => t.TakesArgument(Arguments.LateExplanation).When(onTimeOrExplained, onTimeOrExplainedEnglish, OnTimeOrExplained))
            .Trigger(Triggers.Answer, "answering", "answered", [Undertaker], t => t.TakesArgument(Arguments.LateExplanation).When(onTimeOrExplained, onTimeOrExplainedEnglish, OnTimeOrExplained))
            .SupervisedBy(new SupervisionPoint("carrying-out", "党政办公室督查室", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("answering", "党政办公室督查室", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
