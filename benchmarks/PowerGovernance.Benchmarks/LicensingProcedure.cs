using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using Stateless;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The licensing procedure the engine and board benchmarks run: receipt (收件, 5 working days) → review
/// (审查, 8 working days; suspend, resume and extend act on it) → granted or refused, with a committed case
/// limit of 13 working days (legal 20) and the guard <c>材料齐全</c> on <c>accept</c>; the same shape as the
/// engine tests' sample procedure. One power in a <see cref="PowerCatalog"/>, clocks on
/// <see cref="ChinaCalendars.Official"/>.
/// </summary>
public static class LicensingProcedure
{
    /// <summary>The procedure id.</summary>
    public const string Id = "bench-licensing";

    /// <summary>The window clerk's post.</summary>
    public static Post ClerkPost { get; } = new("窗口受理员", "Counter clerk");

    /// <summary>The reviewer's post.</summary>
    public static Post ReviewerPost { get; } = new("审核员", "Reviewer");

    /// <summary>The deciding head's post.</summary>
    public static Post HeadPost { get; } = new("分管领导", "Deputy head in charge");

    /// <summary>The guard's description on <c>accept</c>.</summary>
    public const string MaterialsComplete = "材料齐全";

    /// <summary>Gets the one power in the catalog.</summary>
    public static Power Power { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-XK-0001"),
        Name = "乡村建设规划许可",
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国城乡规划法》", "第四十一条", LegalBasisRank.Law)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "村镇建设办",
        UndertakingPost = ReviewerPost,
        Initiation = Initiation.OnApplication,
        Conditions = "符合村庄规划",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
        SupervisingBody = "镇纪委",
        ComplaintChannel = "0931-1234567",
    };

    /// <summary>Gets the catalog: <see cref="Power"/> only.</summary>
    public static PowerCatalog Catalog { get; } = new([Power]);

