using System;
using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Evaluation;

/// <summary>
/// The built-in rectification of a bad rating (差评整改程序, 国办发〔2019〕51号: every bad rating is verified, put right and answered —
/// 差评件件有整改、有反馈): the rating is registered and verified by the service supervisor; a well-founded one is rectified by the unit
/// that served (谁办理、谁负责), one that is unfounded or lacks a legal basis is explained (解释说明); either way the rater is called back
/// (回访) and the case closes. The whole runs within <see cref="DefaultLimit"/> (local practice: 15 working days; the national rule
/// sets no number, so there is no legal limit and the office's own limit is the committed one).
/// </summary>
/// <remarks>
/// Steps: <c>verification</c> 核实, <c>rectification</c> 整改, <c>callback</c> 回访反馈, terminal <c>closed</c> 办结. Triggers:
/// <c>register</c> (the rating, once, right after the start: <see cref="ServiceRatingDesk.OpenRectification"/> fires it),
/// <c>confirm</c> (well-founded: to rectification, with the finding as reason), <c>explain</c> (unfounded or without legal basis: to
/// the callback, with the explanation as reason), <c>rectify</c> (with the measures taken), <c>call-back</c> (with the rater's
/// satisfaction).
/// </remarks>
public static class RatingRectificationProcedure
{
    /// <summary>The definition's id (流程标识): <c>rating-rectification</c>.</summary>
    public const string Id = "rating-rectification";

    /// <summary>Gets the default limit for the whole rectification (整改时限): 15 working days from the rating.</summary>
    public static TimeLimit DefaultLimit { get; } = TimeLimit.WorkingDays(15);

    /// <summary>The steps of the procedure (办理环节), by id.</summary>
    public static class Steps
    {
        /// <summary>The step 核实 (Verification): <c>verification</c>.</summary>
        public const string Verification = "verification";

        /// <summary>The step 整改 (Rectification): <c>rectification</c>.</summary>
        public const string Rectification = "rectification";

        /// <summary>The step 回访反馈 (Callback): <c>callback</c>.</summary>
        public const string Callback = "callback";

        /// <summary>The terminal step 办结 (Closed): <c>closed</c>.</summary>
        public const string Closed = "closed";
    }

    /// <summary>The triggers of the procedure (办理动作), typed.</summary>
    public static class Triggers
    {
        /// <summary>登记差评 (Register): <c>register</c>.</summary>
        public static ProcedureTrigger Register { get; } = new("register", "登记差评", "Register");

        /// <summary>核实属实，交承办单位整改 (Confirm): <c>confirm</c>.</summary>
        public static ProcedureTrigger Confirm { get; } = new("confirm", "核实属实，交承办单位整改", "Confirm");

        /// <summary>核实不属实或缺乏法定依据，解释说明 (Explain): <c>explain</c>.</summary>
        public static ProcedureTrigger Explain { get; } = new("explain", "核实不属实或缺乏法定依据，解释说明", "Explain");

        /// <summary>整改完成 (Rectify): <c>rectify</c>.</summary>
        public static ProcedureTrigger Rectify { get; } = new("rectify", "整改完成", "Rectify");

        /// <summary>回访评价人并反馈 (Call back): <c>call-back</c>.</summary>
        public static ProcedureTrigger CallBack { get; } = new("call-back", "回访评价人并反馈", "Call back");
    }

    /// <summary>The arguments the procedure's triggers take (动作参数), typed.</summary>
    public static class Arguments
    {
        /// <summary>The rating's id (评价编号): <c>rating</c>.</summary>
        public static ProcedureArgument<string> Rating { get; } = ProcedureArgument.Text("rating", "评价编号", "rating id");

        /// <summary>The grade given (评价等级): <c>grade</c>.</summary>
        public static ProcedureArgument<ServiceGrade> Grade { get; } = ProcedureArgument.Choice<ServiceGrade>("grade", "评价等级", "grade");

        /// <summary>What was rated (评价对象): <c>service</c>.</summary>
        public static ProcedureArgument<RatedService> Service { get; } = ProcedureArgument.Choice<RatedService>("service", "评价对象", "rated service");

