using System;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck generators of dates inside a working calendar's coverage and of <see cref="TimeLimit"/>s.
/// Every generator is deterministic given FsCheck's seed.
/// </summary>
public static class CalendarGenerators
{
    /// <summary>Returns a generator of dates inside <paramref name="calendar"/>'s coverage (both ends included), uniformly.</summary>
    /// <param name="calendar">The calendar, e.g. <c>ChinaCalendars.Official</c>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static Gen<LocalDate> DatesIn(IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DatesBetween(calendar.Coverage.Start, calendar.Coverage.End);
    }

    /// <summary>
    /// Returns a generator of days of receipt inside <paramref name="calendar"/>'s coverage that leave room
    /// for <paramref name="limit"/>: the due date (<see cref="WorkingCalendarExtensions.DueDate"/>) of every
    /// generated date is inside the coverage too.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="limit">The time limit that must fit after the date.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The coverage is too short for <paramref name="limit"/>.</exception>
    public static Gen<LocalDate> DatesIn(IWorkingCalendar calendar, TimeLimit limit)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return DatesBetween(calendar.Coverage.Start, LatestStart(calendar, limit));
    }

    /// <summary>Returns a generator of working days inside <paramref name="calendar"/>'s coverage.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static Gen<LocalDate> WorkingDaysIn(IWorkingCalendar calendar) =>
        DatesIn(calendar).Where(calendar.IsWorkingDay);

    /// <summary>Returns a generator of working-day limits (个工作日) of 0 to <paramref name="maxDays"/> days.</summary>
    /// <param name="maxDays">The longest limit, 0 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> is out of range.</exception>
    public static Gen<TimeLimit> WorkingDayLimits(int maxDays) =>
        Gen.Choose(0, CheckMax(maxDays)).Select(TimeLimit.WorkingDays);

    /// <summary>Returns a generator of natural-day limits (日) of 0 to <paramref name="maxDays"/> days.</summary>
    /// <param name="maxDays">The longest limit, 0 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> is out of range.</exception>
    public static Gen<TimeLimit> NaturalDayLimits(int maxDays) =>
        Gen.Choose(0, CheckMax(maxDays)).Select(TimeLimit.NaturalDays);

    /// <summary>Returns a generator of limits of either kind, equally often, of 0 to <paramref name="maxDays"/> days.</summary>
    /// <param name="maxDays">The longest limit, 0 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> is out of range.</exception>
    public static Gen<TimeLimit> TimeLimits(int maxDays) =>
        Gen.OneOf(WorkingDayLimits(maxDays), NaturalDayLimits(maxDays));

    /// <summary>
    /// Returns a generator of limits "by the end of the quarter" (按季度, <see cref="TimeLimit.EndOfQuarter"/>): the end of the
    /// quarter the period starts in, or of one of the next <paramref name="maxFollowingQuarters"/> quarters, uniformly.
    /// </summary>
    /// <param name="maxFollowingQuarters">The most following quarters, 0 to <see cref="TimeLimit.MaxFollowingQuarters"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFollowingQuarters"/> is out of range.</exception>
    public static Gen<TimeLimit> QuarterLimits(int maxFollowingQuarters) =>
        Gen.Choose(0, CheckMaxQuarters(maxFollowingQuarters)).Select(TimeLimit.EndOfQuarter);

    /// <summary>
    /// Returns a generator of limits of every kind, equally often: working days and natural days (0 to
    /// <paramref name="maxDays"/> days) and quarter ends (0 to <paramref name="maxFollowingQuarters"/> following quarters).
    /// Use it where a quarter limit is valid; where the kernel refuses one (a procedure that suspends, resumes or extends
    /// its clock), use <see cref="TimeLimits(int)"/>.
    /// </summary>
    /// <param name="maxDays">The longest day limit, 0 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <param name="maxFollowingQuarters">The most following quarters, 0 to <see cref="TimeLimit.MaxFollowingQuarters"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Gen<TimeLimit> TimeLimits(int maxDays, int maxFollowingQuarters) =>
        Gen.OneOf(WorkingDayLimits(maxDays), NaturalDayLimits(maxDays), QuarterLimits(maxFollowingQuarters));

    /// <summary>
    /// Returns a generator of a legal limit (法定时限) and a committed limit (承诺时限) of the same kind, the
    /// committed one 1 to ⌊2/3⌋ of the legal one, as the reform requires; the legal limit is 2 to
    /// <paramref name="maxLegalDays"/> days.
    /// </summary>
    /// <param name="maxLegalDays">The longest legal limit, 2 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLegalDays"/> is out of range.</exception>
    public static Gen<(TimeLimit Legal, TimeLimit Committed)> LegalAndCommittedLimits(int maxLegalDays)
    {
        if (maxLegalDays < 2 || maxLegalDays > TimeLimit.MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLegalDays), maxLegalDays, $"The longest legal limit must be 2 to {TimeLimit.MaxDays} days.");
        }

        return from working in Gen.Elements(true, false)
               from legal in Gen.Choose(2, maxLegalDays)
               from committed in Gen.Choose(1, legal * 2 / 3)
               select working
                   ? (TimeLimit.WorkingDays(legal), TimeLimit.WorkingDays(committed))
                   : (TimeLimit.NaturalDays(legal), TimeLimit.NaturalDays(committed));
    }

    /// <summary>
    /// Returns a generator of a day of receipt and a limit of either kind (0 to <paramref name="maxDays"/>
    /// days) whose due date is inside <paramref name="calendar"/>'s coverage.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="maxDays">The longest limit; the coverage must leave room for it.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The coverage is too short for a limit of <paramref name="maxDays"/> working days.</exception>
    public static Gen<(LocalDate Received, TimeLimit Limit)> ReceiptsWithLimits(IWorkingCalendar calendar, int maxDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        LatestStart(calendar, TimeLimit.WorkingDays(CheckMax(maxDays)));
        return from limit in TimeLimits(maxDays)
               from received in DatesIn(calendar, limit)
               select (received, limit);
    }

    /// <summary>
    /// Returns a generator of a day of receipt and a limit of any kind (<see cref="TimeLimits(int, int)"/>) whose due date is
    /// inside <paramref name="calendar"/>'s coverage.
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="maxDays">The longest day limit; the coverage must leave room for it.</param>
    /// <param name="maxFollowingQuarters">The most following quarters; the coverage must leave room for them.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> or <paramref name="maxFollowingQuarters"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The coverage is too short for the longest limit of a kind.</exception>
    public static Gen<(LocalDate Received, TimeLimit Limit)> ReceiptsWithLimits(IWorkingCalendar calendar, int maxDays, int maxFollowingQuarters)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        LatestStart(calendar, TimeLimit.WorkingDays(CheckMax(maxDays)));
        LatestStart(calendar, TimeLimit.EndOfQuarter(CheckMaxQuarters(maxFollowingQuarters)));
        return from limit in TimeLimits(maxDays, maxFollowingQuarters)
               from received in DatesIn(calendar, limit)
               select (received, limit);
    }

    /// <summary>The latest day of receipt in <paramref name="calendar"/>'s coverage whose due date under <paramref name="limit"/> is still inside it.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The latest such day.</returns>
    /// <exception cref="ArgumentException">No day leaves room for <paramref name="limit"/>.</exception>
    internal static LocalDate LatestStart(IWorkingCalendar calendar, TimeLimit limit)
    {
        var coverage = calendar.Coverage;
        if (limit.Kind == TimeLimitKind.WorkingDays && limit.Days == 0)
        {
            return coverage.End;
        }

        if (limit.Kind == TimeLimitKind.EndOfQuarter)
        {
            return LatestQuarterStart(calendar, limit);
        }

        try
        {
            var lastWorking = calendar.IsWorkingDay(coverage.End) ? coverage.End : calendar.PreviousWorkingDay(coverage.End);
            var latest = limit.Kind == TimeLimitKind.WorkingDays
                ? calendar.AddWorkingDays(lastWorking, -limit.Days)
                : lastWorking.PlusDays(-limit.Days);
            if (latest >= coverage.Start)
            {
                return latest;
            }
        }
        catch (CalendarCoverageException)
        {
            // Too few working days: reported below.
        }

        throw new ArgumentException($"Working calendar '{calendar.Id}' ({coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}) has no day of receipt that leaves room for {limit}.", nameof(limit));
    }

    /// <summary>
    /// Every day of a quarter has the same quarter due date, so the latest start is the end of the coverage if its due date
    /// fits, else the last day of the latest earlier quarter whose due date fits.
    /// </summary>
    private static LocalDate LatestQuarterStart(IWorkingCalendar calendar, TimeLimit limit)
    {
        var coverage = calendar.Coverage;
        for (var start = coverage.End; start >= coverage.Start; start = FirstDayOfQuarter(start).PlusDays(-1))
        {
            try
            {
                calendar.DueDate(start, limit);
                return start;
            }
            catch (CalendarCoverageException)
            {
                // The due date is past the coverage: try the quarter before.
            }

            if (FirstDayOfQuarter(start) <= coverage.Start)
            {
                break;
            }
        }

        throw new ArgumentException($"Working calendar '{calendar.Id}' ({coverage.Start:uuuu-MM-dd} to {coverage.End:uuuu-MM-dd}) has no day of receipt that leaves room for {limit}.", nameof(limit));
    }

    private static LocalDate FirstDayOfQuarter(LocalDate date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);

    private static int CheckMaxQuarters(int maxFollowingQuarters) =>
        maxFollowingQuarters is >= 0 and <= TimeLimit.MaxFollowingQuarters
            ? maxFollowingQuarters
            : throw new ArgumentOutOfRangeException(nameof(maxFollowingQuarters), maxFollowingQuarters, $"The most following quarters must be 0 to {TimeLimit.MaxFollowingQuarters}.");

    private static Gen<LocalDate> DatesBetween(LocalDate first, LocalDate last) =>
        Gen.Choose(0, Period.DaysBetween(first, last)).Select(first.PlusDays);

    private static int CheckMax(int maxDays) =>
        maxDays is >= 0 and <= TimeLimit.MaxDays
            ? maxDays
            : throw new ArgumentOutOfRangeException(nameof(maxDays), maxDays, $"The longest limit must be 0 to {TimeLimit.MaxDays} days.");
}
