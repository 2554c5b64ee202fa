using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// Reads a case's legal and committed clocks, for the case and its current step (电子监察计时): due dates, days used
/// and left, and the yellow/red state under a <see cref="WarningPolicy"/>, counted on a working calendar.
/// Pure and thread-safe; every call is O(1) and allocation-free.
/// </summary>
/// <remarks>
/// <para>
/// The committed case limit is the definition's committed limit (承诺时限), the legal one its legal limit (法定时限;
/// the committed one where no law sets a limit), or the current period's (<see cref="CaseClock.Limit"/>), plus the
/// extension granted, if any, each counted from its clock's <see cref="CaseClock.Start"/> (not counted itself)
/// with <see cref="WorkingCalendarExtensions.DueDate"/>. Every suspended day (finished suspensions, and
/// the running one up to the day read) moves the due date one day later, in the limit's kind of day.
/// </para>
/// <para>
/// While the case is in a step whose time does not count toward the case limit
/// (<see cref="StepDefinition.CountsTowardCaseLimit"/> is <see langword="false"/>: a hearing, the
/// applicant's time to supplement materials, delivery after the decision, a review period), the case
/// clock stands still and reads <see cref="DeadlineState.NotCounting"/>; the engine adds those days to
/// <see cref="CaseClock.SuspendedDays"/> when the case leaves the step. The step's own clock keeps running.
/// </para>
/// <para>
/// A step's clock runs the same way from the day the step was entered, against the step's own limit;
/// a step over its limit is overdue even when the case is on time. An extension approved while the case is in
/// the step extends the step's limits by the same time. Suspensions are counted in the case limit's kind of day,
/// so a step whose limit is of the other kind sees them converted one to one. A running suspension whose end was
/// announced (<see cref="CaseClock.SuspendedUntil"/>) shows the due date that holds if the clock resumes then.
/// </para>
/// </remarks>
public sealed class CaseSupervisor
{
    private readonly IProvisionalWorkingCalendar? provisional;

    // The library's own calendar counts consistently: the working days from a day to AddWorkingDays(start, n) are n less
    // those from start to that day, so a warning can be judged from counts already made.
    private readonly bool countsConsistently;

    /// <summary>Creates a supervisor.</summary>
    /// <param name="calendar">The office's calendar: the working calendar and the zone whose dates count.</param>
    /// <param name="policy">The warning policy; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public CaseSupervisor(OfficeCalendar calendar, WarningPolicy? policy = null)
    {
        Preconditions.CheckNotNull(calendar);
        Calendar = calendar.Calendar;
        provisional = Calendar as IProvisionalWorkingCalendar;
        countsConsistently = Calendar is WorkingCalendar;
        Policy = policy ?? WarningPolicy.Default;
        Zone = calendar.Zone;
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the warning policy.</summary>
    public WarningPolicy Policy { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Reads the case's committed clock at <paramref name="now"/> (for a finished case, as it stood when it finished).</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition.</param>
    /// <param name="now">The instant to read at, from the host's clock.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The snapshot is incomplete.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus CaseStatus(CaseSnapshot snapshot, ProcedureDefinition definition, Instant now)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        return ClockStatus(snapshot, snapshot.CommittedClock, definition.CommittedLimit, now.InZone(Zone).Date, Counts(snapshot, definition));
    }

    /// <summary>
    /// Reads the case's legal clock at <paramref name="now"/> (for a finished case, as it stood when it finished):
    /// the definition's legal limit (or the period's, see <see cref="CaseClock.Limit"/>) counted as the law counts it;
    /// where no law sets a limit, the limit the office announced (its committed limit) is the only one.
    /// </summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition.</param>
    /// <param name="now">The instant to read at, from the host's clock.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The snapshot is incomplete.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus LegalStatus(CaseSnapshot snapshot, ProcedureDefinition definition, Instant now)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        return ClockStatus(snapshot, snapshot.LegalClock, LegalLimit(definition), now.InZone(Zone).Date, Counts(snapshot, definition));
    }

