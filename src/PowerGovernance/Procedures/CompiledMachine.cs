using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Stateless;

namespace PowerGovernance.Procedures;

/// <summary>
/// The Stateless configuration of one definition, compiled once. Stateless machines are not
/// thread-safe and have no definition/instance split, so each thread that fires triggers gets its own
/// configured machine (built on the thread's first call), into which a call swaps the case's step
/// (external state) and the guard context. Nothing is rebuilt per call and no entry/exit actions run
/// (the engine computes the new snapshot itself).
/// </summary>
internal sealed class CompiledMachine
{
    // Per thread, the runner of the last definition used; a thread alternating between definitions looks
    // the others up in its own table, whose weak keys let discarded definitions be collected.
    [ThreadStatic]
    private static ConditionalWeakTable<CompiledMachine, Runner>? runnersOfThisThread;

    [ThreadStatic]
    private static (CompiledMachine? Owner, Runner? Runner) lastRunner;

    private readonly ProcedureDefinition definition;

    internal CompiledMachine(ProcedureDefinition definition)
    {
        this.definition = definition;
    }

    /// <summary>Asks Stateless whether <paramref name="trigger"/> may fire from <paramref name="step"/> with all guards met.</summary>
    internal bool CanFire(string step, string trigger, TriggerContext context, out ICollection<string> unmetGuards) =>
        RunnerOfThisThread().CanFire(step, trigger, context, out unmetGuards);

    private Runner RunnerOfThisThread()
    {
        if (ReferenceEquals(lastRunner.Owner, this))
        {
            return lastRunner.Runner!;
        }

        runnersOfThisThread ??= new ConditionalWeakTable<CompiledMachine, Runner>();
        var runner = runnersOfThisThread.GetValue(this, static machine => new Runner(machine.definition));

        lastRunner = (this, runner);
        return runner;
    }

    private sealed class Runner
    {
        private readonly StateMachine<string, string> machine;
        private string state = string.Empty;
        private TriggerContext? context;

        internal Runner(ProcedureDefinition definition)
        {
            machine = new StateMachine<string, string>(() => state, s => state = s);
            foreach (var step in definition.Steps)
            {
                var configuration = machine.Configure(step.Id);
                foreach (var trigger in definition.TriggersFrom(step.Id))
                {
                    var guards = trigger.Guards.Select(Wrap).ToArray();
                    if (string.Equals(trigger.To, step.Id, StringComparison.Ordinal))
                    {
                        configuration.PermitReentryIf(trigger.Id, guards);
                    }
                    else
                    {
                        configuration.PermitIf(trigger.Id, trigger.To, guards);
                    }
                }
            }

            machine.OnUnhandledTrigger((_, _, _) => { });
        }

        internal bool CanFire(string step, string trigger, TriggerContext triggerContext, out ICollection<string> unmetGuards)
        {
            state = step;
            context = triggerContext;
            try
            {
                return machine.CanFire(trigger, out unmetGuards);
            }
            finally
            {
                context = null;
            }
        }

        private Tuple<Func<bool>, string> Wrap(GuardDefinition guard) =>
            new(
                () =>
                {
                    try
                    {
                        return context is not null && guard.Condition(context);
                    }
#pragma warning disable CA1031 // A host's guard that throws counts as not met; the engine itself must not throw.
                    catch (Exception)
#pragma warning restore CA1031
                    {
                        return false;
                    }
                },
                guard.Description);
    }
}
