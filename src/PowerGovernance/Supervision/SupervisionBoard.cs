using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// Sweeps many cases at one instant (电子监察): the yellow and red lists of the committed clocks, steps over their own
/// limits, cases past a legal limit (违法超期), on-time statistics per power, undertaking unit and post for both
/// clocks, and the cases it could not read. Pure and
/// thread-safe; a sweep reads each case once, with O(1) clock arithmetic and no allocation per readable case
/// beyond the results.
/// </summary>
/// <remarks>
/// The board does not check snapshot seals: it reads the cases as the host loaded them, and relies on the host loading
/// them through a verified path (<see cref="Procedures.ProcedureEngine.Verify"/>, or a store that keeps the contract in
/// <c>PowerGovernance.Testing</c>); re-hashing every case on every sweep would multiply its cost. A case the engine is
/// asked to act on is checked again there: <see cref="Procedures.ProcedureEngine"/> refuses a snapshot that does not match
/// its seal.
/// </remarks>
public sealed class SupervisionBoard
{
    /// <summary>
    /// The most unreadable cases <see cref="BoardReport.Unreadable"/> lists in detail for each reason code: 50. Every
    /// unreadable case is still counted in <see cref="BoardReport.UnreadableCount"/> and
    /// <see cref="BoardReport.UnreadableByCode"/>.
    /// </summary>
    /// <remarks>
    /// A calendar that has run out makes every open case unreadable at once; a report that carried a message for each
    /// of a million cases would cost more than the sweep and tell no more than fifty. The limit is per code so that a
    /// flood of one problem never hides the first cases of another.
    /// </remarks>
    public const int MaxUnreadableListedPerCode = 50;

    private const string Unknown = "(unknown)";
    private readonly ProcedureEngine engine;

    /// <summary>Creates a board over the engine's definitions, catalog and calendar.</summary>
    /// <param name="engine">The procedure engine the cases run on.</param>
    /// <param name="policy">The warning policy; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public SupervisionBoard(ProcedureEngine engine, WarningPolicy? policy = null)
    {
        this.engine = Preconditions.CheckNotNull(engine);
        Supervisor = new CaseSupervisor(new OfficeCalendar(engine.Calendar, engine.Zone), policy);
    }

    /// <summary>Gets the supervisor that reads each clock.</summary>
    public CaseSupervisor Supervisor { get; }

