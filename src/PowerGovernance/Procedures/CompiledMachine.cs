using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Stateless;

namespace PowerGovernance.Procedures;

/// <summary>
/// The Stateless configuration of one definition, compiled once into a frozen transition table.
/// </summary>
/// <remarks>
/// <para>
/// Stateless is the authority for which triggers are permitted from which step and where they lead: the
/// definition's steps and triggers are configured once on a <c>StateMachine&lt;string, string&gt;</c>
/// (<c>Permit</c>, or <c>PermitReentry</c> when a trigger stays in its step; guards are not configured
/// there), and that machine is asked, for every step and every trigger id, whether the trigger can fire
/// (<c>CanFire</c>) and, when it can, which step firing it reaches (<c>Fire</c> on external state). The
/// answers are frozen into an array indexed by step and trigger, which the engine reads on the hot path;
/// the machine itself is not kept. A compiled answer that contradicts the definition (a transition Stateless
/// permits that the definition does not declare, or another destination) fails the compilation.
/// </para>
/// <para>
/// Guards are evaluated by the engine itself, by calling each <see cref="GuardDefinition.Condition"/>
/// directly (see <see cref="EvaluateGuards"/>), not through Stateless's <c>CanFire</c> with a guard
/// context: a Stateless guard check allocates on every call and is many times slower than a direct call.
/// The outcome is the same: every guard is evaluated, and the descriptions of those
/// that do not hold (a guard that throws does not hold) are reported in definition order.
/// </para>
/// </remarks>
internal sealed class CompiledMachine
{
    private static readonly ReadOnlyCollection<TriggerDefinition> NoTriggers = new([]);

    private readonly string[] stepIds;
    private readonly FrozenDictionary<string, int> stepIndex;
    private readonly FrozenDictionary<string, int> triggerIndex;
    private readonly CompiledTransition?[] table;
    private readonly CompiledTransition[][] permittedFrom;
    private readonly ReadOnlyCollection<TriggerDefinition>[] triggersFrom;
    private readonly int triggerCount;

    internal CompiledMachine(ProcedureDefinition definition)
    {
        var steps = definition.Steps;
        var triggerIds = definition.Triggers.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToArray();
        stepIds = steps.Select(s => s.Id).ToArray();
        stepIndex = steps.Select((s, i) => KeyValuePair.Create(s.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        triggerIndex = triggerIds.Select((t, i) => KeyValuePair.Create(t, i)).ToFrozenDictionary(StringComparer.Ordinal);
        triggerCount = triggerIds.Length;
        table = new CompiledTransition?[steps.Count * triggerCount];
        triggersFrom = new ReadOnlyCollection<TriggerDefinition>[steps.Count];
        permittedFrom = new CompiledTransition[steps.Count][];

        var stepsById = steps.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var declared = definition.Triggers.ToDictionary(t => (t.From, t.Id));
        var state = string.Empty;
        var machine = Configure(definition, () => state, s => state = s);
        for (var s = 0; s < steps.Count; s++)
        {
            var from = steps[s];
            for (var t = 0; t < triggerCount; t++)
            {
                state = from.Id;
                var permitted = machine.CanFire(triggerIds[t]);
                declared.TryGetValue((from.Id, triggerIds[t]), out var trigger);
                if (!permitted)
                {
                    if (trigger is not null)
                    {
                        throw Contradiction(definition, from.Id, triggerIds[t], "Stateless does not permit a declared transition");
                    }

                    continue;
                }

                machine.Fire(triggerIds[t]);
                if (trigger is null || !string.Equals(trigger.To, state, StringComparison.Ordinal) || !stepsById.TryGetValue(state, out var to))
                {
                    throw Contradiction(definition, from.Id, triggerIds[t], $"Stateless leads to '{state}'");
                }

                table[(s * triggerCount) + t] = new CompiledTransition(trigger, from, to);
            }

            permittedFrom[s] = table.Skip(s * triggerCount).Take(triggerCount).OfType<CompiledTransition>().ToArray();
            triggersFrom[s] = new ReadOnlyCollection<TriggerDefinition>(
                definition.Triggers.Where(t => string.Equals(t.From, from.Id, StringComparison.Ordinal)).ToArray());
        }
    }

    /// <summary>
    /// Configures a Stateless machine over external state with the definition's steps and triggers: a trigger
    /// that stays in its step is <c>PermitReentry</c>, any other <c>Permit</c>; guards are left to the engine.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="read">Reads the state.</param>
    /// <param name="write">Writes the state.</param>
    /// <returns>The configured machine.</returns>
    internal static StateMachine<string, string> Configure(ProcedureDefinition definition, Func<string> read, Action<string> write)
    {
        var machine = new StateMachine<string, string>(read, write);
        foreach (var step in definition.Steps)
        {
            var configuration = machine.Configure(step.Id);
            foreach (var trigger in definition.Triggers)
            {
                if (!string.Equals(trigger.From, step.Id, StringComparison.Ordinal))
                {
                    continue;
                }

                if (string.Equals(trigger.To, step.Id, StringComparison.Ordinal))
                {
                    configuration.PermitReentry(trigger.Id);
                }
                else
                {
                    configuration.Permit(trigger.Id, trigger.To);
                }
            }
        }

        return machine;
    }

    /// <summary>
    /// Evaluates every guard of a transition on <paramref name="context"/>, calling the conditions directly;
    /// a guard that throws stops the evaluation and is reported as a technical error, not as "not met".
    /// </summary>
    /// <param name="guards">The guards, in definition order.</param>
    /// <param name="context">What the guards see.</param>
    /// <param name="failed">The guard that threw, or <see langword="null"/>.</param>
    /// <param name="error">What it threw, or <see langword="null"/>.</param>
    /// <returns>The guards that do not hold, in order; <see langword="null"/> when all hold or one threw.</returns>
    internal static List<GuardDefinition>? EvaluateGuards(GuardDefinition[] guards, TriggerContext context, out GuardDefinition? failed, out Exception? error)
    {
        List<GuardDefinition>? unmet = null;
        failed = null;
        error = null;
        foreach (var guard in guards)
        {
            bool holds;
            try
            {
                holds = guard.Condition(context);
            }
#pragma warning disable CA1031 // A guard that throws is a technical error the engine reports as such; the engine itself must not throw.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                failed = guard;
                error = e;
                return null;
            }

            if (!holds)
            {
                (unmet ??= []).Add(guard);
            }
        }

        return unmet;
    }

    internal bool HasTrigger(string trigger) => triggerIndex.ContainsKey(trigger);

    /// <summary>Looks up the compiled transition of <paramref name="trigger"/> from <paramref name="step"/>.</summary>
    /// <param name="step">The step id.</param>
    /// <param name="trigger">The trigger id.</param>
    /// <param name="transition">The transition, or <see langword="null"/> when the trigger does not leave the step.</param>
    /// <returns><see langword="true"/> when Stateless permits the trigger from the step.</returns>
    /// <remarks>
    /// The hot path: the step is found by reference first (a snapshot the engine returned holds the step's own
    /// id string), and the trigger among the few permitted from that step; both built at compile time.
    /// </remarks>
    internal bool TryGetTransition(string step, string trigger, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompiledTransition? transition)
    {
        var s = StepIndex(step);
        if (s >= 0)
        {
            foreach (var candidate in permittedFrom[s])
            {
                if (string.Equals(candidate.Trigger.Id, trigger, StringComparison.Ordinal))
                {
                    transition = candidate;
                    return true;
                }
            }
        }

        transition = null;
        return false;
    }

    /// <summary>Looks up the transition in the full table, by step and trigger index (what the hot path's per-step lists are cut from).</summary>
    /// <param name="step">The step id.</param>
    /// <param name="trigger">The trigger id.</param>
    /// <returns>The transition, or <see langword="null"/>.</returns>
    internal CompiledTransition? TableEntry(string step, string trigger) =>
        stepIndex.TryGetValue(step, out var s) && triggerIndex.TryGetValue(trigger, out var t) ? table[(s * triggerCount) + t] : null;

    private int StepIndex(string step)
    {
        var ids = stepIds;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ReferenceEquals(ids[i], step))
            {
                return i;
            }
        }

