using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PowerGovernance.Procedures;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Throughput scaling of one shared <see cref="ProcedureEngine"/>: the same <c>2 ×</c> <see cref="TransitionsPerThread"/>
/// accepted transitions done by one thread (<see cref="OneThread"/>, the baseline) and by two threads at once, each doing
/// half (<see cref="TwoThreads"/>), under workstation and under server GC (<see cref="EngineScalingConfig"/>). Both rows do
/// the same work, so the Ratio column ("1.85x faster") is the speedup of the second thread; issue 18's goal is ≥ 1.85×.
/// </summary>
/// <remarks>
/// <para>
/// A batch alternates <c>accept</c> from a receipt snapshot (guard <c>材料齐全</c>, one argument) and <c>grant</c> from a
/// review snapshot, both prebuilt, like <see cref="ProcedureFireBenchmarks"/>: every call does all the checks, the clock,
/// the SHA-256 audit hash and allocates a new snapshot and event, so the rows also show what the allocations cost when
/// two threads allocate at once. Each batch returns how many transitions were accepted, checked in <see cref="Setup"/>.
/// </para>
/// <para>
/// The second thread is a <see cref="DedicatedWorker"/> created once in <see cref="Setup"/>: per invocation the calling
/// thread wakes it, does its own batch, then waits for the worker's. So <see cref="TwoThreads"/> pays one wake-up and one
/// wait (microseconds against a batch of milliseconds), not a thread's creation. <c>Parallel.For</c> with two partitions
/// would do the same through the thread pool, whose threads may be busy or not yet injected on a loaded machine.
/// </para>
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(EngineScalingConfig))]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet derives from the class and calls [GlobalCleanup], which disposes the worker.")]
public class EngineScalingBenchmarks
{
    /// <summary>The transitions each thread does in <see cref="TwoThreads"/> (one batch); <see cref="OneThread"/> does two batches.</summary>
    public const int TransitionsPerThread = 2_000;

    private static readonly LocalDate Received = new(2024, 9, 27);

    private ProcedureEngine engine = null!;
    private CaseSnapshot inReceipt = null!;
    private CaseSnapshot inReview = null!;
    private IReadOnlyDictionary<string, string> arguments = null!;
    private Instant acceptAt;
    private Instant grantAt;
    private DedicatedWorker? worker;

    /// <summary>Builds the engine, the two snapshots and the second thread, then checks that both rows accept every transition.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = LicensingProcedure.CreateEngine();
        arguments = LicensingProcedure.CompleteMaterials;
        acceptAt = LicensingProcedure.At(Received, 10);
        grantAt = LicensingProcedure.At(new LocalDate(2024, 10, 15), 15);
        inReceipt = LicensingProcedure.Expect(
            engine.Start("XK-2024-0001", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, LicensingProcedure.At(Received, 9)),
            "receive",
            "start");
        inReview = LicensingProcedure.Expect(engine.Fire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt, arguments), "review", "accept");
        LicensingProcedure.Expect(engine.Fire(inReview, "grant", LicensingProcedure.Head, grantAt), "granted", "grant");
        worker = new DedicatedWorker("EngineScalingBenchmarks worker", FireBatch);

        Check(OneThread(), nameof(OneThread));
        Check(TwoThreads(), nameof(TwoThreads));
    }

    /// <summary>Stops the second thread.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        worker?.Dispose();
        worker = null;
    }

    /// <summary>Baseline: two batches, one after the other, on the calling thread.</summary>
    /// <returns>The number of transitions accepted (<c>2 ×</c> <see cref="TransitionsPerThread"/>).</returns>
    [Benchmark(Baseline = true)]
    public int OneThread() => FireBatch() + FireBatch();

    /// <summary>Two batches at the same time on the same engine: one on the calling thread, one on the worker.</summary>
    /// <returns>The number of transitions accepted (<c>2 ×</c> <see cref="TransitionsPerThread"/>).</returns>
    [Benchmark]
    public int TwoThreads()
    {
        var second = worker!;
        second.Begin();
        var mine = FireBatch();
        return mine + second.End();
    }

    private static void Check(int accepted, string row)
    {
        if (accepted != 2 * TransitionsPerThread)
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture, "Benchmark setup: {0} accepted {1} transitions, not {2}.", row, accepted, 2 * TransitionsPerThread));
        }
    }

    /// <summary>One thread's batch: <see cref="TransitionsPerThread"/> transitions, <c>accept</c> and <c>grant</c> in turn.</summary>
    private int FireBatch()
    {
        var accepted = 0;
        for (var i = 0; i < TransitionsPerThread; i += 2)
        {
            if (engine.Fire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt, arguments).IsAccepted)
            {
                accepted++;
            }

            if (engine.Fire(inReview, "grant", LicensingProcedure.Head, grantAt).IsAccepted)
            {
                accepted++;
            }
        }

        return accepted;
    }
}
