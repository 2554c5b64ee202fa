using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PowerGovernance.Procedures;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Replaying and verifying a case of <see cref="EventCount"/> events (start, accept, then 499 suspensions for an expert review
/// and resumptions, a second apart, received Monday 2024-12-02 09:00): <see cref="ProcedureEngine.Replay(IReadOnlyList{CaseEvent})"/>
/// checks the audit chain (one SHA-256 per event) and re-fires every transition against the definition;
/// <see cref="ProcedureEngine.Verify"/> does the same and compares the result with the stored snapshot and its seal. Issue
/// target: ≤ 1 µs per event, verification included.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    /// <summary>The number of events in the case.</summary>
    public const int EventCount = 1_000;

    private ProcedureEngine engine = null!;
    private List<CaseEvent> events = null!;
    private CaseSnapshot snapshot = null!;

    /// <summary>Walks the case through the engine and checks that it replays and verifies.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = LicensingProcedure.CreateEngine();
        var at = LicensingProcedure.At(new LocalDate(2024, 12, 2), 9);
        events = new List<CaseEvent>(EventCount);
        CaseResult result = engine.Start("XK-REPLAY-1", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, at);
        events.AddRange(result.Events);
        result = engine.Fire(result.Snapshot!, "accept", LicensingProcedure.Clerk, at.Plus(Duration.FromSeconds(1)), LicensingProcedure.CompleteMaterials);
        events.AddRange(result.Events);
        for (var i = 1; events.Count < EventCount; i++)
        {
            result = engine.Fire(result.Snapshot!, "suspend", LicensingProcedure.Reviewer, at.Plus(Duration.FromSeconds(2 * i)), LicensingProcedure.ExpertReview);
            events.AddRange(result.Events);
            result = engine.Fire(result.Snapshot!, "resume", LicensingProcedure.Reviewer, at.Plus(Duration.FromSeconds((2 * i) + 1)));
            events.AddRange(result.Events);
            if (!result.IsAccepted)
            {
                throw new InvalidOperationException("Benchmark setup: a transition was refused: " + result.Message);
            }
        }

        snapshot = result.Snapshot!;
        if (events.Count != EventCount || Replay().AuditHead != snapshot.AuditHead || !Verify().IsAccepted)
        {
            throw new InvalidOperationException("Benchmark setup: the case does not have its events, replay to its head, or verify.");
        }
    }

    /// <summary>Replays the history: the chain checked and every transition re-fired.</summary>
    /// <returns>The replayed snapshot.</returns>
    [Benchmark(Baseline = true)]
    public CaseSnapshot Replay() => engine.Replay(events);

    /// <summary>Verifies the stored snapshot against its history: the replay, then the snapshot and its seal compared.</summary>
    /// <returns>The verification.</returns>
    [Benchmark]
    public CaseVerification Verify() => engine.Verify(snapshot, events);
}
