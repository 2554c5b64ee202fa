using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.BuiltIn;

/// <summary>
/// The built-in reception of letters and visits about the minimum living allowance (低保来信来访接待, the civil-affairs
/// office's reception rules): register the visit (the time, the name, the place the visitor comes from, the issue
/// raised), listen to the complaint until its substance and the visitor's demand are clear, answer and explain against
/// the rules, or report to the leader and hand the matter over to the responsible unit, which feeds the result back
/// within a set time.
/// </summary>
/// <remarks>
/// <para>
/// <b>Limits.</b> The reception rules follow the Regulations on Petitions and say only that the responsible unit feeds
/// the result back "within the set time" (在规定期限内) without giving it. The case's legal limit is the petition
/// regulation's: 60 days from acceptance (《信访工作条例》 Art. 34; registration is the acceptance here), committed 40
/// (⌊2/3⌋). The feedback limit is set by the office: <see cref="DefaultFeedbackLimit"/>, or another through
/// <see cref="CreateBuilder"/>. Registration, hearing and answering have no limit in any rule: 1, 1 and 5 days set by
/// the office. Every limit is in natural days (<see cref="TimeLimit.NaturalDays"/>): the start day is not counted and a
/// limit whose last day is not a working day ends on the next working day.
/// </para>
/// <list type="table">
/// <listheader><term>step</term><description>post, committed limit</description></listheader>
/// <item><term><c>registration</c> 认真登记</term><description><see cref="Receptionist"/>; 1 day.</description></item>
/// <item><term><c>hearing</c> 听取申诉</term><description><see cref="Receptionist"/>; 1 day.</description></item>
/// <item><term><c>handling</c> 适当处理</term><description><see cref="Receptionist"/>; 5 days.</description></item>
/// <item><term><c>feedback</c> 责任单位办理并反馈</term><description><see cref="ResponsibleUnit"/>; the feedback limit.</description></item>
/// <item><term>terminal</term><description><c>answered</c> 已答复解释, <c>concluded</c> 处理结果已反馈, <c>withdrawn</c> 撤回.</description></item>
/// </list>
/// <para>
/// Triggers: <c>register</c>: registration → hearing, with the arguments <c>name</c>, <c>origin</c> (信访地) and
/// <c>issue</c> (the time is the trigger's own); <c>hear</c>: hearing → handling, with <c>demand</c> (the substance and
/// the basic demand); <c>answer</c>: handling → answered, with <c>answer</c>; <c>hand-over</c>: handling → feedback, with
/// <c>to</c> (the responsible unit) and <c>leader</c> (the leader reported to); <c>report-result</c>: feedback →
/// concluded, with <c>result</c>; <c>withdraw</c> from every step before the end.
/// </para>
/// </remarks>
public static class LivingAllowanceLettersAndVisits
{
    /// <summary>The definition's id (流程标识): <c>living-allowance-letters-and-visits</c>.</summary>
    public const string Id = "living-allowance-letters-and-visits";

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 认真登记 (Registration): <c>registration</c>.</summary>
        public const string Registration = "registration";

        /// <summary>The step 听取申诉 (Hearing): <c>hearing</c>.</summary>
        public const string Hearing = "hearing";

        /// <summary>The step 适当处理 (Handling): <c>handling</c>.</summary>
        public const string Handling = "handling";

        /// <summary>The step 责任单位办理并反馈 (Feedback by the responsible unit): <c>feedback</c>.</summary>
        public const string Feedback = "feedback";

        /// <summary>The terminal step 已答复解释 (Answered): <c>answered</c>.</summary>
        public const string Answered = "answered";

        /// <summary>The terminal step 处理结果已反馈 (Concluded): <c>concluded</c>.</summary>
        public const string Concluded = "concluded";

