using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using Stateless;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// The engine reads a frozen transition table compiled from each definition's Stateless configuration.
/// These tests ask a freshly configured Stateless machine, for every step and every trigger id (and an
/// unknown one), whether the trigger can fire and where it leads, and check that the table (and the
/// definition's public lookups built on it) gives exactly the same answers, for every built-in definition
/// and the sample one.
/// </summary>
public class CompiledMachineTests
{
    public static TheoryData<string> Ids => new(Definitions().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_compiled_table_gives_Stateless_answers_for_every_step_and_trigger(string id)
    {
        var definition = Definitions().Single(d => d.Id == id);
        var state = string.Empty;
        var machine = CompiledMachine.Configure(definition, () => state, s => state = s);
        var triggerIds = definition.Triggers.Select(t => t.Id).Distinct(StringComparer.Ordinal).Append("no-such-trigger").ToArray();
        var permittedPairs = 0;
        foreach (var step in definition.Steps)
        {
            foreach (var trigger in triggerIds)
            {
                state = step.Id;
                var statelessPermits = machine.CanFire(trigger);
                var tablePermits = definition.Machine.TryGetTransition(step.Id, trigger, out var transition);
                Assert.True(statelessPermits == tablePermits, $"{id}: '{trigger}' from '{step.Id}': Stateless {statelessPermits}, table {tablePermits}.");
                Assert.Same(transition, definition.Machine.TableEntry(step.Id, trigger));
                Assert.Same(transition, definition.Machine.TableEntry(new string(step.Id.AsSpan()), new string(trigger.AsSpan())));
                Assert.True(tablePermits == definition.Machine.TryGetTransition(new string(step.Id.AsSpan()), new string(trigger.AsSpan()), out var byValue) && ReferenceEquals(transition, byValue));
                Assert.Equal(tablePermits, definition.TryGetTrigger(step.Id, trigger, out var defined));
                if (!statelessPermits)
                {
                    Assert.Null(transition);
                    continue;
                }

                permittedPairs++;
                machine.Fire(trigger);
                Assert.Equal(state, transition!.To.Id);
                Assert.Equal(step.Id, transition.From.Id);
                Assert.Same(defined, transition.Trigger);
                Assert.Equal(trigger, defined!.Id);
                Assert.Equal(step.Id, defined.From);
                Assert.Equal(state, defined.To);
                Assert.Equal(!string.Equals(step.Id, state, StringComparison.Ordinal), transition.Moves);
                Assert.Equal(defined.Guards, transition.Guards);
                Assert.Equal(defined.AllowedPosts, transition.AllowedPosts);
                Assert.Equal(defined.RequiredArguments, transition.RequiredArguments);
            }

            // The triggers listed from a step are exactly those Stateless permits there, in definition order.
            state = step.Id;
            Assert.Equal(
                triggerIds.Where(machine.CanFire).Order(StringComparer.Ordinal),
                definition.TriggersFrom(step.Id).Select(t => t.Id).Order(StringComparer.Ordinal));
            Assert.Equal(
                definition.Triggers.Where(t => t.From == step.Id),
                definition.TriggersFrom(step.Id));
        }

        // Every declared transition is in the table, and nothing else is.
        Assert.Equal(definition.Triggers.Count, permittedPairs);
        Assert.All(definition.Triggers, t => Assert.True(definition.Machine.HasTrigger(t.Id)));
        Assert.False(definition.HasTrigger("no-such-trigger"));
        Assert.False(definition.TryGetTrigger("no-such-step", definition.Triggers[0].Id, out _));
        Assert.Empty(definition.TriggersFrom("no-such-step"));
    }

    [Fact]
    public void Guards_are_evaluated_in_order_and_a_throwing_guard_is_an_error_not_a_guard_that_does_not_hold()
    {
        var context = new TriggerContext(null!, new Dictionary<string, string>(), default, default);
        GuardDefinition[] guards =
        [
            new("一", _ => true),
            new("二", _ => false),
            new("三", _ => throw new InvalidOperationException("host bug")),
            new("四", _ => true),
        ];

        Assert.Equal(["二"], CompiledMachine.EvaluateGuards([guards[0], guards[1], guards[3]], context, out var noFailure, out var noError)!.Select(g => g.Description));
        Assert.Null(noFailure);
        Assert.Null(noError);

        Assert.Null(CompiledMachine.EvaluateGuards(guards, context, out var failed, out var error));
        Assert.Same(guards[2], failed);
        Assert.IsType<InvalidOperationException>(error);
        Assert.Null(CompiledMachine.EvaluateGuards([guards[0], guards[3]], context, out _, out _));
    }

    private static IEnumerable<ProcedureDefinition> Definitions() =>
        BuiltInProcedures.All.Append(SampleProcedures.Licensing);
}
