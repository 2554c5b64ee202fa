using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using Stateless;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// <see cref="ProcedureFireBenchmarks"/> on a real procedure: the built-in administrative licensing
/// definition (10 steps, 19 triggers). The baseline builds a Stateless machine with the whole
/// definition's configuration per call, as a host without a compiled definition would, then fires
/// once; the kernel fires on its once-compiled definition, audit hash included.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BuiltInLicensingFireBenchmarks
{
    private const string Guarded = "Guarded (suspend: Art. 45 cause)";
    private const string Unguarded = "Unguarded (accept)";

    private static readonly ProcedureDefinition Definition = BuiltInProcedures.AdministrativeLicensing;
    private static readonly Actor Clerk = new("赵窗口", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("钱审查", AdministrativeLicensing.Reviewer);
    private static readonly IReadOnlyDictionary<string, string> Cause = new Dictionary<string, string> { ["cause"] = "专家评审" };

    private ProcedureEngine engine = null!;
    private CaseSnapshot inReceipt = null!;
    private CaseSnapshot inReview = null!;
    private Instant acceptAt;
    private Instant suspendAt;

    /// <summary>Starts one case and accepts it, so both transitions fire from a stored snapshot.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var power = new Power
        {
            Code = PowerCode.Parse("62099907ZF-XK-0001"),
            Name = "农村村民宅基地审批",
            Category = PowerCategory.Licensing,
        };
        engine = new ProcedureEngine(ChinaCalendars.Official, new PowerCatalog([power]), [Definition]);
        var received = Instant.FromUtc(2024, 9, 27, 2, 0);
        acceptAt = received.Plus(Duration.FromHours(1));
        suspendAt = received.Plus(Duration.FromDays(5));
        inReceipt = engine.Start("XK-1", power.Code, AdministrativeLicensing.Id, Clerk, received).Snapshot!;
        inReview = engine.Fire(inReceipt, "accept", Clerk, acceptAt).Snapshot
            ?? throw new InvalidOperationException("accept was refused in setup");
        if (!engine.Fire(inReview, "suspend", Reviewer, suspendAt, Cause).IsAccepted || StatelessPerCallGuarded() != "review" || StatelessPerCallUnguarded() != "review")
        {
            throw new InvalidOperationException("Benchmark setup: a variant disagrees with the kernel.");
        }
    }

    /// <summary>The kernel: <c>suspend</c> with an Art. 45 cause (one guard, clock effect, audit hash).</summary>
    /// <returns>The accepted result.</returns>
    [Benchmark]
    [BenchmarkCategory(Guarded)]
    public FireResult FireGuarded() => engine.Fire(inReview, "suspend", Reviewer, suspendAt, Cause);

    /// <summary>Baseline: configure Stateless with the whole definition, then fire <c>suspend</c>.</summary>
    /// <returns>The state reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Guarded)]
    public string StatelessPerCallGuarded()
    {
        var state = inReview.Step;
        var machine = Configure(() => state, s => state = s, Cause);
        machine.Fire("suspend");
        return state;
    }

    /// <summary>The kernel: <c>accept</c> (no guard, audit hash).</summary>
    /// <returns>The accepted result.</returns>
    [Benchmark]
    [BenchmarkCategory(Unguarded)]
    public FireResult FireUnguarded() => engine.Fire(inReceipt, "accept", Clerk, acceptAt);

    /// <summary>Baseline: configure Stateless with the whole definition, then fire <c>accept</c>.</summary>
    /// <returns>The state reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Unguarded)]
    public string StatelessPerCallUnguarded()
    {
        var state = inReceipt.Step;
        var machine = Configure(() => state, s => state = s, Cause);
        machine.Fire("accept");
        return state;
    }

    private StateMachine<string, string> Configure(Func<string> read, Action<string> write, IReadOnlyDictionary<string, string> arguments)
    {
        var machine = new StateMachine<string, string>(read, write);
        var context = new TriggerContext(inReview, arguments, suspendAt, new LocalDate(2024, 10, 2));
        foreach (var step in Definition.Steps)
        {
            var configuration = machine.Configure(step.Id);
            foreach (var trigger in Definition.TriggersFrom(step.Id))
            {
                var guards = trigger.Guards.Select(g => new Tuple<Func<bool>, string>(() => g.Condition(context), g.Description)).ToArray();
                if (trigger.To == step.Id)
                {
                    configuration.PermitReentryIf(trigger.Id, guards);
                }
                else
                {
                    configuration.PermitIf(trigger.Id, trigger.To, guards);
                }
            }
        }

        return machine;
    }
}
