using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The supervision board on provisional days (issue 11): <see cref="SupervisionBoard.Sweep"/> over
/// <see cref="SupervisionBoardBenchmarks.CaseCount"/> cases on <see cref="ChinaCalendars.Provisional"/> at Friday
/// 2027-01-15 17:00, against the existing sweep (<see cref="SupervisionBoardBenchmarks"/>: the same fixture on
/// <see cref="ChinaCalendars.Official"/> at Friday 2024-12-20 17:00) as the baseline, in the same run.
/// </summary>
/// <remarks>
/// Both fixtures come from <see cref="SupervisionBoardBenchmarks.BuildSweepCases"/>: the same 1,000 engine-walked
/// cases (seed 42, same shares of receipt, review, suspension, extension and finished cases), received on the
/// calendar's working days, copied into a million distinct snapshots. On the provisional calendar the cases are
/// received from 2026-01-05 on, so the open ones were received in November 2026 – January 2027 and their due dates
/// fall in January–February 2027, on unpublished days (the setup prints the shares). <c>Sweep1MProvisionalPublished</c>
/// sweeps the 2024 fixture on the provisional calendar: published days only, so it isolates the cost of reading
/// ranges from the cost of the dates.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProvisionalSupervisionBoardBenchmarks
{
    private const string SweepCategory = "Sweep 1M";
    private const string CaseCategory = "CaseStatus";
    private const string StepCategory = "StepStatus";

    private static readonly LocalDate OfficialFirstDay = new(2024, 1, 2);
    private static readonly LocalDate OfficialToday = new(2024, 12, 20);
    private static readonly LocalDate ProvisionalFirstDay = new(2026, 1, 5);
    private static readonly LocalDate ProvisionalToday = new(2027, 1, 15);

    private SupervisionBoard board = null!;
    private List<CaseSnapshot> cases = null!;
    private CaseSnapshot warningCase = null!;
    private Instant now;

    /// <summary>The existing fixture: 2024 cases on the official calendar, swept on 2024-12-20.</summary>
    [GlobalSetup(Targets = [nameof(Sweep1MOfficial)])]
    public void SetupOfficialSweep() => SetupSweep(ChinaCalendars.Official, OfficialFirstDay, OfficialToday, "XK-2024-");

    /// <summary>The same 2024 cases on the provisional calendar (published days only), swept on 2024-12-20.</summary>
    [GlobalSetup(Targets = [nameof(Sweep1MProvisionalPublished)])]
    public void SetupProvisionalPublishedSweep() => SetupSweep(ChinaCalendars.Provisional, OfficialFirstDay, OfficialToday, "XK-2024-");

    /// <summary>Cases received on 2026 and 2027 days on the provisional calendar, swept on 2027-01-15.</summary>
    [GlobalSetup(Targets = [nameof(Sweep1MProvisional)])]
    public void SetupProvisionalSweep() => SetupSweep(ChinaCalendars.Provisional, ProvisionalFirstDay, ProvisionalToday, "XK-2026-");

    /// <summary>One case in review on the official calendar, received 12 working days before 2024-12-20.</summary>
    [GlobalSetup(Targets = [nameof(CaseStatusOneOfficial), nameof(StepStatusOneOfficial)])]
    public void SetupOfficialOne() => SetupOne(ChinaCalendars.Official, OfficialToday);

    /// <summary>One case in review on the provisional calendar, received 12 working days before 2027-01-15 (2026-12-29, an uncertain day).</summary>
    [GlobalSetup(Targets = [nameof(CaseStatusOneProvisional), nameof(StepStatusOneProvisional)])]
    public void SetupProvisionalOne() => SetupOne(ChinaCalendars.Provisional, ProvisionalToday);

    /// <summary>Baseline: the existing million-case sweep on the official calendar (2024-12-20).</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(SweepCategory)]
    public BoardReport Sweep1MOfficial() => board.Sweep(cases, now);

    /// <summary>The same cases on the provisional calendar (2024-12-20, published days).</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    [BenchmarkCategory(SweepCategory)]
    public BoardReport Sweep1MProvisionalPublished() => board.Sweep(cases, now);

    /// <summary>A million cases on the provisional calendar at 2027-01-15, due dates on unpublished days.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    [BenchmarkCategory(SweepCategory)]
    public BoardReport Sweep1MProvisional() => board.Sweep(cases, now);

    /// <summary>Baseline: one case clock on the official calendar.</summary>
    /// <returns>The status.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CaseCategory)]
    public DeadlineStatus CaseStatusOneOfficial() => board.Supervisor.CaseStatus(warningCase, LicensingProcedure.Definition, now);

    /// <summary>One case clock on the provisional calendar, its due date a range on unpublished days.</summary>
    /// <returns>The status.</returns>
    [Benchmark]
    [BenchmarkCategory(CaseCategory)]
    public DeadlineStatus CaseStatusOneProvisional() => board.Supervisor.CaseStatus(warningCase, LicensingProcedure.Definition, now);

    /// <summary>Baseline: the same case's step clock on the official calendar.</summary>
    /// <returns>The status.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(StepCategory)]
    public DeadlineStatus StepStatusOneOfficial() => board.Supervisor.StepStatus(warningCase, LicensingProcedure.Definition, now);

    /// <summary>The same case's step clock on the provisional calendar.</summary>
    /// <returns>The status.</returns>
    [Benchmark]
    [BenchmarkCategory(StepCategory)]
    public DeadlineStatus StepStatusOneProvisional() => board.Supervisor.StepStatus(warningCase, LicensingProcedure.Definition, now);

    private void SetupSweep(IWorkingCalendar calendar, LocalDate firstDay, LocalDate today, string idPrefix)
    {
        var engine = LicensingProcedure.CreateEngine(calendar);
        board = new SupervisionBoard(engine);
        now = LicensingProcedure.At(today, 17);
        cases = SupervisionBoardBenchmarks.BuildSweepCases(engine, board, firstDay, today, now, idPrefix);

        // How many cases rest on provisional days: received when, and how many case clocks read a provisional range.
        var receivedLate2026 = 0;
        var received2027 = 0;
        var open = 0;
        var provisionalCase = 0;
        var wideCase = 0;
        var provisionalStep = 0;
        var dueIn2027 = 0;
        foreach (var c in cases)
        {
            var received = c.CommittedClock.Start;
            receivedLate2026 += received >= new LocalDate(2026, 11, 1) && received.Year == 2026 ? 1 : 0;
            received2027 += received.Year == 2027 ? 1 : 0;
            open += c.IsClosed ? 0 : 1;
            var caseStatus = board.Supervisor.CaseStatus(c, LicensingProcedure.Definition, now);
            var stepStatus = board.Supervisor.StepStatus(c, LicensingProcedure.Definition, now);
            provisionalCase += caseStatus.IsProvisional ? 1 : 0;
            wideCase += caseStatus.DueDateRange.IsExact ? 0 : 1;
            provisionalStep += stepStatus.IsProvisional ? 1 : 0;
            dueIn2027 += caseStatus.DueDate.Year == 2027 ? 1 : 0;
        }

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "// Calendar {0}, swept {1:uuuu-MM-dd}: {2:N0} open; received 2026-11-01..2026-12-31 {3:N0} ({4:P1}), in 2027 {5:N0} ({6:P1}); case due in 2027 {7:N0} ({8:P1}); case clock provisional {9:N0} ({10:P1}), of which a range wider than a day {11:N0} ({12:P1}); step clock provisional {13:N0} ({14:P1}).",
            calendar.Id,
            today,
            open,
            receivedLate2026,
            (double)receivedLate2026 / cases.Count,
            received2027,
            (double)received2027 / cases.Count,
            dueIn2027,
            (double)dueIn2027 / cases.Count,
            provisionalCase,
            (double)provisionalCase / cases.Count,
            wideCase,
            (double)wideCase / cases.Count,
            provisionalStep,
            (double)provisionalStep / cases.Count));
    }

    private void SetupOne(IWorkingCalendar calendar, LocalDate today)
    {
        var engine = LicensingProcedure.CreateEngine(calendar);
        board = new SupervisionBoard(engine);
        now = LicensingProcedure.At(today, 17);
        var received = SupervisionBoardBenchmarks.WorkingDaysBefore(engine.Calendar, today, 12);
        var started = LicensingProcedure.Expect(engine.Start("XK-0001", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, LicensingProcedure.At(received, 9)), "receive", "start");
        warningCase = LicensingProcedure.Expect(engine.Fire(started, "accept", LicensingProcedure.Clerk, LicensingProcedure.At(received, 10), LicensingProcedure.CompleteMaterials), "review", "accept");
        var caseStatus = board.Supervisor.CaseStatus(warningCase, LicensingProcedure.Definition, now);
        var stepStatus = board.Supervisor.StepStatus(warningCase, LicensingProcedure.Definition, now);
        // On the official calendar the case is yellow and its step red; on provisional days the step is yellow only,
        // because a clock is red only past the latest possible due date.
        if (caseStatus.State != DeadlineState.Warning || !stepStatus.NeedsAttention)
        {
            throw new InvalidOperationException("Benchmark setup: the single case is not yellow (case) and yellow or red (step): " + caseStatus.State + ", " + stepStatus.State + ".");
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "// One case on {0}, received {1:uuuu-MM-dd}: case {2} due {3}; step {4} due {5}.", calendar.Id, received, caseStatus.State, caseStatus.DueDateRange, stepStatus.State, stepStatus.DueDateRange));
    }
}
