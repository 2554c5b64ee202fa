using System;
using System.Linq;
using NodaTime;
using Orleans;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Samples.Orleans.Cases;

/// <summary>
/// A request to start the grain's case (受理登记): what <see cref="ProcedureEngine.Start"/> takes besides the case id, which is the
/// grain's key. Built from the kernel's types; it carries them as plain values across the cluster.
/// </summary>
[GenerateSerializer]
[Immutable]
public sealed class StartCase
{
    /// <summary>Creates the request.</summary>
    /// <param name="power">The power the case is on.</param>
    /// <param name="definitionId">The procedure the case follows (e.g. the id of a built-in procedure).</param>
    /// <param name="actor">Who registers the case (its name and posts; certificates are not carried).</param>
    /// <param name="at">When, from the caller's clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definitionId"/> or <paramref name="actor"/> is null.</exception>
    public StartCase(PowerCode power, string definitionId, Actor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        ArgumentNullException.ThrowIfNull(actor);
        PowerCode = power.Value;
        DefinitionId = definitionId;
        ActorName = actor.Name;
        ActorPosts = actor.Posts.ToArray();
        At = at;
    }

    /// <summary>Gets the power's code.</summary>
    [Id(0)]
    public string PowerCode { get; private set; }

    /// <summary>Gets the procedure's id.</summary>
    [Id(1)]
    public string DefinitionId { get; private set; }

    /// <summary>Gets the actor's id.</summary>
    [Id(2)]
    public string ActorName { get; private set; }

    /// <summary>Gets the actor's posts.</summary>
    [Id(3)]
    public string[] ActorPosts { get; private set; }

    /// <summary>Gets the instant.</summary>
    [Id(4)]
    public Instant At { get; private set; }
}
