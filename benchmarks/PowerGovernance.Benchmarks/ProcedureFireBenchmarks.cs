using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PowerGovernance.Procedures;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// One accepted transition, side by side: the kernel (<see cref="ProcedureEngine.Fire"/> from a prebuilt
/// snapshot, all checks, the clock, the SHA-256 audit hash, the new snapshot and event) against the naive
/// design it replaces, a Stateless <c>StateMachine&lt;string, string&gt;</c> constructed and configured per
/// call (external state) and fired once. Category <c>Guarded</c> fires <c>accept</c> (receive → review,
/// guard <c>材料齐全</c>); category <c>Unguarded</c> fires <c>grant</c> (review → granted). In each
/// category the Stateless machine is the baseline, so the Ratio column is the kernel's speedup.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProcedureFireBenchmarks
{
    private const string GuardedCategory = "Guarded";
    private const string UnguardedCategory = "Unguarded";

    private static readonly LocalDate Received = new(2024, 9, 27);

    private ProcedureEngine engine = null!;
    private CaseSnapshot inReceipt = null!;
    private CaseSnapshot inReview = null!;
    private IReadOnlyDictionary<string, string> arguments = null!;
    private Instant acceptAt;
    private Instant grantAt;

    /// <summary>Builds the engine and the two snapshots through it, then checks that every row gives the expected step.</summary>
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

        LicensingProcedure.Expect(FireGuarded(), "review", "FireGuarded");
        LicensingProcedure.Expect(FireUnguarded(), "granted", "FireUnguarded");
        Check(StatelessPerCallGuarded() == "review", "StatelessPerCallGuarded");
        Check(StatelessPerCallUnguarded() == "granted", "StatelessPerCallUnguarded");
        Check(!engine.Fire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt).IsAccepted, "the accept guard without arguments");
    }

    /// <summary>The kernel, guarded trigger: <c>accept</c> from receipt; the step and trigger looked up in the table compiled from Stateless, the guard called by the engine.</summary>
    /// <returns>The accepted result (new snapshot and event).</returns>
    [Benchmark]
    [BenchmarkCategory(GuardedCategory)]
    public FireResult FireGuarded() => engine.Fire(inReceipt, "accept", LicensingProcedure.Clerk, acceptAt, arguments);

    /// <summary>Baseline: a Stateless machine constructed and configured for this call, then fired with <c>accept</c>.</summary>
    /// <returns>The state reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(GuardedCategory)]
    public string StatelessPerCallGuarded()
    {
        var state = inReceipt.Step;
        var args = arguments;
        var machine = LicensingProcedure.ConfigureStateless(() => state, s => state = s, () => LicensingProcedure.MaterialsAreComplete(args));
        machine.Fire("accept");
        return state;
    }

    /// <summary>The kernel, unguarded trigger: <c>grant</c> from review into a terminal step (closes the case).</summary>
    /// <returns>The accepted result (new snapshot and event).</returns>
    [Benchmark]
    [BenchmarkCategory(UnguardedCategory)]
    public FireResult FireUnguarded() => engine.Fire(inReview, "grant", LicensingProcedure.Head, grantAt);

    /// <summary>Baseline: a Stateless machine constructed and configured for this call, then fired with <c>grant</c>.</summary>
    /// <returns>The state reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(UnguardedCategory)]
    public string StatelessPerCallUnguarded()
    {
        var state = inReview.Step;
        var args = arguments;
        var machine = LicensingProcedure.ConfigureStateless(() => state, s => state = s, () => LicensingProcedure.MaterialsAreComplete(args));
        machine.Fire("grant");
        return state;
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Benchmark setup: {0} did not give the expected result.", what));
        }
    }
}