        /// <summary>The terminal step 撤回 (Withdrawn): <c>withdrawn</c>.</summary>
        public const string Withdrawn = "withdrawn";
    }

    /// <summary>The triggers of the procedure (办理动作), typed: fire them with <see cref="ProcedureEngine"/>.</summary>
    public static class Triggers
    {
        /// <summary>登记备案 (Register): <c>register</c>.</summary>
        public static ProcedureTrigger Register { get; } = new("register", "登记备案", "Register");

        /// <summary>弄清问题实质和基本要求 (Hear): <c>hear</c>.</summary>
        public static ProcedureTrigger Hear { get; } = new("hear", "弄清问题实质和基本要求", "Hear");

        /// <summary>答复并宣传解释 (Answer): <c>answer</c>.</summary>
        public static ProcedureTrigger Answer { get; } = new("answer", "答复并宣传解释", "Answer");

        /// <summary>向领导汇报后交办责任单位 (Hand over): <c>hand-over</c>.</summary>
        public static ProcedureTrigger HandOver { get; } = new("hand-over", "向领导汇报后交办责任单位", "Hand over");

        /// <summary>责任单位反馈处理结果 (Report result): <c>report-result</c>.</summary>
        public static ProcedureTrigger ReportResult { get; } = new("report-result", "责任单位反馈处理结果", "Report result");

        /// <summary>撤回 (Withdraw): <c>withdraw</c>.</summary>
        public static ProcedureTrigger Withdraw { get; } = new("withdraw", "撤回", "Withdraw");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>The visitor's or writer's name (姓名): <c>name</c>.</summary>
        public static ProcedureArgument<string> Name { get; } = ProcedureArgument.Text("name", "姓名", "name");

        /// <summary>Where the visitor or letter comes from (信访地): <c>origin</c>.</summary>
        public static ProcedureArgument<string> Origin { get; } = ProcedureArgument.Text("origin", "信访地", "place the petition comes from");

        /// <summary>The issue raised (反映问题): <c>issue</c>.</summary>
        public static ProcedureArgument<string> Issue { get; } = ProcedureArgument.Text("issue", "反映问题", "issue raised");

        /// <summary>The substance of the problem and the visitor's basic demand (问题实质和基本要求): <c>demand</c>.</summary>
        public static ProcedureArgument<string> Demand { get; } = ProcedureArgument.Text("demand", "问题实质和基本要求", "substance and basic demand");

        /// <summary>The answer and explanation given against the rules (答复解释): <c>answer</c>.</summary>
        public static ProcedureArgument<string> AnswerGiven { get; } = ProcedureArgument.Text("answer", "答复解释", "answer and explanation");

        /// <summary>The responsible unit the matter is handed to (责任归属单位): <c>to</c>.</summary>
        public static ProcedureArgument<string> To { get; } = ProcedureArgument.Text("to", "责任归属单位", "responsible unit");

        /// <summary>The leader the matter was reported to (汇报的领导): <c>leader</c>.</summary>
        public static ProcedureArgument<string> Leader { get; } = ProcedureArgument.Text("leader", "汇报领导", "leader reported to");

        /// <summary>The result fed back by the responsible unit (处理结果): <c>result</c>.</summary>
        public static ProcedureArgument<string> Result { get; } = ProcedureArgument.Text("result", "处理结果", "result of the handling");
    }

    /// <summary>Gets the default feedback limit (反馈期限): 30 days from the hand-over, set by the office; the rules say only "within the set time".</summary>
    public static TimeLimit DefaultFeedbackLimit { get; } = TimeLimit.NaturalDays(30);

    /// <summary>Gets the case limits (办理期限): legal 60 days from acceptance (《信访工作条例》 Art. 34), committed 40.</summary>
    public static PeriodLimits CaseLimits { get; } = new(TimeLimit.NaturalDays(60), TimeLimit.NaturalDays(40));

    /// <summary>The reception officer for 低保 letters and visits (低保信访接待员): registers, listens, answers or hands over.</summary>
    public static Post Receptionist { get; } = new("低保信访接待员", "Allowance petition receptionist");

    /// <summary>The responsible unit (责任归属单位): the unit or village the matter belongs to; handles it and feeds the result back.</summary>
    public static Post ResponsibleUnit { get; } = new("责任归属单位", "Responsible unit");

    /// <summary>Creates a builder holding the built-in 低保 letters and visits reception procedure (低保来信来访接待流程).</summary>
    /// <param name="feedbackLimit">The feedback limit, 1 to 60 natural days; <see cref="DefaultFeedbackLimit"/> when null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="feedbackLimit"/> is not 1 to 60 natural days.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(TimeLimit? feedbackLimit = null)
    {
        var limit = feedbackLimit ?? DefaultFeedbackLimit;
        if (limit.Kind != TimeLimitKind.NaturalDays || limit.Days is < 1 or > 60)
        {
            throw new System.ArgumentOutOfRangeException(nameof(feedbackLimit), limit, "The feedback limit of a 低保 letter or visit is 1 to 60 natural days (the petition's own 60 days). / 低保来信来访的反馈期限为1至60个自然日（信访事项办理期限60日）。");
        }

        return new ProcedureDefinitionBuilder(Id)
            .Named("低保来信来访接待", "Allowance letters and visits reception")
            .ForCategories(PowerCategory.Other)
            .Initiated(Initiation.OnApplication, "低保来信来访接待制度；《信访工作条例》：来信来访群众反映最低生活保障问题")
            .CaseLimits(CaseLimits.Legal, CaseLimits.Committed)
            .Step(Steps.Registration, "认真登记", "Registration", Receptionist, TimeLimit.NaturalDays(1), CounterpartRights.Statement)
            .Step(Steps.Hearing, "听取申诉", "Hearing", Receptionist, TimeLimit.NaturalDays(1), CounterpartRights.Statement)
            .Step(Steps.Handling, "适当处理", "Handling", Receptionist, TimeLimit.NaturalDays(5), CounterpartRights.Reasons)
            .Step(Steps.Feedback, "责任单位办理并反馈", "Feedback by the responsible unit", ResponsibleUnit, limit, CounterpartRights.Reasons, string.Create(CultureInfo.InvariantCulture, $"责任归属单位在{limit.Days}日内将处理结果反馈到县民政局"))
            .Terminal(Steps.Answered, "已答复解释", "Answered", Receptionist, CaseOutcome.Completed, CounterpartRights.Reasons)
            .Terminal(Steps.Concluded, "处理结果已反馈", "Concluded", ResponsibleUnit, CaseOutcome.Completed, CounterpartRights.Reasons, "处理结果告知来访人")
            .Terminal(Steps.Withdrawn, "撤回", "Withdrawn", Receptionist, CaseOutcome.Withdrawn)
            .StartsAt(Steps.Registration)
            .Trigger(Triggers.Register, Steps.Registration, Steps.Hearing, [Receptionist], t => t.RequiresArgument(Arguments.Name).RequiresArgument(Arguments.Origin).RequiresArgument(Arguments.Issue))
            .Trigger(Triggers.Hear, Steps.Hearing, Steps.Handling, [Receptionist], t => t.RequiresArgument(Arguments.Demand))
            .Trigger(Triggers.Answer, Steps.Handling, Steps.Answered, [Receptionist], t => t.RequiresArgument(Arguments.AnswerGiven))
            .Trigger(Triggers.HandOver, Steps.Handling, Steps.Feedback, [Receptionist], t => t.RequiresArgument(Arguments.To).RequiresArgument(Arguments.Leader))
            .Trigger(Triggers.ReportResult, Steps.Feedback, Steps.Concluded, [ResponsibleUnit], t => t.RequiresArgument(Arguments.Result))
            .TriggerFromEach(Triggers.Withdraw, [Steps.Registration, Steps.Hearing, Steps.Handling, Steps.Feedback], Steps.Withdrawn, [Receptionist])
            .SupervisedBy(new SupervisionPoint(Steps.Feedback, "县民政局纪检组", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }
}