    /// <summary>Gets the definition (compiled once).</summary>
    public static ProcedureDefinition Definition { get; } = new ProcedureDefinitionBuilder(Id)
        .Named("乡村建设规划许可", "Rural construction planning permit")
        .Initiated(Initiation.OnApplication, "《中华人民共和国行政许可法》第二十九条")
        .ForPowers(Power.Code)
        .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(13))
        .Step("receive", "收件", "Receipt", ClerkPost, TimeLimit.WorkingDays(5), CounterpartRights.Reasons, "办事大厅公示")
        .Step("review", "审查", "Review", ReviewerPost, TimeLimit.WorkingDays(8), CounterpartRights.Statement | CounterpartRights.Defence)
        .Terminal("granted", "准予许可", "Granted", HeadPost, CaseOutcome.Granted, CounterpartRights.Reasons, "政府网站公开")
        .Terminal("refused", "不予许可", "Refused", HeadPost, CaseOutcome.Refused, CounterpartRights.Reasons)
        .StartsAt("receive")
        .Trigger("accept", "受理", "receive", "review", [ClerkPost], t => t.TakesArgument(ProcedureArgument.Text("materials", "材料", "materials")).When(MaterialsComplete, c => MaterialsAreComplete(c.Arguments)))
        .Trigger("suspend", "中止计时", "review", "review", [ReviewerPost], t => t.Suspends())
        .Trigger("resume", "恢复计时", "review", "review", [ReviewerPost], t => t.Resumes())
        .Trigger("extend", "延长期限", "review", "review", [HeadPost], t => t.Extends(TimeLimit.WorkingDays(10)))
        .Trigger("grant", "准予", "review", "granted", [HeadPost])
        .Trigger("refuse", "不予", "review", "refused", [HeadPost], t => t.RequiresReason())
        .SupervisedBy(new SupervisionPoint("review", "镇纪委", "县效能投诉中心", "0931-1234567"))
        .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"))
        .Build();

    /// <summary>Gets the clerk who receives and accepts cases.</summary>
    public static Actor Clerk { get; } = new("张三", ClerkPost);

    /// <summary>Gets the reviewer who suspends and resumes clocks.</summary>
    public static Actor Reviewer { get; } = new("李四", ReviewerPost);

    /// <summary>Gets the head who extends, grants and refuses.</summary>
    public static Actor Head { get; } = new("王五", HeadPost);

    /// <summary>Gets the arguments that satisfy the <c>accept</c> guard.</summary>
    public static IReadOnlyDictionary<string, string> CompleteMaterials { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["materials"] = "complete" };

    /// <summary>Gets the arguments of a suspension for expert review.</summary>
    public static IReadOnlyDictionary<string, string> ExpertReview { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["cause"] = "专家评审" };

    /// <summary>Creates an engine over <see cref="ChinaCalendars.Official"/>, <see cref="Catalog"/> and <see cref="Definition"/>.</summary>
    /// <returns>The engine.</returns>
    public static ProcedureEngine CreateEngine() => CreateEngine(ChinaCalendars.Official);

    /// <summary>Creates an engine over <paramref name="calendar"/>, <see cref="Catalog"/> and <see cref="Definition"/>.</summary>
    /// <param name="calendar">The working calendar the clocks run on.</param>
    /// <returns>The engine.</returns>
    public static ProcedureEngine CreateEngine(IWorkingCalendar calendar) => new(new OfficeCalendar(calendar), Catalog, [Definition]);

    /// <summary>Creates the engine on the official calendar with the given seal.</summary>
    /// <param name="seal">How snapshots are sealed.</param>
    /// <returns>The engine.</returns>
    public static ProcedureEngine CreateEngine(CaseSeal seal) => new(new OfficeCalendar(ChinaCalendars.Official), Catalog, [Definition], seal);

    /// <summary>The <c>accept</c> guard's condition.</summary>
    /// <param name="arguments">The trigger's arguments.</param>
    /// <returns>Whether the materials are complete.</returns>
    public static bool MaterialsAreComplete(IReadOnlyDictionary<string, string> arguments) =>
        arguments.TryGetValue("materials", out var m) && string.Equals(m, "complete", StringComparison.Ordinal);

    /// <summary>An instant on <paramref name="date"/> at <paramref name="hour"/>:00 China Standard Time.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="hour">The hour.</param>
    /// <returns>The instant.</returns>
    public static Instant At(LocalDate date, int hour) =>
        date.At(new LocalTime(hour, 0)).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();

    /// <summary>
    /// Configures a Stateless machine with the definition's states, triggers and guard, over external
    /// state (the naive design the engine avoids: one machine per call).
    /// </summary>
    /// <param name="read">Reads the state.</param>
    /// <param name="write">Writes the state.</param>
    /// <param name="guard">The <c>accept</c> guard.</param>
    /// <returns>The configured machine.</returns>
    public static StateMachine<string, string> ConfigureStateless(Func<string> read, Action<string> write, Func<bool> guard)
    {
        var machine = new StateMachine<string, string>(read, write);
        machine.Configure("receive")
            .PermitIf("accept", "review", guard, MaterialsComplete);
        machine.Configure("review")
            .PermitReentry("suspend")
            .PermitReentry("resume")
            .PermitReentry("extend")
            .Permit("grant", "granted")
            .Permit("refuse", "refused");
        machine.Configure("granted");
        machine.Configure("refused");
        return machine;
    }

    /// <summary>Throws unless <paramref name="result"/> was accepted into <paramref name="step"/>.</summary>
    /// <param name="result">The engine's result.</param>
    /// <param name="step">The step expected.</param>
    /// <param name="what">What was fired, for the message.</param>
    /// <returns>The new snapshot.</returns>
    public static CaseSnapshot Expect(CaseResult result, string step, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsAccepted || !string.Equals(result.Snapshot!.Step, step, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture, "Benchmark setup: {0} was not accepted into '{1}': {2}", what, step, result.Message ?? result.Snapshot?.Step));
        }

        return result.Snapshot;
    }
}
