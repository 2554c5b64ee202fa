using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Testing;

/// <summary>
/// Generated procedure definitions are valid and keep the reform's rules, trigger sequences follow their
/// graph, and the engine's laws hold for cases walked on arbitrary definitions, not only the built-in ones.
/// </summary>
public class ProcedureGeneratorProperties
{
    private static readonly CaseWalkOptions In2024 = new() { Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), MaxMoves = 30 };

    private static Arbitrary<CaseWalk> WalksOnGeneratedDefinitions() =>
        ProcedureGenerators.Definitions()
            .SelectMany(definition => CaseGenerators.Walks(new ProcedureEngine(ChinaCalendars.Official, SampleProcedures.Catalog, [definition]), definition, In2024))
            .ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Generated_definitions_keep_the_limit_and_flowchart_rules() =>
        Prop.ForAll(ProcedureGenerators.Definitions().ToArbitrary(), definition =>
            definition.Steps.Where(s => !s.IsTerminal).All(s => s.Limit is { } limit && limit.Kind == StepKind(definition.CommittedLimit.Kind) && !string.IsNullOrWhiteSpace(s.Post))
            && definition.Steps.Any(s => s.IsTerminal)
            && (definition.LegalLimit is not { } legal || (legal.Kind == definition.CommittedLimit.Kind && definition.CommittedLimit.Days <= legal.Days * 2 / 3))
            && definition.SupervisionPoints.Count > 0 && definition.ComplaintChannels.Count > 0
            && definition.Triggers.Where(t => definition.TryGetStep(t.To, out var to) && to.Outcome == CaseOutcome.Refused).All(t => t.RequiresReason));

    /// <summary>Steps count in the case limit's kind of days; in natural days when the case is due by the end of a quarter.</summary>
    private static TimeLimitKind StepKind(TimeLimitKind caseKind) => caseKind == TimeLimitKind.EndOfQuarter ? TimeLimitKind.NaturalDays : caseKind;

    [Property(MaxTest = 100)]
    public Property Trigger_sequences_follow_the_graph_from_the_initial_step() =>
        Prop.ForAll(ProcedureGenerators.Definitions().SelectMany(d => CaseGenerators.TriggerSequences(d).Select(s => (Definition: d, Sequence: s))).ToArbitrary(), pair =>
        {
            var step = pair.Definition.InitialStep;
            foreach (var trigger in pair.Sequence)
            {
                if (trigger.From != step)
                {
                    return false;
                }

                step = trigger.To;
            }

            return pair.Sequence.Count == 20 || (pair.Definition.TryGetStep(step, out var last) && last.IsTerminal);
        });

    [Property(MaxTest = 100)]
    public Property Walks_on_generated_definitions_replay_to_the_same_snapshot() =>
        Prop.ForAll(WalksOnGeneratedDefinitions(), walk =>
            new ProcedureEngine(ChinaCalendars.Official, SampleProcedures.Catalog, [walk.Definition]).Replay(walk.Events, walk.Certificates).Equals(walk.Final)
            && AuditChain.Verify(walk.Events, walk.Final.AuditHead).IsValid);

    [Property(MaxTest = 100)]
    public Property Rejections_on_generated_definitions_leave_the_case_unchanged() =>
        Prop.ForAll(WalksOnGeneratedDefinitions(), walk =>
            walk.Rejections.All(r => ReferenceEquals(r.Result.Snapshot, r.Before) && r.Result.Events.Count == 0)
            && walk.Attempts.Where(a => a.Result.IsAccepted).All(a => a.Result.Snapshot!.Version == a.Before.Version + 1));

    [Property(MaxTest = 30)]
    public Property Walks_reach_terminal_steps_and_meet_every_kind_of_rejection_often_enough() =>
        Prop.ForAll(WalksOnGeneratedDefinitions().Generator.ArrayOf(40).ToArbitrary(), walks =>
        {
            var closed = walks.Count(w => w.Final.IsClosed);
            var kinds = walks.SelectMany(w => w.Rejections).Select(r => r.Result.Rejection).Distinct().Count();
            return (closed >= 4 && kinds >= 4).Label(FormattableString.Invariant($"{closed} of 40 walks closed, {kinds} rejection kinds"));
        });
}
