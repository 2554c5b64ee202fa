using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// Walks one case through a civil-affairs built-in on <see cref="CivilAffairsFixture.Engine"/> (as <see cref="CaseWalk"/>
/// does on the shared engine): every accepted transition's snapshot and events are kept, every refused one is checked to
/// change nothing.
/// </summary>
internal sealed class CivilAffairsWalk
{
    private readonly List<CaseEvent> events = [];

    private CivilAffairsWalk(ProcedureDefinition definition, CaseSnapshot snapshot, IEnumerable<CaseEvent> first)
    {
        Definition = definition;
        Snapshot = snapshot;
        events.AddRange(first);
    }

    public ProcedureDefinition Definition { get; }

    public CaseSnapshot Snapshot { get; private set; }

    public static CivilAffairsWalk Start(ProcedureDefinition definition, Power power, Actor receiver, Instant at)
    {
        var result = CivilAffairsFixture.Engine.Start("case-1", power.Code, definition.Id, receiver, at);
        Assert.True(result.IsAccepted, result.Message);
        return new CivilAffairsWalk(definition, result.Snapshot!, result.Events);
    }

    /// <summary>Fires a trigger that must be accepted.</summary>
    public CivilAffairsWalk Fire(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = CivilAffairsFixture.Engine.Fire(Snapshot, trigger, actor, at, arguments, reason, Snapshot.Version);
        Assert.True(result.IsAccepted, result.Message);
        Snapshot = result.Snapshot!;
        events.AddRange(result.Events);
        return this;
    }

    /// <summary>Fires a trigger that must be refused, checks that nothing changed, and returns the refusal.</summary>
    public FireResult Refuse(string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        var result = CivilAffairsFixture.Engine.Fire(Snapshot, trigger, actor, at, arguments, reason);
        Assert.False(result.IsAccepted, $"'{trigger}' was accepted from '{Snapshot.Step}'.");
        Assert.Same(Snapshot, result.Snapshot);
        Assert.Empty(result.Events);
        return result;
    }

    public DeadlineStatus CaseAt(Instant now) => CivilAffairsFixture.Supervisor.CaseStatus(Snapshot, Definition, now);

    public DeadlineStatus StepAt(Instant now) => CivilAffairsFixture.Supervisor.StepStatus(Snapshot, Definition, now);

    public DeadlineStatus LegalAt(Instant now) => CivilAffairsFixture.Supervisor.LegalStatus(Snapshot, Definition, now);

    public CaseDeadlines DeadlinesAt(Instant now) => CivilAffairsFixture.Supervisor.Deadlines(Snapshot, Definition, now);

    /// <summary>The audit chain verifies against the snapshot's head and replays to the same snapshot.</summary>
    public void AssertAuditedAndReplayable()
    {
        Assert.True(AuditChain.Verify(events, Snapshot.AuditHead).IsValid);
        Assert.Equal(Snapshot, CivilAffairsFixture.Engine.Replay(Definition.Id, Snapshot.PowerCode, events));
    }
}