    /// <summary>Reads the committed clock of the case's current step at <paramref name="now"/>; for a finished case or a step without a limit, the case's committed status.</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition.</param>
    /// <param name="now">The instant to read at.</param>
    /// <returns>The status of the step against its own limit (extended when the case's extension was approved in this step).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The snapshot is incomplete.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus StepStatus(CaseSnapshot snapshot, ProcedureDefinition definition, Instant now)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        var today = now.InZone(Zone).Date;
        if (snapshot.IsClosed || !definition.TryGetStep(snapshot.Step, out var step) || step.Limit is not { } limit)
        {
            return ClockStatus(snapshot, snapshot.CommittedClock, definition.CommittedLimit, today, Counts(snapshot, definition));
        }

        return StepStatus(snapshot, snapshot.CommittedClock, limit, today);
    }

    /// <summary>
    /// Reads both clocks of the case, and of its current step where limited, at <paramref name="now"/>.
    /// </summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition.</param>
    /// <param name="now">The instant to read at.</param>
    /// <returns>The legal and committed statuses.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The snapshot is incomplete.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public CaseDeadlines Deadlines(CaseSnapshot snapshot, ProcedureDefinition definition, Instant now)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        return Deadlines(snapshot, definition, now.InZone(Zone).Date);
    }

    /// <summary>
    /// Reads a plain clock that is not a case (a website question, a disclosure request): a limit counted from
    /// <paramref name="start"/> (not counted itself), finished on <paramref name="finished"/> or still running,
    /// under the same warning policy.
    /// </summary>
    /// <param name="start">The day the clock starts (the day of receipt).</param>
    /// <param name="limit">The limit.</param>
    /// <param name="finished">The day the work was finished, or <see langword="null"/> while it runs.</param>
    /// <param name="now">The instant to read at.</param>
    /// <returns>The status.</returns>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus Status(LocalDate start, TimeLimit limit, LocalDate? finished, Instant now)
    {
        var memo = default(DayCounts);
        return Evaluate(start, limit, 0, null, null, finished, now.InZone(Zone).Date, notCounting: false, lateStops: 0, judgedOnStop: false, ref memo);
    }

    internal static TimeLimit LegalLimit(ProcedureDefinition definition) => definition.LegalLimit ?? definition.CommittedLimit;

    internal CaseDeadlines Deadlines(CaseSnapshot snapshot, ProcedureDefinition definition, LocalDate today)
    {
        definition.TryGetStep(snapshot.Step, out var step);
        return Deadlines(snapshot, definition, step, today);
    }

    /// <summary>Reads both clocks with the case's current step already found (<see langword="null"/> when the definition has no such step).</summary>
    internal CaseDeadlines Deadlines(CaseSnapshot snapshot, ProcedureDefinition definition, StepDefinition? step, LocalDate today)
    {
        var counts = step is null || step.CountsTowardCaseLimit;
        var memo = default(DayCounts);
        var committed = ClockStatus(snapshot, snapshot.CommittedClock, definition.CommittedLimit, today, counts, ref memo);
        var legalLimit = LegalLimit(definition);
        var legal = legalLimit == definition.CommittedLimit && SameClocks(snapshot) ? committed : ClockStatus(snapshot, snapshot.LegalClock, legalLimit, today, counts, ref memo);
        DeadlineStatus? stepCommitted = null;
        DeadlineStatus? stepLegal = null;
        if (!snapshot.IsClosed && step is not null)
        {
            if (step.Limit is { } limit)
            {
                stepCommitted = StepStatus(snapshot, snapshot.CommittedClock, limit, today, ref memo);
            }

            if (step.LegalLimit is { } stepLegalLimit)
            {
                stepLegal = stepCommitted is { } known && step.Limit == stepLegalLimit && SameClocks(snapshot)
                    ? known
                    : StepStatus(snapshot, snapshot.LegalClock, stepLegalLimit, today, ref memo);
            }
        }

        return new CaseDeadlines(legal, committed, stepLegal, stepCommitted);
    }

    /// <summary>
    /// Returns whether the case's two clocks hold the same values (one object, or equal records): then a clock status read with
    /// the same limit is the same for both, and is computed once.
    /// </summary>
    internal static bool SameClocks(CaseSnapshot snapshot) =>
        ReferenceEquals(snapshot.CommittedClock, snapshot.LegalClock) || snapshot.CommittedClock.Equals(snapshot.LegalClock);

    internal DeadlineStatus ClockStatus(CaseSnapshot snapshot, CaseClock clock, TimeLimit definitionLimit, LocalDate today, bool stepCounts)
    {
        var memo = default(DayCounts);
        return ClockStatus(snapshot, clock, definitionLimit, today, stepCounts, ref memo);
    }

    internal DeadlineStatus ClockStatus(CaseSnapshot snapshot, CaseClock clock, TimeLimit definitionLimit, LocalDate today, bool stepCounts, ref DayCounts memo)
    {
        var limit = EffectiveLimit(clock, definitionLimit);
        if (stepCounts || snapshot.IsClosed)
        {
            // A finished case's clock was judged by the engine on the day it stopped (LateStops); a snapshot whose clock
            // carries no limit predates that and is judged by its closing date.
            return Evaluate(clock.Start, limit, clock.SuspendedDays, clock.SuspendedSince, clock.SuspendedUntil, snapshot.Closed, today, notCounting: false, clock.LateStops, judgedOnStop: clock.Limit is not null, ref memo);
        }

        // The current step's time does not count: the case clock stands still from the later of the step's
        // entry and the clock's start (or from an earlier suspension still running); the step's finished
        // suspensions lie inside that stretch and are not counted twice.
        var from = snapshot.StepEntered > clock.Start ? snapshot.StepEntered : clock.Start;
        var suspendedEarlier = clock.SuspendedSince is { } s && s < from;
        var since = suspendedEarlier ? clock.SuspendedSince!.Value : from;
        return Evaluate(clock.Start, limit, clock.SuspendedDays - clock.StepSuspendedDays, since, null, null, today, notCounting: !suspendedEarlier, clock.LateStops, judgedOnStop: false, ref memo);
    }

    /// <summary>
    /// Returns <c>ClockStatus(snapshot, clock, definitionLimit, today, stepCounts: true).DueDateRange.Latest</c>, what the engine
    /// judges a clock that stops by. On the library's <see cref="WorkingCalendar"/>, for an open case read on a day the
    /// calendar covers, only the due dates are computed: the rest of the status counts days between dates already inside
    /// the calendar's coverage, so it can neither change the result nor throw.
    /// </summary>
    internal LocalDate LatestDueDate(CaseSnapshot snapshot, CaseClock clock, TimeLimit definitionLimit, LocalDate today)
    {
        if (!countsConsistently || snapshot.Closed is not null || !Calendar.Coverage.Contains(today))
        {
            return ClockStatus(snapshot, clock, definitionLimit, today, stepCounts: true).DueDateRange.Latest;
        }

        var limit = EffectiveLimit(clock, definitionLimit);
        return DueRange(clock.Start, limit, clock.SuspendedDays, clock.SuspendedSince, clock.SuspendedUntil, snapshot.Closed, today, out _, out _).Latest;
    }

    internal DeadlineStatus StepStatus(CaseSnapshot snapshot, CaseClock clock, TimeLimit stepLimit, LocalDate today)
    {
        var memo = default(DayCounts);
        return StepStatus(snapshot, clock, stepLimit, today, ref memo);
    }

    internal DeadlineStatus StepStatus(CaseSnapshot snapshot, CaseClock clock, TimeLimit stepLimit, LocalDate today, ref DayCounts memo)
    {
        var since = clock.SuspendedSince is { } s && s < snapshot.StepEntered ? snapshot.StepEntered : clock.SuspendedSince;
        var limit = stepLimit;
        if (clock.Extension is { } extension && clock.ExtendedOn is { } extendedOn && extendedOn >= snapshot.StepEntered && extension.Kind == stepLimit.Kind)
        {
            // The extension was approved while the case was in this step: the step gets the same extra time.
            limit = Add(stepLimit, extension.Days);
        }

        return Evaluate(snapshot.StepEntered, limit, clock.StepSuspendedDays, since, clock.SuspendedUntil, snapshot.Closed, today, notCounting: false, lateStops: 0, judgedOnStop: false, ref memo);
    }

    internal static TimeLimit EffectiveLimit(CaseClock clock, TimeLimit definitionLimit)
    {
        var limit = clock.Limit ?? definitionLimit;
        return clock.Extension is { } extension ? Add(limit, extension.Days) : limit;
    }

    private static bool Counts(CaseSnapshot snapshot, ProcedureDefinition definition) =>
        !definition.TryGetStep(snapshot.Step, out var step) || step.CountsTowardCaseLimit;

    private static TimeLimit Add(TimeLimit limit, int days)
    {
        // A quarter limit is fixed to the calendar: days do not move it (the definition rules refuse to suspend or extend it).
        return limit.WithDays((long)limit.Days + days);
    }

    private DeadlineStatus Evaluate(LocalDate start, TimeLimit limit, int suspendedDays, LocalDate? suspendedSince, LocalDate? suspendedUntil, LocalDate? finished, LocalDate today, bool notCounting, int lateStops, bool judgedOnStop, ref DayCounts memo)
    {
        var readings = memo.Readings;
        if (readings is null)
        {
            return Read(start, limit, suspendedDays, suspendedSince, suspendedUntil, finished, today, notCounting, lateStops, judgedOnStop, ref memo);
        }

        var key = new ClockReadingKey(start, limit, suspendedDays, suspendedSince, suspendedUntil, finished, today, notCounting, lateStops, judgedOnStop);
        if (readings.TryGet(key, out var known))
        {
            return known;
        }

        var status = Read(start, limit, suspendedDays, suspendedSince, suspendedUntil, finished, today, notCounting, lateStops, judgedOnStop, ref memo);
        readings.Add(key, status);
        return status;
    }

    /// <summary>Reads a clock from its inputs (what <see cref="Evaluate"/> returns, without the sweep's cache).</summary>
    private DeadlineStatus Read(LocalDate start, TimeLimit limit, int suspendedDays, LocalDate? suspendedSince, LocalDate? suspendedUntil, LocalDate? finished, LocalDate today, bool notCounting, int lateStops, bool judgedOnStop, ref DayCounts memo)
    {
        var reference = finished ?? today;
        var range = DueRange(start, limit, suspendedDays, suspendedSince, suspendedUntil, finished, today, out var suspended, out var total);
        var due = range.MostLikely;
        var countedUntil = suspendedSince is { } stood && finished is null && stood < reference ? stood : reference;
        var counted = memo.Days(Calendar, limit.Kind, start, countedUntil);
        var used = Math.Max(0, counted - suspendedDays);

        // A quarter limit's days are natural days: as many as lie between the start and the due date.
        var limitDays = limit.Kind == TimeLimitKind.EndOfQuarter ? Period.DaysBetween(start, due) : limit.Days;
        var left = limitDays - used;
        DeadlineState state;
        if (finished is not null)
        {
            // Late only when late on every arrangement the notice can still publish, or when an earlier period overran.
            var onTime = judgedOnStop ? lateStops == 0 : finished.Value <= range.Latest && lateStops == 0;
            state = onTime ? DeadlineState.FinishedOnTime : DeadlineState.FinishedLate;
        }
        else if (suspendedSince is not null)
        {
            state = notCounting ? DeadlineState.NotCounting : DeadlineState.Suspended;
        }
        else if (today > range.Latest)
        {
            // Red only when overdue on the latest possible due date: never on a guess.
            state = DeadlineState.Overdue;
        }
        else if (today > range.Earliest || NearLimit(start, limit.Kind, limitDays, suspended, today, range.Earliest, used, counted, total))
        {
            // Warnings from the earliest possible due date.
            state = DeadlineState.Warning;
        }
        else
        {
            state = DeadlineState.OnTime;
        }

        return new DeadlineStatus(state, limit, due, used, left, range);
    }

    /// <summary>The due dates of a clock as <see cref="Evaluate"/> reads them, with the days suspended and the limit they move it by.</summary>
    private DueDateRange DueRange(LocalDate start, TimeLimit limit, int suspendedDays, LocalDate? suspendedSince, LocalDate? suspendedUntil, LocalDate? finished, LocalDate today, out int suspended, out TimeLimit total)
    {
        var reference = finished ?? today;
        suspended = suspendedDays;
        if (suspendedSince is { } since && finished is null)
        {
            // A running suspension counts up to today, or up to the end the applicant was told, whichever is later:
            // the due date shown is the one that holds if the clock resumes as announced.
            var until = suspendedUntil is { } end && end > reference ? end : reference;
            suspended += Math.Max(0, Days(limit.Kind, since, until));
        }

        total = Add(limit, suspended);
        return Range(start, total);
    }

    private DueDateRange Range(LocalDate start, TimeLimit limit)
    {
        if (provisional is null)
        {
            var exact = Calendar.DueDate(start, limit);
            return new DueDateRange(exact, exact, exact, false);
        }

        return provisional.DueDateRange(start, limit);
    }

    private bool NearLimit(LocalDate start, TimeLimitKind kind, int limitDays, int suspended, LocalDate today, LocalDate earliestDue, int used, int counted, TimeLimit total)
    {
        if (provisional is not null)
        {
            // On the earliest arrangement, the most days can have been used and the fewest are left.
            var earliest = provisional.Earliest ?? Calendar;
            var usedEarliest = Math.Max(0, earliest.CountDays(kind, start, today) - suspended);
            return (long)usedEarliest * 100 >= (long)Policy.UsedPercent * limitDays || earliest.CountWorkingDays(today, earliestDue) <= Policy.WorkingDaysLeft;
        }

        // Here the clock runs (not finished, not suspended): the caller counted the days from start to today on this
        // calendar (counted) and less the same suspended days (used). For a working-day limit, the due date is the
        // total-th working day after start, so on the library's calendar the working days left to it are total less counted.
        if ((long)used * 100 >= (long)Policy.UsedPercent * limitDays)
        {
            return true;
        }

        var left = countsConsistently && kind == TimeLimitKind.WorkingDays ? total.Days - counted : Calendar.CountWorkingDays(today, earliestDue);
        return left <= Policy.WorkingDaysLeft;
    }

    private int Days(TimeLimitKind kind, LocalDate from, LocalDate to) =>
        Calendar.CountDays(kind, from, to);

    /// <summary>
    /// The last two day counts made while reading one case's clocks on one day (a case's clocks and its step usually start
    /// on the same day, so they count the same days): each count is the calendar's answer for the same kind and dates, so
    /// remembering it changes no result and no exception (a count that threw was never remembered).
    /// </summary>
    internal struct DayCounts
    {
        /// <summary>Creates a memo that also uses the sweep's cache of whole readings.</summary>
        /// <param name="readings">The sweep's readings.</param>
        public DayCounts(ClockReadingCache readings) => Readings = readings;

        /// <summary>Gets the sweep's cache of whole clock readings, or <see langword="null"/> outside a sweep.</summary>
        public ClockReadingCache? Readings { get; }

        private LocalDate from0;
        private LocalDate to0;
        private LocalDate from1;
        private LocalDate to1;
        private TimeLimitKind kind0;
        private TimeLimitKind kind1;
        private int days0;
        private int days1;
        private int filled;

        /// <summary>Returns <see cref="WorkingCalendarExtensions.CountDays"/> on <paramref name="calendar"/>, counted once per kind and dates.</summary>
        public int Days(IWorkingCalendar calendar, TimeLimitKind kind, LocalDate from, LocalDate to)
        {
            if (filled > 0 && kind == kind0 && from == from0 && to == to0)
            {
                return days0;
            }

            if (filled > 1 && kind == kind1 && from == from1 && to == to1)
            {
                return days1;
            }

            var days = calendar.CountDays(kind, from, to);

            // The newest count goes first; the older one moves to the second slot.
            (from1, to1, kind1, days1) = (from0, to0, kind0, days0);
            (from0, to0, kind0, days0) = (from, to, kind, days);
            filled = Math.Min(2, filled + 1);
            return days;
        }
    }
}