    /// <summary>Sweeps <paramref name="cases"/> at <paramref name="now"/>.</summary>
    /// <remarks>
    /// <para>
    /// One case the board cannot read never fails the sweep. A null entry, an incomplete snapshot, a case on a
    /// definition the engine does not know or at a step its definition does not define, a due date outside the
    /// calendar's coverage, and any other exception while reading one case are reported in
    /// <see cref="BoardReport.Unreadable"/> with the entry's position, the case id and a stable code
    /// (<see cref="UnreadableCaseCodes"/>); the case counts in neither the lists nor the statistics, and the other
    /// cases are swept as if it were absent.
    /// </para>
    /// <para>
    /// The definition, the step and the case's place in the period are checked before the clocks are read, so a
    /// case with an unknown definition or step is reported even when it finished outside the period.
    /// </para>
    /// </remarks>
    /// <param name="cases">The cases (open and finished).</param>
    /// <param name="now">The instant, from the host's clock.</param>
    /// <param name="period">The period whose finished cases count in the statistics; all time when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public BoardReport Sweep(IReadOnlyList<CaseSnapshot> cases, Instant now, DateInterval? period = null)
    {
        Preconditions.CheckNotNull(cases);
        var today = now.InZone(engine.Zone).Date;
        var window = period ?? new DateInterval(engine.Calendar.Coverage.Start, engine.Calendar.Coverage.End);
        var yellow = new List<SupervisedCase>();
        var red = new List<SupervisedCase>();
        var stepOverdue = new List<SupervisedCase>();
        var legallyOverdue = new List<SupervisedCase>();
        var byPower = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byUnit = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byPost = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var unreadable = new UnreadableTally();
        var readings = new ClockReadingCache();
        ProcedureDefinition? definition = null;

        // Consecutive cases mostly share their definition, step and power, and a snapshot the engine returned holds the
        // definition's own step id and the code it was given: those are found by reference before any hashing.
        ProcedureDefinition? stepsOf = null;
        string? lastStepId = null;
        StepDefinition? lastStep = null;
        Tally? lastPostTally = null;
        string? lastPowerCode = null;
        Tally? lastPowerTally = null;
        Tally? lastUnitTally = null;
        for (var i = 0; i < cases.Count; i++)
        {
            CaseSnapshot? snapshot = null;
            StepDefinition? step = null;
            DeadlineStatus caseStatus = default;
            DeadlineStatus stepStatus = default;
            DeadlineStatus legalStatus = default;
            DeadlineStatus? legalStepStatus = null;
            string? failure = null;
            Exception? error = null;

            // Everything that reads the case is inside the try (which costs nothing when nothing throws); the results
            // are recorded after it, so a case that fails halfway is counted nowhere.
            try
            {
                snapshot = cases[i];
                if (snapshot is null)
                {
                    failure = UnreadableCaseCodes.MissingCase;
                }
                else if (Preconditions.MissingMember(snapshot) is not null)
                {
                    failure = UnreadableCaseCodes.IncompleteCase;
                }
                else if (!Resolve(snapshot, ref definition))
                {
                    failure = UnreadableCaseCodes.UnknownDefinition;
                }
                else if (!FindStep(snapshot, definition, ref stepsOf, ref lastStepId, ref lastStep, ref lastPostTally, out step))
                {
                    failure = UnreadableCaseCodes.UnknownStep;
                }
                else if (snapshot.IsClosed && !window.Contains(snapshot.Closed!.Value))
                {
                    continue;
                }
                else
                {
                    var memo = new CaseSupervisor.DayCounts(readings);
                    var committedLimit = definition.CommittedLimit;
                    var legalLimit = CaseSupervisor.LegalLimit(definition);
                    caseStatus = Supervisor.ClockStatus(snapshot, snapshot.CommittedClock, committedLimit, today, step.CountsTowardCaseLimit, ref memo);
                    stepStatus = !snapshot.IsClosed && step.Limit is { } stepLimit ? Supervisor.StepStatus(snapshot, snapshot.CommittedClock, stepLimit, today, ref memo) : caseStatus;

                    // Both clocks with the same values and the same limit read the same: computed once.
                    legalStatus = legalLimit == committedLimit && CaseSupervisor.SameClocks(snapshot)
                        ? caseStatus
                        : Supervisor.ClockStatus(snapshot, snapshot.LegalClock, legalLimit, today, step.CountsTowardCaseLimit, ref memo);
                    if (!snapshot.IsClosed && step.LegalLimit is { } legalStepLimit)
                    {
                        legalStepStatus = step.Limit == legalStepLimit && CaseSupervisor.SameClocks(snapshot)
                            ? stepStatus
                            : Supervisor.StepStatus(snapshot, snapshot.LegalClock, legalStepLimit, today, ref memo);
                    }
                }
            }
            catch (CalendarCoverageException e)
            {
                failure = UnreadableCaseCodes.CalendarNotCovering;
                error = e;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = UnreadableCaseCodes.Unexpected;
                error = e;
            }

            if (failure is not null || snapshot is null || step is null)
            {
                unreadable.Add(i, snapshot, failure ?? UnreadableCaseCodes.Unexpected, error);
                continue;
            }

            // One entry per flagged case, shared by every list it is on (a record: equal to separate copies).
            SupervisedCase? entry = null;
            if (caseStatus.State == DeadlineState.Warning)
            {
                yellow.Add(entry ??= new SupervisedCase(snapshot, caseStatus, stepStatus, legalStatus, legalStepStatus));
            }
            else if (caseStatus.State == DeadlineState.Overdue)
            {
                red.Add(entry ??= new SupervisedCase(snapshot, caseStatus, stepStatus, legalStatus, legalStepStatus));
            }

            if (stepStatus.State == DeadlineState.Overdue && !snapshot.IsClosed)
            {
                stepOverdue.Add(entry ??= new SupervisedCase(snapshot, caseStatus, stepStatus, legalStatus, legalStepStatus));
            }

            var legallyLate = legalStatus.State == DeadlineState.Overdue || legalStepStatus is { State: DeadlineState.Overdue };
            if (legallyLate)
            {
                legallyOverdue.Add(entry ??= new SupervisedCase(snapshot, caseStatus, stepStatus, legalStatus, legalStepStatus));
            }

            var powerCode = snapshot.PowerCode.Value;
            if (!ReferenceEquals(powerCode, lastPowerCode) || lastPowerTally is null)
            {
                var unit = engine.Catalog.TryGet(snapshot.PowerCode, out var power) ? power.UndertakingUnit ?? Unknown : Unknown;
                lastPowerTally = TallyFor(byPower, powerCode);
                lastUnitTally = TallyFor(byUnit, unit);
                lastPowerCode = powerCode;
            }

            lastPostTally ??= TallyFor(byPost, step.Post ?? Unknown);
            var legalState = legallyLate ? DeadlineState.Overdue : legalStatus.State;
            lastPowerTally.Add(caseStatus.State, legalState);
            lastUnitTally!.Add(caseStatus.State, legalState);
            lastPostTally.Add(caseStatus.State, legalState);
        }

        return new BoardReport(
            now,
            window,
            cases.Count,
            yellow,
            red,
            stepOverdue,
            legallyOverdue,
            Freeze(byPower),
            Freeze(byUnit),
            Freeze(byPost),
            unreadable.Count,
            unreadable.ByCode,
            unreadable.Listed);
    }

