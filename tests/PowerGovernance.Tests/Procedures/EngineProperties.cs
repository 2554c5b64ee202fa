using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// Laws of the engine on every built-in procedure, for random trigger sequences: random trigger ids (the
/// definition's, biased toward those leaving the current step, plus unknown ones), random actors among the
/// definition's posts (and an outsider), random arguments and reasons, non-decreasing instants in 2024.
/// </summary>
[Properties(Arbitrary = [typeof(EngineProperties)], MaxTest = 150)]
public class EngineProperties
{
    private static readonly ProcedureEngine Engine = BuiltInFixture.Engine;
    private static readonly IReadOnlyList<ProcedureDefinition> Definitions = BuiltInFixture.Definitions;
    private static readonly Dictionary<string, PowerCode> Powers = new()
    {
        [AdministrativeLicensing.Id] = BuiltInPowers.Licensing.Code,
        [MinimumLivingAllowance.Id] = BuiltInPowers.LivingAllowance.Code,
        [GovernmentInformationRequest.Id] = BuiltInPowers.InformationRequest.Code,
        [DecisionDisclosure.Id] = BuiltInPowers.DecisionDisclosure.Code,
        [Petition.Id] = BuiltInPowers.Petition.Code,
        [AccountabilityProcedure.Id] = BuiltInPowers.Accountability.Code,
        [TimeLimitedCompletion.Id] = BuiltInPowers.TimeLimitedCompletion.Code,
    };

    private static readonly string[] UnknownTriggers = ["fly", "start", "GRANT", "approve "];
    private static readonly string[] ArgumentNames = ["cause", "missing", "transcript", "opinion", "items", "channel", "opinionSummary", "to", "note", "subject", "matter", "source", "person", "tier", "sanctions", "lateExplanation"];
    private static readonly string[] Causes = ["专家评审", "检验", "鉴定", "征求第三方意见", "征求其他机关意见", "听证", "领导出差", " ", "随便", "CitizenComplaint", "Serious", "admonition"];
    private static readonly Instant Earliest = BuiltInFixture.At(2024, 1, 1, 0);
    private static readonly Instant Latest = BuiltInFixture.At(2024, 12, 31, 23);

    /// <summary>Random walks, shrinking toward fewer moves.</summary>
    public static Arbitrary<Walk> Walks()
    {
        var move =
            from trigger in Gen.Choose(0, 19_999)
            from actor in Gen.Choose(0, 9_999)
            from arguments in Gen.Choose(0, 1 << 20)
            from reason in Gen.Choose(0, 99)
            from minutes in Gen.Frequency((3, Gen.Choose(0, 60 * 24 * 4)), (1, Gen.Constant(0)))
            select new Move(trigger, actor, arguments, reason, minutes);
        var walk =
            from procedure in Gen.Choose(0, Definitions.Count - 1)
            from startMinutes in Gen.Choose(0, 60 * 24 * 200)
            from moves in Gen.ListOf(move)
            from mutation in Gen.Choose(0, 1 << 24)
            select new Walk(procedure, startMinutes, moves.ToArray(), mutation);
        return Arb.From(walk, Shrink);
    }

    [Property]
    public bool A_rejection_never_changes_the_snapshot_and_CanFire_agrees_with_Fire(Walk walk)
    {
        var trace = Run(walk);
        return trace.Fires.All(f =>
            Engine.CanFire(f.Before, f.Trigger, f.Actor, f.At, f.Arguments, f.Reason) == f.Result.IsAccepted
            && (f.Result.IsAccepted
                ? f.Result.Events.Count == 1 && f.Result.Snapshot!.Version == f.Before.Version + 1
                : ReferenceEquals(f.Result.Snapshot, f.Before) && f.Result.Events.Count == 0 && f.Result.Rejection is not null));
    }

    [Property]
    public bool Replaying_the_accepted_events_rebuilds_the_same_snapshot(Walk walk)
    {
        var trace = Run(walk);
        return Engine.Replay(trace.Definition.Id, trace.Final.PowerCode, trace.Events).Equals(trace.Final);
    }

