using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in time-limited completion procedure (限时办结, the township rule book's 限时办结制 2, DOMAIN §4): a
/// superior's decision or a request for instructions is registered, then either carried out within
/// <see cref="DefaultWorkingDays"/> working days (no plan needed), or a work plan is drawn up and reported to the
/// issuing authority within them (a plan needed), or — for a request for instructions — a clear answer is given
/// within them. Late work must carry an explanation to the requester (特殊情况不能在规定时限内办结的，要及时向服务对象说明原因).
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting.</b> "答复时限以收件日作为计算工作日的起始时间": the clock starts on the day the document is received
/// (registered), which is not counted; the case limit is <see cref="DefaultWorkingDays"/> working days from it.
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

    /// <summary>The default limit, in working days: 15 (限时办结制 2).</summary>
    public const int DefaultWorkingDays = 15;

    /// <summary>The registry clerk of the Party and government office (党政办公室收文岗): registers and assigns.</summary>
    public static Post Registrar { get; } = new("党政办公室收文岗", "Registry clerk");

    /// <summary>The head of the undertaking unit (承办站所负责人): carries out, plans or answers.</summary>
    public static Post Undertaker { get; } = new("承办站所负责人", "Head of the undertaking unit");

    /// <summary>The argument naming the unit the matter is assigned to (承办站所).</summary>
    public const string ToArgument = "to";

    /// <summary>The argument carrying the explanation of late work given to the requester (逾期说明).</summary>
    public const string LateExplanationArgument = "lateExplanation";

    /// <summary>Creates a builder holding the built-in time-limited completion procedure (限时办结流程).</summary>
    /// <param name="calendar">The working calendar the limit is counted on: the engine's.</param>
    /// <param name="workingDays">The limit in working days (1–365); <see cref="DefaultWorkingDays"/> by default.</param>
    /// <returns>A new builder; <see cref="BuiltInProcedures.TimeLimitedCompletion(IWorkingCalendar)"/> is its product for the default limit.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1–365.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(IWorkingCalendar calendar, int workingDays = DefaultWorkingDays)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckArgumentRange(workingDays, 1, 365);
        var limit = TimeLimit.WorkingDays(workingDays);
        var onTimeOrExplained = string.Create(CultureInfo.InvariantCulture, $"{workingDays}个工作日内办结，或逾期并附向请示（交办）方的说明");
        var onTimeOrExplainedEnglish = string.Create(CultureInfo.InvariantCulture, $"done within {workingDays} working days, or late with an explanation to the body that asked or assigned it");
        bool OnTimeOrExplained(TriggerContext c) =>
            c.Date <= calendar.DueDate(c.Case.CommittedClock.Start, limit)
            || (c.Arguments.TryGetValue(LateExplanationArgument, out var why) && !string.IsNullOrWhiteSpace(why));

        return new ProcedureDefinitionBuilder(Id)
            .Named("限时办结", "Time-limited completion")
            .Initiated(Initiation.ExOfficio, "限时办结制第二条：上级重大决策、请示性事项依职权限时办结，以收件日起算")
            .CaseLimits(null, limit)
            .Step("registered", "收件登记", "Registered", Registrar, TimeLimit.WorkingDays(1))
            .Step("carrying-out", "落实办理", "Carrying out", Undertaker, limit, CounterpartRights.Reasons)
            .Step("planning", "制定工作计划", "Drawing up a plan", Undertaker, limit, CounterpartRights.Reasons)
            .Step("answering", "研究答复", "Answering", Undertaker, limit, CounterpartRights.Reasons)
            .Terminal("completed", "落实完成", "Carried out", Undertaker, CaseOutcome.Completed, CounterpartRights.Reasons, "向发文机关报告落实结果")
            .Terminal("plan-reported", "工作计划已报告", "Plan reported", Undertaker, CaseOutcome.Completed, CounterpartRights.Reasons, "工作计划报上级发文机关")
            .Terminal("answered", "已明确答复", "Answered", Undertaker, CaseOutcome.Completed, CounterpartRights.Reasons)
            .StartsAt("registered")
            .Trigger("assign", "交办落实（无需制定措施）", "registered", "carrying-out", [Registrar], t => t.RequiresArgument(ToArgument))
            .Trigger("assign-planning", "交办制定工作计划", "registered", "planning", [Registrar], t => t.RequiresArgument(ToArgument))
            .Trigger("assign-reply", "交办研究答复请示", "registered", "answering", [Registrar], t => t.RequiresArgument(ToArgument))
            .Trigger("complete", "办结", "carrying-out", "completed", [Undertaker], t => t.When(onTimeOrExplained, onTimeOrExplainedEnglish, OnTimeOrExplained))
            .Trigger("report-plan", "报告工作计划", "planning", "plan-reported", [Undertaker], t => t.When(onTimeOrExplained, onTimeOrExplainedEnglish, OnTimeOrExplained))
            .Trigger("answer", "作出明确答复", "answering", "answered", [Undertaker], t => t.When(onTimeOrExplained, onTimeOrExplainedEnglish, OnTimeOrExplained))
            .SupervisedBy(new SupervisionPoint("carrying-out", "党政办公室督查室", "12345政务服务便民热线", "12345"))
            .SupervisedBy(new SupervisionPoint("answering", "党政办公室督查室", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
