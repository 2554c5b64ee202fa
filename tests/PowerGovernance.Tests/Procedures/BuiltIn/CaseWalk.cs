using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// Walks one case through a built-in procedure: every accepted transition's snapshot and events are kept,
/// every refused one is checked to change nothing.
/// </summary>
internal sealed class CaseWalk
{
    private readonly List<CaseEvent> events = [];
    private readonly ProcedureEngine engine;

    private CaseWalk(ProcedureEngine engine, ProcedureDefinition definition, CaseSnapshot snapshot, IEnumerable<CaseEvent> first)
    {
        this.engine = engine;
        Definition = definition;
        Snapshot = snapshot;
        events.AddRange(first);
    }

    public ProcedureDefinition Definition { get; }

    public CaseSnapshot Snapshot { get; private set; }

    public IReadOnlyList<CaseEvent> Events => events;

    /// <summary>Starts a case on <paramref name="on"/> (default: the shared engine of every built-in and its powers).</summary>
    public static CaseWalk Start(ProcedureDefinition definition, Power power, Actor receiver, Instant at, string caseId = "case-1", ProcedureEngine? on = null)
    {
        var engine = on ?? BuiltInFixture.Engine;
        var result = engine.Start(caseId, power.Code, definition.Id, receiver, at);
        Assert.True(result.IsAccepted, result.Message);
        return new CaseWalk(engine, definition, result.Snapshot!, result.Events);
    }

    /// <summary>Fires a trigger that must be accepted.</summary>
    public CaseWalk Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = engine.Fire(Snapshot, trigger, actor, at, arguments, reason, Snapshot.Version);
        Assert.True(result.IsAccepted, result.Message);
        Snapshot = result.Snapshot!;
        events.AddRange(result.Events);
        return this;
    }

    /// <summary>Fires a trigger that must be refused, checks that nothing changed, and returns the refusal.</summary>
    public FireResult Refuse(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = engine.Fire(Snapshot, trigger, actor, at, arguments, reason);
        Assert.False(result.IsAccepted, $"'{trigger}' was accepted from '{Snapshot.Step}'.");
        Assert.Same(Snapshot, result.Snapshot);
        Assert.Empty(result.Events);
        return result;
    }

    public DeadlineStatus CaseAt(Instant now) => BuiltInFixture.Supervisor.CaseStatus(Snapshot, Definition, now);

    public DeadlineStatus StepAt(Instant now) => BuiltInFixture.Supervisor.StepStatus(Snapshot, Definition, now);

    /// <summary>Reads the case's legal clock at <paramref name="now"/>.</summary>
    public DeadlineStatus LegalAt(Instant now) => BuiltInFixture.Supervisor.LegalStatus(Snapshot, Definition, now);

    /// <summary>Reads both clocks of the case and of its step at <paramref name="now"/>.</summary>
    public CaseDeadlines DeadlinesAt(Instant now) => BuiltInFixture.Supervisor.Deadlines(Snapshot, Definition, now);

    /// <summary>The audit chain verifies against the snapshot's head and replays to the same snapshot.</summary>
    public void AssertAuditedAndReplayable()
    {
        Assert.True(AuditChain.Verify(events, Snapshot.AuditHead).IsValid);
        Assert.Equal(Snapshot, engine.Replay(Definition.Id, Snapshot.PowerCode, events));
    }
}