    [Property]
    public bool The_audit_chain_verifies_and_any_single_mutation_breaks_it(Walk walk)
    {
        var trace = Run(walk);
        var events = trace.Events;
        var head = trace.Final.AuditHead;
        if (!AuditChain.Verify(events, head).IsValid || head != events[^1].Hash)
        {
            return false;
        }

        var pick = walk.Mutation;
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
    public bool No_case_reaches_a_step_its_definition_cannot_reach(Walk walk)
    {
        var trace = Run(walk);
        var reachable = Reachable(trace.Definition);
        return trace.Events.All(e => reachable.Contains(e.To))
            && trace.Fires.Where(f => f.Result.IsAccepted).All(f => reachable.Contains(f.Result.Snapshot!.Step));
    }

    private static Trace Run(Walk walk)
    {
        var definition = Definitions[walk.Procedure % Definitions.Count];
        var posts = definition.Steps.Select(s => s.Post).Concat(definition.Triggers.SelectMany(t => t.AllowedPosts)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var triggerIds = definition.Triggers.Select(t => t.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        definition.TryGetStep(definition.InitialStep, out var initial);
        var at = Earliest.Plus(Duration.FromMinutes(walk.StartMinutes));
        var start = Engine.Start("case-" + walk.Procedure, Powers[definition.Id], definition.Id, new Actor("收件人", initial!.Post), at);
        var snapshot = start.Snapshot!;
        var events = new List<CaseEvent>(start.Events);
        var fires = new List<Fired>();
        foreach (var move in walk.Moves)
        {
            var leaving = definition.TriggersFrom(snapshot.Step).ToArray();
            var onward = leaving.Where(t => definition.TryGetStep(t.To, out var to) && !to.IsTerminal).ToArray();
            var pick = move.Trigger / 20;
            var trigger = (move.Trigger % 20) switch
            {
                0 => UnknownTriggers[pick % UnknownTriggers.Length],
                < 4 => triggerIds[pick % triggerIds.Length],
                4 when leaving.Length > 0 => leaving[pick % leaving.Length].Id,
                _ when onward.Length > 0 => onward[pick % onward.Length].Id,
                _ when leaving.Length > 0 => leaving[pick % leaving.Length].Id,
                _ => triggerIds[pick % triggerIds.Length],
            };
            var allowed = leaving.FirstOrDefault(t => t.Id == trigger)?.AllowedPosts;
            var actor = (move.Actor % 8) switch
            {
                0 => new Actor("路人", "无关岗位"),
                1 => new Actor("甲", posts[move.Actor / 8 % posts.Length], posts[move.Actor / 64 % posts.Length]),
                _ when allowed is not null => new Actor("乙", allowed[move.Actor / 8 % allowed.Count]),
                _ => new Actor("丙", posts[move.Actor / 8 % posts.Length]),
            };
            var arguments = Arguments(move.Arguments);
            var reason = (move.Reason % 4) switch
            {
                0 => null,
                1 => " ",
                _ => "书面理由" + move.Reason,
            };
            at = Min(at.Plus(Duration.FromMinutes(move.Minutes)), Latest);
            var result = Engine.Fire(snapshot, trigger, actor, at, arguments, reason);
            fires.Add(new Fired(snapshot, trigger, actor, at, arguments, reason, result));
            if (result.IsAccepted)
            {
                snapshot = result.Snapshot!;
                events.AddRange(result.Events);
            }
        }

        return new Trace(definition, snapshot, events, fires);
    }

    private static Dictionary<string, string> Arguments(int pick)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (pick % 4)
        {
            case 0:
                break;
            case 1:
                for (var i = 0; i < ArgumentNames.Length; i++)
                {
                    if ((pick >> (2 + i) & 1) == 1)
                    {
                        arguments[ArgumentNames[i]] = Causes[(pick >> 11) % Causes.Length];
                    }
                }

                break;
            default:
                foreach (var name in ArgumentNames)
                {
                    arguments[name] = name == "cause" ? Causes[(pick / 4) % Causes.Length] : "内容" + (pick % 97);
                }

                break;
        }

        return arguments;
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

    private static CaseEvent[] Replace(List<CaseEvent> events, int index, CaseEvent e)
    {
        var copy = events.ToArray();
        copy[index] = e;
        return copy;
    }

    private static CaseEvent[] Without(List<CaseEvent> events, int index) => events.Where((_, i) => i != index).ToArray();

    private static CaseEvent[] Duplicate(List<CaseEvent> events, int index) =>
        events.Take(index + 1).Append(events[index]).Concat(events.Skip(index + 1)).ToArray();

    private static CaseEvent[] Swap(List<CaseEvent> events, int i, int j)
    {
        var copy = events.ToArray();
        (copy[i], copy[j]) = (copy[j], copy[i]);
        return copy;
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static IEnumerable<Walk> Shrink(Walk walk)
    {
        var moves = walk.Moves;
        if (moves.Count == 0)
        {
            yield break;
        }

        yield return walk with { Moves = [] };
        if (moves.Count > 1)
        {
            yield return walk with { Moves = moves.Take(moves.Count / 2).ToArray() };
        }

        yield return walk with { Moves = moves.Take(moves.Count - 1).ToArray() };
    }

    /// <summary>One random move: integers the run turns into a trigger, an actor, arguments, a reason and a time step.</summary>
    public sealed record Move(int Trigger, int Actor, int Arguments, int Reason, int Minutes);

    /// <summary>A random walk on one built-in procedure, plus a seed for the audit-chain mutations.</summary>
    public sealed record Walk(int Procedure, int StartMinutes, IReadOnlyList<Move> Moves, int Mutation)
    {
        /// <summary>Lists the moves, so a counterexample reads in full.</summary>
        public override string ToString() =>
            $"Walk {{ Procedure = {Definitions[Procedure % Definitions.Count].Id}, StartMinutes = {StartMinutes}, Mutation = {Mutation}, Moves = [{string.Join(", ", Moves)}] }}";
    }

    private sealed record Fired(CaseSnapshot Before, string Trigger, Actor Actor, Instant At, Dictionary<string, string> Arguments, string? Reason, FireResult Result);

    private sealed record Trace(ProcedureDefinition Definition, CaseSnapshot Final, List<CaseEvent> Events, List<Fired> Fires);
}