    /// <summary>Finds the snapshot's definition, reusing the previous case's when it is the same id and version.</summary>
    private bool Resolve(CaseSnapshot snapshot, [NotNullWhen(true)] ref ProcedureDefinition? definition)
    {
        if (definition is not null && definition.Version == snapshot.DefinitionVersion && string.Equals(definition.Id, snapshot.DefinitionId, StringComparison.Ordinal))
        {
            return true;
        }

        return engine.TryGetDefinition(snapshot, out definition);
    }

    /// <summary>
    /// Finds the snapshot's step in <paramref name="definition"/>: the previous case's when the step id is the same string
    /// object of the same definition (what <see cref="ProcedureDefinition.TryGetStep"/> would return), otherwise by id. A
    /// new step forgets the previous step's post tally.
    /// </summary>
    private static bool FindStep(CaseSnapshot snapshot, ProcedureDefinition definition, ref ProcedureDefinition? stepsOf, ref string? lastStepId, ref StepDefinition? lastStep, ref Tally? postTally, [NotNullWhen(true)] out StepDefinition? step)
    {
        if (lastStep is not null && ReferenceEquals(stepsOf, definition) && ReferenceEquals(lastStepId, snapshot.Step))
        {
            step = lastStep;
            return true;
        }

        if (!definition.TryGetStep(snapshot.Step, out step))
        {
            return false;
        }

        if (!ReferenceEquals(step, lastStep))
        {
            postTally = null;
        }

        stepsOf = definition;
        lastStepId = snapshot.Step;
        lastStep = step;
        return true;
    }

    private static Tally TallyFor(Dictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies.Add(key, tally);
        }

        return tally;
    }

    private static Dictionary<string, OnTimeStatistics> Freeze(Dictionary<string, Tally> tallies) =>
        tallies.ToDictionary(t => t.Key, t => t.Value.ToStatistics(), StringComparer.Ordinal);

    private sealed class UnreadableTally
    {
        private readonly List<UnreadableCase> listed = [];
        private readonly Dictionary<string, int> byCode = new(StringComparer.Ordinal);

        public int Count { get; private set; }

        public IReadOnlyList<UnreadableCase> Listed => listed;

        public IReadOnlyDictionary<string, int> ByCode => byCode;

        public void Add(int index, CaseSnapshot? snapshot, string code, Exception? error)
        {
            Count++;
            byCode.TryGetValue(code, out var before);
            byCode[code] = before + 1;
            if (before < MaxUnreadableListedPerCode)
            {
                listed.Add(UnreadableCase.Describe(index, snapshot, code, error));
            }
        }
    }

    private sealed class Tally
    {
        private int open;
        private int warning;
        private int overdue;
        private int onTime;
        private int late;
        private int legallyOverdue;
        private int legallyLate;

        public void Add(DeadlineState state, DeadlineState legal)
        {
            if (legal == DeadlineState.Overdue)
            {
                legallyOverdue++;
            }
            else if (legal == DeadlineState.FinishedLate)
            {
                legallyLate++;
            }

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

        public OnTimeStatistics ToStatistics() => new(open, warning, overdue, onTime, late, legallyOverdue, legallyLate);
    }
}