        /// <summary>The id of the case or inquiry rated (被评价办件): <c>service-id</c>.</summary>
        public static ProcedureArgument<string> ServiceId { get; } = ProcedureArgument.Text("service-id", "被评价办件编号", "id of the rated case or inquiry");

        /// <summary>The measures taken (整改措施): <c>measures</c>.</summary>
        public static ProcedureArgument<string> Measures { get; } = ProcedureArgument.Text("measures", "整改措施", "measures taken");

        /// <summary>The rater's satisfaction with the rectification when called back (回访满意度): <c>satisfaction</c>.</summary>
        public static ProcedureArgument<CallbackSatisfaction> Satisfaction { get; } = ProcedureArgument.Choice<CallbackSatisfaction>("satisfaction", "回访满意度", "satisfaction when called back");
    }

    /// <summary>The service supervisor (政务服务监督岗): registers and verifies the bad rating and calls the rater back (专人回访核实).</summary>
    public static Post Supervisor { get; } = new("政务服务监督岗", "Service supervisor");

    /// <summary>The unit that served (承办单位): puts right what the rating found (谁办理、谁负责).</summary>
    public static Post Undertaker { get; } = new("承办单位整改责任人", "Undertaking unit");

    /// <summary>Creates a builder holding the rectification procedure.</summary>
    /// <param name="limit">The limit for the whole rectification, 1 to 365 working days; <see cref="DefaultLimit"/> when null.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not 1 to 365 working days.</exception>
    public static ProcedureDefinitionBuilder CreateBuilder(TimeLimit? limit = null)
    {
        var given = limit ?? DefaultLimit;
        if (given.Kind != TimeLimitKind.WorkingDays || given.Days is < 1 or > 365)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), given, "The limit of a rating's rectification is 1 to 365 working days. / 差评整改时限为1至365个工作日。");
        }

        var days = given.Days.ToString(CultureInfo.InvariantCulture);
        string[] supervisor = [Supervisor];
        return new ProcedureDefinitionBuilder(Id)
            .Named("差评整改", "Rectification of a bad rating")
            .Initiated(Initiation.ExOfficio, "国办发〔2019〕51号：差评事项调查核实、督促整改和反馈，差评件件有整改、有反馈")
            .CaseLimits(null, given)
            .Step("verification", "核实", "Verification", Supervisor, given, CounterpartRights.None, "谁办理、谁负责；专人回访核实")
            .Step("rectification", "整改", "Rectification", Undertaker, given, CounterpartRights.Reasons, "情况清楚、诉求合理的立行立改；情况复杂的说明理由、限期整改，" + days + "个工作日内整改到位")
            .Step("callback", "回访反馈", "Callback", Supervisor, given, CounterpartRights.Reasons, "实名差评回访率100%")
            .Terminal("closed", "办结", "Closed", Supervisor, CaseOutcome.Completed, CounterpartRights.Reasons)
            .StartsAt("verification")
            .Trigger(Triggers.Register, "verification", "verification", supervisor, t => t
                .RequiresArgument(Arguments.Rating)
                .RequiresArgument(Arguments.Grade)
                .RequiresArgument(Arguments.Service)
                .RequiresArgument(Arguments.ServiceId))
            .Trigger(Triggers.Confirm, "verification", "rectification", supervisor, t => t.RequiresReason())
            .Trigger(Triggers.Explain, "verification", "callback", supervisor, t => t.RequiresReason())
            .Trigger(Triggers.Rectify, "rectification", "callback", [Undertaker], t => t.RequiresArgument(Arguments.Measures))
            .Trigger(Triggers.CallBack, "callback", "closed", supervisor, t => t.RequiresArgument(Arguments.Satisfaction))
            .SupervisedBy(new SupervisionPoint("rectification", "政务服务管理机构", "12345政务服务便民热线", "12345"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"));
    }

    /// <summary>Gets the procedure with the default limit, built once and shared; it counts on the engine's calendar.</summary>
    public static ProcedureDefinition Definition => Cache.Value;

    private static readonly Lazy<ProcedureDefinition> Cache = new(() => CreateBuilder().Build());
}
