using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;
using CaseWalk = PowerGovernance.Testing.CaseWalk;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// Laws of the engine on every built-in procedure, for random case walks from the Testing package
/// (<see cref="CaseArbitraries.WalksOnEveryProcedure"/>): the definition's triggers (biased toward those
/// leaving the current step) and unknown ones, actors among the definition's posts (and an outsider), random
/// arguments (including the built-ins' own argument values) and reasons, non-decreasing instants in 2024.
/// </summary>
[Properties(Arbitrary = [typeof(EngineProperties)], MaxTest = 150)]
public class EngineProperties
{
    private static readonly ProcedureEngine Engine = BuiltInFixture.Engine;

    private static readonly CaseWalkOptions Options = new()
    {
        Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
        ArgumentValues = new Dictionary<string, IReadOnlyList<string>>
        {
            ["cause"] = ["专家评审", "检验", "鉴定", "征求第三方意见", "征求其他机关意见", "听证", "领导出差", "随便"],
            ["source"] = ["CitizenComplaint", "随便"],
            ["tier"] = ["Serious", "Light", "随便"],
            ["sanctions"] = ["admonition", "随便"],
            ["missing"] = ["身份证复印件"],
            ["items"] = ["身份证复印件"],
            ["until"] = ["2024-12-31", "2024-01-01", "不是日期"],
        },
    };

    /// <summary>Random case walks on the built-in procedures, shrinking toward fewer triggers.</summary>
    public static Arbitrary<CaseWalk> Walks() => CaseArbitraries.WalksOnEveryProcedure(Engine, Options);

    [Property]
    public bool A_rejection_never_changes_the_snapshot_and_CanFire_agrees_with_Fire(CaseWalk walk) =>
        walk.Attempts.All(f =>
            Engine.CanFire(f.Before, f.Trigger, f.Actor, f.At, f.Arguments, f.Reason) == f.Result.IsAccepted
            && (f.Result.IsAccepted
                ? f.Result.Events.Count == 1 && f.Result.Snapshot!.Version == f.Before.Version + 1
                : ReferenceEquals(f.Result.Snapshot, f.Before) && f.Result.Events.Count == 0 && f.Result.Rejection != RejectionKind.None));

    [Property]
    public bool Replaying_the_accepted_events_rebuilds_the_same_snapshot_and_the_stored_case_verifies(CaseWalk walk) =>
        Engine.Replay(walk.Events, walk.Certificates).Equals(walk.Final)
        && Engine.Verify(walk.Final, walk.Events, walk.Certificates).IsAccepted;

    [Property]
    public bool The_audit_chain_verifies_and_any_single_mutation_breaks_it(CaseWalk walk, NonNegativeInt mutation)
    {
        var events = walk.Events;
        var head = walk.Final.AuditHead;
        if (!AuditChain.Verify(events, head).IsValid || head != events[^1].Hash)
        {
            return false;
        }

        var pick = mutation.Get;
        var target = pick % events.Count;
        var mutated = Mutations(events[target]).Select(m => Replace(events, target, m));
        var dropped = Without(events, pick / 7 % events.Count);
        var duplicated = Duplicate(events, pick / 11 % events.Count);
        var broken = mutated.Append(dropped).Append(duplicated);
        if (events.Count > 1)
        {
            var i = pick / 13 % events.Count;
            var j = (i + 1 + (pick / 17 % (events.Count - 1))) % events.Count;
            broken = broken.Append(Swap(events, i, j));
        }

        return broken.All(b => !AuditChain.Verify(b, head).IsValid);
    }

    [Property]
    public bool No_case_reaches_a_step_its_definition_cannot_reach(CaseWalk walk)
    {
        var reachable = Reachable(walk.Definition);
        return walk.Events.All(e => reachable.Contains(e.To))
            && walk.Attempts.Where(f => f.Result.IsAccepted).All(f => reachable.Contains(f.Result.Snapshot!.Step));
    }

    private static HashSet<string> Reachable(ProcedureDefinition definition)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { definition.InitialStep };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var step))
        {
            foreach (var t in definition.Triggers.Where(t => t.From == step))
            {
                if (reached.Add(t.To))
                {
                    queue.Enqueue(t.To);
                }
            }
        }

        return reached;
    }

    private static IEnumerable<CaseEvent> Mutations(CaseEvent e)
    {
        yield return e with { CaseId = e.CaseId + "x" };
        yield return e with { Sequence = e.Sequence + 1 };
        yield return e with { Trigger = e.Trigger + "x" };
        yield return e with { From = e.From + "x" };
        yield return e with { To = e.To + "x" };
        yield return e with { Actor = e.Actor + "x" };
        yield return e with { Post = e.Post + "x" };
        yield return e with { At = e.At.Plus(Duration.FromSeconds(1)) };
        yield return e with { Reason = e.Reason is null ? string.Empty : null };
        yield return e with { Arguments = e.Arguments.Count == 0 ? [new("note", "x")] : [new(e.Arguments[0].Key, e.Arguments[0].Value + "x"), .. e.Arguments.Skip(1)] };
        yield return e with { PreviousHash = Flip(e.PreviousHash) };
        yield return e with { Hash = Flip(e.Hash) };
    }

    private static string Flip(string hash) => (hash[0] == '0' ? "1" : "0") + hash[1..];

    private static CaseEvent[] Replace(IReadOnlyList<CaseEvent> events, int index, CaseEvent e)
    {
        var copy = events.ToArray();
        copy[index] = e;
        return copy;
    }

    private static CaseEvent[] Without(IReadOnlyList<CaseEvent> events, int index) => events.Where((_, i) => i != index).ToArray();

    private static CaseEvent[] Duplicate(IReadOnlyList<CaseEvent> events, int index) =>
        events.Take(index + 1).Append(events[index]).Concat(events.Skip(index + 1)).ToArray();

    private static CaseEvent[] Swap(IReadOnlyList<CaseEvent> events, int i, int j)
    {
        var copy = events.ToArray();
        (copy[i], copy[j]) = (copy[j], copy[i]);
        return copy;
    }
}
