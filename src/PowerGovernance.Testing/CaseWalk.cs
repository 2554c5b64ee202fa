using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Internal;

namespace PowerGovernance.Testing;

/// <summary>
/// One generated case (<see cref="CaseGenerators"/>): a case started on an engine and a random sequence
/// of triggers fired at it, with what the engine made of each — the accepted events, the final snapshot
/// and the rejections.
/// </summary>
public sealed class CaseWalk
{
    internal CaseWalk(ProcedureDefinition definition, StartResult start, IReadOnlyList<TriggerAttempt> attempts, CaseWalkScript script)
    {
        Definition = definition;
        Start = start;
        Attempts = attempts;
        Script = script;
        var events = new List<CaseEvent>(start.Events);
        events.AddRange(attempts.Where(a => a.Result.IsAccepted).SelectMany(a => a.Result.Events));
        Events = events;
        Final = attempts.LastOrDefault(a => a.Result.IsAccepted)?.Result.Snapshot ?? start.Snapshot!;
        Rejections = attempts.Where(a => !a.Result.IsAccepted).ToArray();
        Certificates = new EnforcementCertificateRegistry(attempts
            .Where(a => a.Result.IsAccepted && a.Actor.Certificate is not null)
            .Select(a => a.Actor.Certificate!)
            .DistinctBy(c => c.Number, StringComparer.Ordinal));
    }

    /// <summary>
    /// Gets the enforcement certificates the walk's accepted enforcement acts used, as the host would have registered them:
    /// replay and verify the walk's events against it (<see cref="ProcedureEngine.Replay(IReadOnlyList{CaseEvent}, EnforcementCertificateRegistry)"/>).
    /// </summary>
    public EnforcementCertificateRegistry Certificates { get; }

    /// <summary>Gets the procedure the case follows.</summary>
    public ProcedureDefinition Definition { get; }

    /// <summary>Gets the power exercised.</summary>
    public PowerCode PowerCode => Final.PowerCode;

    /// <summary>Gets the accepted start of the case (<see cref="ProcedureEngine.Start"/>).</summary>
    public StartResult Start { get; }

    /// <summary>Gets every trigger fired after the start, accepted or rejected, in order.</summary>
    public IReadOnlyList<TriggerAttempt> Attempts { get; }

    /// <summary>Gets the accepted events in order, starting with the start event: what a host would store.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Gets the snapshot after the last accepted trigger.</summary>
    public CaseSnapshot Final { get; }

    /// <summary>Gets the rejected attempts, in order.</summary>
    public IReadOnlyList<TriggerAttempt> Rejections { get; }

    /// <summary>Gets the random choices the walk was made from, for shrinking.</summary>
    internal CaseWalkScript Script { get; }

    /// <summary>Lists the procedure and every attempt, so a counterexample reads in full.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var lines = Attempts.Select(a => string.Create(
            CultureInfo.InvariantCulture,
            $"  {a.Before.Step} --{a.Trigger}--> by {a.Actor}{(a.Actor.Certificate is null ? string.Empty : " [certified]")} at {a.At}{(a.Reason is null ? string.Empty : " reason '" + a.Reason + "'")}{(a.Arguments.Count == 0 ? string.Empty : " " + string.Join(",", a.Arguments.Select(p => p.Key + "=" + p.Value)))}: {(a.Result.IsAccepted ? "accepted, now " + a.Result.Snapshot!.Step : "rejected (" + a.Result.Rejection + ")")}"));
        return string.Create(CultureInfo.InvariantCulture, $"CaseWalk {Definition} power {PowerCode}, started {Start.Snapshot!.LastEventAt} in {Start.Snapshot.Step}, {Attempts.Count} attempt(s):")
            + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}

/// <summary>One trigger fired during a <see cref="CaseWalk"/>: the case before, what was fired by whom and when, and the engine's answer.</summary>
/// <param name="Before">The snapshot the trigger was fired at.</param>
/// <param name="Trigger">The trigger id (possibly unknown to the definition).</param>
/// <param name="Actor">Who fired it.</param>
/// <param name="At">When.</param>
/// <param name="Arguments">The arguments given.</param>
/// <param name="Reason">The reason given, or <see langword="null"/>.</param>
/// <param name="Result">What <see cref="ProcedureEngine.Fire(CaseSnapshot, string, Actor, Instant, System.Collections.Generic.IReadOnlyDictionary{string, string}?, string?, long?)"/> returned.</param>
public sealed record TriggerAttempt(
    CaseSnapshot Before,
    string Trigger,
    Actor Actor,
    Instant At,
    IReadOnlyDictionary<string, string> Arguments,
    string? Reason,
    FireResult Result)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="Arguments"/> as a set of pairs (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(TriggerAttempt? other) =>
        other is not null
        && Equals(Before, other.Before)
        && Trigger == other.Trigger
        && Equals(Actor, other.Actor)
        && At == other.At
        && ValueEquality.DictionaryEqual(Arguments, other.Arguments)
        && Reason == other.Reason
        && Equals(Result, other.Result);

    /// <summary>Returns a hash code consistent with <see cref="Equals(TriggerAttempt)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Before, Trigger, At);
}

/// <summary>The random integers a walk is made from; shrinking removes moves.</summary>
internal sealed record CaseWalkScript(int Definition, int Power, int StartMinutes, IReadOnlyList<CaseWalkMove> Moves);

/// <summary>One move's random integers: the run turns them into a trigger, an actor, arguments, a reason and a time step.</summary>
internal sealed record CaseWalkMove(int Trigger, int Actor, int Arguments, int Reason, int Minutes);