        return stepIndex.TryGetValue(step, out var s) ? s : -1;
    }

    /// <summary>Returns the triggers that leave <paramref name="step"/>, in definition order.</summary>
    /// <param name="step">The step id.</param>
    /// <returns>The triggers; empty for an unknown step.</returns>
    internal IReadOnlyList<TriggerDefinition> TriggersFrom(string step) =>
        stepIndex.TryGetValue(step, out var s) ? triggersFrom[s] : NoTriggers;

    private static InvalidOperationException Contradiction(ProcedureDefinition definition, string step, string trigger, string what) =>
        new($"Compiling procedure '{definition.Id}' version {definition.Version}: trigger '{trigger}' from step '{step}': {what}, which the definition does not declare.");
}

/// <summary>
/// One permitted transition, as compiled: the trigger, the steps it leaves and enters, and its posts,
/// guards and required arguments as arrays for the hot path.
/// </summary>
internal sealed class CompiledTransition
{
    internal CompiledTransition(TriggerDefinition trigger, StepDefinition from, StepDefinition to)
    {
        Trigger = trigger;
        From = from;
        To = to;
        Moves = !string.Equals(from.Id, to.Id, StringComparison.Ordinal);
        AllowedPosts = [.. trigger.AllowedPosts];
        Guards = [.. trigger.Guards];
        RequiredArguments = [.. trigger.RequiredArguments];
        Arguments = [.. trigger.Arguments];
        Assigns = trigger.Assigns;
    }

    /// <summary>Gets the role it assigns a person to, or null.</summary>
    internal RoleAssignment? Assigns { get; }

    /// <summary>Gets the trigger as defined.</summary>
    internal TriggerDefinition Trigger { get; }

    /// <summary>Gets the step it leaves.</summary>
    internal StepDefinition From { get; }

    /// <summary>Gets the step it enters.</summary>
    internal StepDefinition To { get; }

    /// <summary>Gets whether it enters another step.</summary>
    internal bool Moves { get; }

    /// <summary>Gets the posts allowed to fire it.</summary>
    internal string[] AllowedPosts { get; }

    /// <summary>Gets its guards.</summary>
    internal GuardDefinition[] Guards { get; }

    /// <summary>Gets the arguments it requires.</summary>
    internal string[] RequiredArguments { get; }

    /// <summary>Gets every argument it takes, required or not.</summary>
    internal ProcedureArgument[] Arguments { get; }
}
