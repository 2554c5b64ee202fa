using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// Reads case and step clocks (电子监察计时): due dates, days used and left, and the yellow/red state
/// under a <see cref="WarningPolicy"/>, counted on a working calendar from the day of receipt.
/// Pure and thread-safe; every call is O(1) and allocation-free.
/// </summary>
/// <remarks>
/// <para>
/// The case limit is the definition's committed limit (承诺时限) plus the extension granted, if any,
/// counted from <see cref="CaseClock.Start"/> (the day of receipt, or of a restart; not counted itself)
/// with <see cref="WorkingCalendarExtensions.DueDate"/>. Every suspended day (finished suspensions, and
/// the running one up to the day read) moves the due date one day later, in the limit's kind of day.
/// </para>
/// <para>
/// While the case is in a step whose time does not count toward the case limit
/// (<see cref="StepDefinition.CountsTowardCaseLimit"/> is <see langword="false"/>: a hearing, the
/// applicant's time to supplement materials, delivery after the decision, a review period), the case
/// clock stands still and reads <see cref="DeadlineState.Suspended"/>; the engine adds those days to
/// <see cref="CaseClock.SuspendedDays"/> when the case leaves the step. The step's own clock keeps running.
/// </para>
/// <para>
/// A step's clock runs the same way from the day the step was entered, against the step's own limit;
/// a step over its limit is overdue even when the case is on time. Suspensions are counted in the
/// case limit's kind of day, so a step whose limit is of the other kind sees them converted one to one.
/// </para>
/// </remarks>
public sealed class CaseSupervisor
{
    private readonly IProvisionalWorkingCalendar? provisional;

    /// <summary>Creates a supervisor.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="policy">The warning policy; <see cref="WarningPolicy.Default"/> when <see langword="null"/>.</param>
    /// <param name="zone">The zone whose dates count; <see cref="Deadline.ChinaStandardZone"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public CaseSupervisor(IWorkingCalendar calendar, WarningPolicy? policy = null, DateTimeZone? zone = null)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        provisional = calendar as IProvisionalWorkingCalendar;
        Policy = policy ?? WarningPolicy.Default;
        Zone = zone ?? Deadline.ChinaStandardZone;
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the warning policy.</summary>
    public WarningPolicy Policy { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Reads the case clock at <paramref name="now"/> (for a finished case, as it stood when it finished).</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition.</param>
    /// <param name="now">The instant to read at, from the host's clock.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus CaseStatus(CaseSnapshot snapshot, ProcedureDefinition definition, Instant now)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        return CaseStatus(snapshot, definition.CommittedLimit, now.InZone(Zone).Date, Counts(snapshot, definition));
    }

    /// <summary>Reads the clock of the case's current step at <paramref name="now"/>; for a finished case, the case status.</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The case's procedure definition.</param>
    /// <param name="now">The instant to read at.</param>
    /// <returns>The status of the step against its own limit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed is outside the calendar's coverage.</exception>
    public DeadlineStatus StepStatus(CaseSnapshot snapshot, ProcedureDefinition definition, Instant now)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(definition);
        var today = now.InZone(Zone).Date;
        if (snapshot.IsClosed || !definition.TryGetStep(snapshot.Step, out var step) || step.Limit is not { } limit)
        {
            return CaseStatus(snapshot, definition.CommittedLimit, today, Counts(snapshot, definition));
        }

        return StepStatus(snapshot, limit, today);
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
    public DeadlineStatus Status(LocalDate start, TimeLimit limit, LocalDate? finished, Instant now) =>
        Evaluate(start, limit, 0, null, finished, now.InZone(Zone).Date);

