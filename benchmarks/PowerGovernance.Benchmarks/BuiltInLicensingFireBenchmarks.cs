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
/// once; the kernel fires on its once-compiled definition, audit hash included. Every accepted
/// transition applies its clock effects to both clocks (legal and committed).
/// </summary>
/// <remarks>
/// Category <c>Context guard</c> fires <c>extend</c> in review, whose guard reads the case's legal
/// deadline through <see cref="TriggerContext.Deadlines"/> (Art. 42(1): only within the 20-working-day
/// legal limit). The baseline's guards get a context with the calendar and the definition, so its
/// Stateless guard computes the same deadlines.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BuiltInLicensingFireBenchmarks
{
    private const string Guarded = "Guarded (suspend: Art. 45 cause)";
    private const string Unguarded = "Unguarded (accept)";
    private const string ContextGuarded = "Context guard (extend: Deadlines.Legal)";
    private const string ExtendReason = "需专家论证，经负责人批准延长十个工作日";

    private static readonly ProcedureDefinition Definition = BuiltInProcedures.AdministrativeLicensing;
    private static readonly Actor Clerk = new("赵窗口", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("钱审查", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("孙负责", AdministrativeLicensing.Head);
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, string> Cause = new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "2024-10-21" };

    private ProcedureEngine engine = null!;
    private CaseSnapshot inReceipt = null!;
    private CaseSnapshot inReview = null!;
    private Instant acceptAt;
    private Instant suspendAt;
    private Instant extendAt;
    private LocalDate extendDate;

    /// <summary>Starts one case and accepts it, so both transitions fire from a stored snapshot.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var power = new Power
        {
            Code = PowerCode.Parse("62099907ZF-XK-0001"),
            Name = "农村村民宅基地审批",
            Category = PowerCategory.Licensing,
            LegalBases = [new LegalBasis("《中华人民共和国土地管理法》", "第六十二条", LegalBasisRank.Law)],
        };
        engine = new ProcedureEngine(ChinaCalendars.Official, new PowerCatalog([power]), [Definition]);
        var received = Instant.FromUtc(2024, 9, 27, 2, 0);
        acceptAt = received.Plus(Duration.FromHours(1));
        suspendAt = received.Plus(Duration.FromDays(5));
        extendAt = received.Plus(Duration.FromDays(18));
        inReceipt = engine.Start("XK-1", power.Code, AdministrativeLicensing.Id, Clerk, received).Snapshot!;
        inReview = engine.Fire(inReceipt, "accept", Clerk, acceptAt).Snapshot
            ?? throw new InvalidOperationException("accept was refused in setup");
        extendDate = extendAt.InZone(engine.Zone).Date;
        var suspended = engine.Fire(inReview, "suspend", Reviewer, suspendAt, Cause);
        if (!suspended.IsAccepted || StatelessPerCallGuarded() != "review" || StatelessPerCallUnguarded() != "review")
        {
            throw new InvalidOperationException("Benchmark setup: a variant disagrees with the kernel: " + suspended.Message);
        }

        // The extend guard holds on the day fired (within the legal limit) and fails after it, in the kernel and the baseline.
        var lateExtend = received.Plus(Duration.FromDays(60));
        if (!FireContextGuarded().IsAccepted || engine.Fire(inReview, "extend", Head, lateExtend, reason: ExtendReason).Rejection != RejectionKind.GuardFailed
            || StatelessPerCallContextGuarded() != "review"
            || Configure(() => "review", _ => { }, new TriggerContext(inReview, NoArguments, lateExtend, lateExtend.InZone(engine.Zone).Date, engine.Calendar, Definition)).CanFire("extend"))
        {
            throw new InvalidOperationException("Benchmark setup: the extend guard does not decide as expected.");
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
        var machine = Configure(() => state, s => state = s, new TriggerContext(inReview, Cause, suspendAt, new LocalDate(2024, 10, 2)));
        machine.Fire("suspend");
        return state;
    }

    /// <summary>The kernel: <c>extend</c> in review (a reason, a guard reading <see cref="TriggerContext.Deadlines"/>, the extension on both clocks, audit hash).</summary>
    /// <returns>The accepted result.</returns>
    [Benchmark]
    [BenchmarkCategory(ContextGuarded)]
    public FireResult FireContextGuarded() => engine.Fire(inReview, "extend", Head, extendAt, reason: ExtendReason);

    /// <summary>Baseline: configure Stateless with the whole definition (guards over a context with calendar and definition), then fire <c>extend</c>.</summary>
    /// <returns>The state reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(ContextGuarded)]
    public string StatelessPerCallContextGuarded()
    {
        var state = inReview.Step;
        var context = new TriggerContext(inReview, NoArguments, extendAt, extendDate, engine.Calendar, Definition);
        var machine = Configure(() => state, s => state = s, context);
        machine.Fire("extend");
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
        var machine = Configure(() => state, s => state = s, new TriggerContext(inReview, Cause, suspendAt, new LocalDate(2024, 10, 2)));
        machine.Fire("accept");
        return state;
    }

    private static StateMachine<string, string> Configure(Func<string> read, Action<string> write, TriggerContext context)
    {
        var machine = new StateMachine<string, string>(read, write);
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
