using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// One <see cref="CaseSupervisor"/> reading of one case (Friday 2024-12-20 17:00 China Standard Time, on
/// <see cref="Calendars.China.ChinaCalendars.Official"/>): the case clock and the step clock of a case in review, no allocation.
/// </summary>
[MemoryDiagnoser]
public class CaseSupervisorBenchmarks
{
    private static readonly LocalDate Today = new(2024, 12, 20);

    private ProcedureEngine engine = null!;
    private SupervisionBoard board = null!;
    private CaseSnapshot warningCase = null!;
    private Instant now;

    /// <summary>Builds one case in review, received 12 working days before the sweep day (yellow: 12 of 13 days used).</summary>
    [GlobalSetup]
    public void SetupOne()
    {
        engine = LicensingProcedure.CreateEngine();
        board = new SupervisionBoard(engine);
        now = LicensingProcedure.At(Today, 17);
        var received = SupervisionBoardBenchmarks.WorkingDaysBefore(engine.Calendar, Today, 12);
        var started = LicensingProcedure.Expect(engine.Start("XK-2024-0001", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, LicensingProcedure.At(received, 9)), "receive", "start");
        warningCase = LicensingProcedure.Expect(engine.Fire(started, "accept", LicensingProcedure.Clerk, LicensingProcedure.At(received, 10), LicensingProcedure.CompleteMaterials), "review", "accept");
        if (CaseStatusOne().State != DeadlineState.Warning || StepStatusOne().State != DeadlineState.Overdue)
        {
            throw new InvalidOperationException("Benchmark setup: the single case is not yellow (case) and red (step).");
        }
    }

    /// <summary><see cref="CaseSupervisor.CaseStatus(CaseSnapshot, ProcedureDefinition, Instant)"/> for one case in warning.</summary>
    /// <returns>The case clock's status.</returns>
    [Benchmark]
    public DeadlineStatus CaseStatusOne() => board.Supervisor.CaseStatus(warningCase, LicensingProcedure.Definition, now);

    /// <summary><see cref="CaseSupervisor.StepStatus(CaseSnapshot, ProcedureDefinition, Instant)"/> for the same case (its review step is over its 8 days).</summary>
    /// <returns>The step clock's status.</returns>
    [Benchmark]
    public DeadlineStatus StepStatusOne() => board.Supervisor.StepStatus(warningCase, LicensingProcedure.Definition, now);
}