    internal DeadlineStatus CaseStatus(CaseSnapshot snapshot, TimeLimit committed, LocalDate today, bool stepCounts)
    {
        var clock = snapshot.Clock;
        var limit = clock.Extension is { } extension ? Add(committed, extension.Days) : committed;
        if (stepCounts || snapshot.IsClosed)
        {
            return Evaluate(clock.Start, limit, clock.SuspendedDays, clock.SuspendedSince, snapshot.Closed, today);
        }

        // The current step's time does not count: the case clock stands still from the later of the step's
        // entry and the clock's start (or from an earlier suspension still running); the step's finished
        // suspensions lie inside that stretch and are not counted twice.
        var from = snapshot.StepEntered > clock.Start ? snapshot.StepEntered : clock.Start;
        var since = clock.SuspendedSince is { } s && s < from ? s : from;
        return Evaluate(clock.Start, limit, clock.SuspendedDays - clock.StepSuspendedDays, since, null, today);
    }

    internal DeadlineStatus StepStatus(CaseSnapshot snapshot, TimeLimit stepLimit, LocalDate today)
    {
        var clock = snapshot.Clock;
        var since = clock.SuspendedSince is { } s && s < snapshot.StepEntered ? snapshot.StepEntered : clock.SuspendedSince;
        return Evaluate(snapshot.StepEntered, stepLimit, clock.StepSuspendedDays, since, snapshot.Closed, today);
    }

    private static bool Counts(CaseSnapshot snapshot, ProcedureDefinition definition) =>
        !definition.TryGetStep(snapshot.Step, out var step) || step.CountsTowardCaseLimit;

    private static TimeLimit Add(TimeLimit limit, int days)
    {
        var total = (int)Math.Min(TimeLimit.MaxDays, (long)limit.Days + days);
        return limit.Kind == TimeLimitKind.WorkingDays ? TimeLimit.WorkingDays(total) : TimeLimit.NaturalDays(total);
    }

    private DeadlineStatus Evaluate(LocalDate start, TimeLimit limit, int suspendedDays, LocalDate? suspendedSince, LocalDate? finished, LocalDate today)
    {
        var reference = finished ?? today;
        var suspended = suspendedDays;
        if (suspendedSince is { } since && finished is null)
        {
            suspended += Math.Max(0, Days(limit.Kind, since, reference));
        }

        var total = Add(limit, suspended);
        var range = Range(start, total);
        var due = range.MostLikely;
        var used = Math.Max(0, Days(limit.Kind, start, reference) - suspended);
        var left = limit.Days - used;
        DeadlineState state;
        if (finished is not null)
        {
            // Late only when late on every arrangement the notice can still publish.
            state = finished.Value <= range.Latest ? DeadlineState.FinishedOnTime : DeadlineState.FinishedLate;
        }
        else if (suspendedSince is not null)
        {
            state = DeadlineState.Suspended;
        }
        else if (today > range.Latest)
        {
            // Red only when overdue on the latest possible due date: never on a guess.
            state = DeadlineState.Overdue;
        }
        else if (today > range.Earliest || NearLimit(start, limit.Kind, limit.Days, suspended, today, range.Earliest))
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

    private DueDateRange Range(LocalDate start, TimeLimit limit)
    {
        if (provisional is null)
        {
            var exact = Calendar.DueDate(start, limit);
            return new DueDateRange(exact, exact, exact, false);
        }

        return provisional.DueDateRange(start, limit);
    }

    private bool NearLimit(LocalDate start, TimeLimitKind kind, int limitDays, int suspended, LocalDate today, LocalDate earliestDue)
    {
        // On the earliest arrangement, the most days can have been used and the fewest are left.
        var calendar = provisional?.Earliest ?? Calendar;
        var used = Math.Max(0, calendar.CountDays(kind, start, today) - suspended);
        return (long)used * 100 >= (long)Policy.UsedPercent * limitDays || calendar.CountWorkingDays(today, earliestDue) <= Policy.WorkingDaysLeft;
    }

    private int Days(TimeLimitKind kind, LocalDate from, LocalDate to) =>
        Calendar.CountDays(kind, from, to);
}
