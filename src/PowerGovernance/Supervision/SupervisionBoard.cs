using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// Sweeps many cases at one instant (电子监察): the yellow and red lists, steps over their own limits,
/// and on-time statistics per power, undertaking unit and post. Pure and thread-safe; a sweep reads each
/// case once, with O(1) clock arithmetic and no allocation per case beyond the results.
/// </summary>
public sealed class SupervisionBoard
{
    private const string Unknown = "(unknown)";
    private readonly ProcedureEngine engine;

    /// <summary>Creates a board over the engine's definitions, catalog and calendar.</summary>
    /// <param name="engine">The procedure engine the cases run on.</param>
    /// <param name="policy">The warning policy; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public SupervisionBoard(ProcedureEngine engine, WarningPolicy? policy = null)
    {
        this.engine = Preconditions.CheckNotNull(engine);
        Supervisor = new CaseSupervisor(engine.Calendar, policy, engine.Zone);
    }

    /// <summary>Gets the supervisor that reads each clock.</summary>
    public CaseSupervisor Supervisor { get; }

    /// <summary>Sweeps <paramref name="cases"/> at <paramref name="now"/>.</summary>
    /// <param name="cases">The cases (open and finished).</param>
    /// <param name="now">The instant, from the host's clock.</param>
    /// <param name="period">The period whose finished cases count in the statistics; all time when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    /// <exception cref="ArgumentException">A case is null or runs on a definition the engine does not know.</exception>
    public BoardReport Sweep(IReadOnlyList<CaseSnapshot> cases, Instant now, DateInterval? period = null)
    {
        Preconditions.CheckNotNull(cases);
        var today = now.InZone(engine.Zone).Date;
        var window = period ?? new DateInterval(engine.Calendar.Coverage.Start, engine.Calendar.Coverage.End);
        var yellow = new List<SupervisedCase>();
        var red = new List<SupervisedCase>();
        var stepOverdue = new List<SupervisedCase>();
        var byPower = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byUnit = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byPost = new Dictionary<string, Tally>(StringComparer.Ordinal);
        ProcedureDefinition? definition = null;
        for (var i = 0; i < cases.Count; i++)
        {
            // The parameter name is formatted only for an entry that fails the check: formatting it for every case
            // allocated a 48-byte string per case, half of a sweep's allocations, and doubled its garbage collections.
            var entry = cases[i];
            var snapshot = entry is not null && Preconditions.MissingMember(entry) is null
                ? entry
                : Preconditions.CheckComplete(entry, $"{nameof(cases)}[{i}]");
            if (definition is null || definition.Version != snapshot.DefinitionVersion || !string.Equals(definition.Id, snapshot.DefinitionId, StringComparison.Ordinal))
            {
                if (!engine.TryGetDefinition(snapshot, out definition))
                {
                    throw new ArgumentException($"Case '{snapshot.CaseId}' runs on procedure '{snapshot.DefinitionId}' version {snapshot.DefinitionVersion}, which the engine does not know.", nameof(cases));
                }
            }

            if (snapshot.IsClosed && !window.Contains(snapshot.Closed!.Value))
            {
                continue;
            }

            definition.TryGetStep(snapshot.Step, out var step);
            var caseStatus = Supervisor.CaseStatus(snapshot, definition.CommittedLimit, today, step?.CountsTowardCaseLimit ?? true);
            var stepStatus = !snapshot.IsClosed && step?.Limit is { } stepLimit ? Supervisor.StepStatus(snapshot, stepLimit, today) : caseStatus;
            if (caseStatus.State == DeadlineState.Warning)
            {
                yellow.Add(new SupervisedCase(snapshot, caseStatus, stepStatus));
            }
            else if (caseStatus.State == DeadlineState.Overdue)
            {
                red.Add(new SupervisedCase(snapshot, caseStatus, stepStatus));
            }

            if (stepStatus.State == DeadlineState.Overdue && !snapshot.IsClosed)
            {
                stepOverdue.Add(new SupervisedCase(snapshot, caseStatus, stepStatus));
            }

            var unit = engine.Catalog.TryGet(snapshot.PowerCode, out var power) ? power.UndertakingUnit ?? Unknown : Unknown;
            Count(byPower, snapshot.PowerCode.Value, caseStatus.State);
            Count(byUnit, unit, caseStatus.State);
            Count(byPost, step?.Post ?? Unknown, caseStatus.State);
        }

        return new BoardReport(now, window, cases.Count, yellow, red, stepOverdue, Freeze(byPower), Freeze(byUnit), Freeze(byPost));
    }

    private static void Count(Dictionary<string, Tally> tallies, string key, DeadlineState state)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies.Add(key, tally);
        }

        tally.Add(state);
    }

    private static Dictionary<string, OnTimeStatistics> Freeze(Dictionary<string, Tally> tallies) =>
        tallies.ToDictionary(t => t.Key, t => t.Value.ToStatistics(), StringComparer.Ordinal);

    private sealed class Tally
    {
        private int open;
        private int warning;
        private int overdue;
        private int onTime;
        private int late;

        public void Add(DeadlineState state)
        {
            switch (state)
            {
                case DeadlineState.FinishedOnTime:
                    onTime++;
                    break;
                case DeadlineState.FinishedLate:
                    late++;
                    break;
                case DeadlineState.Warning:
                    open++;
                    warning++;
                    break;
                case DeadlineState.Overdue:
                    open++;
                    overdue++;
                    break;
                case DeadlineState.OnTime:
                case DeadlineState.Suspended:
                default:
                    open++;
                    break;
            }
        }

        public OnTimeStatistics ToStatistics() => new(open, warning, overdue, onTime, late);
    }
}
