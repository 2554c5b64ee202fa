using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;
using CaseWalk = PowerGovernance.Testing.CaseWalk;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// The attack suite's engine fuzzing (issue 14): random case walks on every built-in procedure, then a forged snapshot (one
/// member of the stored row changed) or a forged history (one event changed and every link after it re-hashed, as an insider
/// with database access would). A forgery is refused with a typed result or <see cref="InvalidOperationException"/>, never
/// accepted, and never escapes as another exception.
/// </summary>
[Properties(Arbitrary = [typeof(EngineFuzzProperties)], MaxTest = 100)]
public class EngineFuzzProperties
{
    private static readonly ProcedureEngine Engine = BuiltInFixture.Engine;

    private static readonly CaseWalkOptions Options = new()
    {
        Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
    };

    /// <summary>Random case walks on the built-in procedures.</summary>
    public static Arbitrary<CaseWalk> Walks() => CaseArbitraries.WalksOnEveryProcedure(Engine, Options);

    [Property]
    public bool A_stored_snapshot_with_any_one_member_changed_is_never_fired_on(CaseWalk walk, NonNegativeInt pick)
    {
        var stored = CaseJson.DeserializeSnapshot(CaseJson.Serialize(walk.Final));
        var forged = Forge(walk.Definition, stored, pick.Get);
        if (forged == stored)
        {
            return true; // the mutation happened to change nothing
        }

        var at = walk.Final.LastEventAt.Plus(Duration.FromHours(1));
        var findings = Engine.CheckSnapshot(forged);
        return findings.Count > 0
            && walk.Definition.Triggers.All(t => Engine.Fire(forged, t.Id, Anyone(t), at).Rejection == RejectionKind.SnapshotUntrusted)
            && !Engine.Verify(forged, walk.Events, walk.Certificates).IsAccepted;
    }

    [Property]
    public bool A_history_with_an_event_moved_to_another_step_or_post_and_rehashed_never_replays(CaseWalk walk, NonNegativeInt pick)
    {
        if (walk.Events.Count < 2)
        {
            return true;
        }

        // A changed step must be the last event's (the next event starts where it ended), so the links still verify.
        var how = pick.Get / 7 % 3;
        var index = how == 0 ? walk.Events.Count - 1 : 1 + (pick.Get % (walk.Events.Count - 1));
        var e = walk.Events[index];
        var steps = walk.Definition.Steps.Select(s => s.Id).Where(s => s != e.To).ToArray();
        var changed = how switch
        {
            0 => e with { To = steps[pick.Get / 21 % steps.Length] },
            1 => e with { Post = e.Post + "（冒用）" },
            _ => e with { Trigger = e.Trigger + "-forged" },
        };
        var forged = Rehash(walk.Events, index, changed);
        return AuditChain.Verify(forged).IsValid
            && Throws(() => Engine.Replay(forged, walk.Certificates))
            && !Engine.Verify(walk.Final, forged, walk.Certificates).IsAccepted;
    }

    [Property]
    public bool Garbage_events_are_refused_with_InvalidOperationException_only(NonEmptyString caseId, NonEmptyString trigger, NonEmptyString text, int sequence)
    {
        var garbage = new CaseEvent(caseId.Get, sequence, trigger.Get, text.Get, text.Get, text.Get, text.Get, Instant.FromUnixTimeTicks(sequence), text.Get, [new(text.Get, text.Get)], AuditChain.GenesisHash, string.Empty);
        var linked = garbage with { Hash = AuditChain.ComputeHash(garbage) };
        return Throws(() => Engine.Replay([linked]))
            && Throws(() => Engine.Replay([linked with { Trigger = ProcedureEngine.StartTrigger, Sequence = 1 }]))
            && Throws(() => Engine.Replay([]));
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static Actor Anyone(TriggerDefinition trigger) => new("甲", [.. trigger.AllowedPosts]);

    private static CaseEvent[] Rehash(IReadOnlyList<CaseEvent> events, int index, CaseEvent changed)
    {
        var copy = events.ToArray();
        copy[index] = changed;
        for (var i = index; i < copy.Length; i++)
        {
            var linked = copy[i] with { PreviousHash = i == 0 ? AuditChain.GenesisHash : copy[i - 1].Hash };
            copy[i] = linked with { Hash = AuditChain.ComputeHash(linked) };
        }

        return copy;
    }

    private static CaseSnapshot Forge(ProcedureDefinition definition, CaseSnapshot s, int pick)
    {
        var steps = definition.Steps.Select(x => x.Id).ToArray();
        var k = 1 + (pick / 11 % 40);
        return (pick % 12) switch
        {
            0 => s with { Step = steps[pick / 11 % steps.Length] },
            1 => s with { Version = s.Version + k },
            2 => s with { Version = -k },
            3 => s with { CommittedClock = s.CommittedClock with { SuspendedDays = s.CommittedClock.SuspendedDays + k } },
            4 => s with { LegalClock = s.LegalClock with { Extension = s.LegalClock.Extension is null ? PowerGovernance.Calendars.TimeLimit.WorkingDays(k) : null } },
            5 => s with { Received = s.Received.PlusDays(k) },
            6 => s with { PowerCode = new PowerCode(s.PowerCode.Value + "9") },
            7 => s with { Outcome = s.Outcome is null ? CaseOutcome.Granted : null },
            8 => s with { AuditHead = new string('a', 64) },
            9 => s with { LastEventAt = s.LastEventAt.Plus(Duration.FromMinutes(k)) },
            10 => s with { Seal = s.Seal[..^1] + (s.Seal[^1] == '0' ? "1" : "0") },
            _ => s with { StepEntered = s.StepEntered.PlusDays(-k) },
        };
    }
}
