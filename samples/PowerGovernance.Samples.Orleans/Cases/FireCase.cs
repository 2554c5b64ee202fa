using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Orleans;
using PowerGovernance.Procedures;

namespace PowerGovernance.Samples.Orleans.Cases;

/// <summary>
/// A request to fire a trigger on the grain's case (办理操作): what <see cref="ProcedureEngine.Fire(CaseSnapshot, ProcedureTrigger, Actor, Instant, TriggerArguments?, string?, long?)"/>
/// takes besides the snapshot, which the grain holds.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed class FireCase
{
    /// <summary>Creates the request.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="actor">Who fires it (its name and posts; certificates are not carried).</param>
    /// <param name="at">When, from the caller's clock.</param>
    /// <param name="arguments">The trigger's arguments, in order, or <see langword="null"/> for none.</param>
    /// <param name="reason">The reason given (说明理由), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trigger"/> or <paramref name="actor"/> is null.</exception>
    public FireCase(ProcedureTrigger trigger, Actor actor, Instant at, TriggerArguments? arguments = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(actor);
        Trigger = trigger.Id;
        ActorName = actor.Name;
        ActorPosts = actor.Posts.ToArray();
        At = at;
        Arguments = (arguments ?? TriggerArguments.None).ToArray();
        Reason = reason;
    }

    /// <summary>Gets the trigger's id.</summary>
    [Id(0)]
    public string Trigger { get; private set; }

    /// <summary>Gets the actor's id.</summary>
    [Id(1)]
    public string ActorName { get; private set; }

    /// <summary>Gets the actor's posts.</summary>
    [Id(2)]
    public string[] ActorPosts { get; private set; }

    /// <summary>Gets the instant.</summary>
    [Id(3)]
    public Instant At { get; private set; }

    /// <summary>Gets the arguments, in order.</summary>
    [Id(4)]
    public KeyValuePair<string, string>[] Arguments { get; private set; }

    /// <summary>Gets the reason, or <see langword="null"/>.</summary>
    [Id(5)]
    public string? Reason { get; private set; }
}
