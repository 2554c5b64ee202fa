using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Testing;

/// <summary>
/// A deliberately naive working-day calendar: the oracle a property compares a real
/// <see cref="IWorkingCalendar"/> against. It stores one <see cref="DayType"/> per day of its coverage
/// and answers every question by walking day by day, so its correctness can be read off the code.
/// </summary>
/// <remarks>
/// <para>
/// The arithmetic follows the kernel's rules: <see cref="AddWorkingDays"/> does not count the start day;
/// <see cref="CountWorkingDays"/> counts working days in (start, end], negated when end is before start;
/// <see cref="DueDate"/> adds working days, or adds natural days and rolls a non-working last day forward
/// to the next working day. Any date outside <see cref="Coverage"/>, given or reached, throws a
/// <see cref="CalendarCoverageException"/>, as the kernel's calendars do.
/// </para>
/// <para>It is slow (linear in the days walked) and meant for tests only.</para>
/// </remarks>
public sealed class ReferenceWorkingCalendar : IWorkingCalendar
{
    private CalendarIdentity? identity;

    private static readonly IsoDayOfWeek[] SaturdayAndSunday = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private readonly DayType[] types;
    private readonly HolidayName?[] names;

    private ReferenceWorkingCalendar(string id, DateInterval coverage, DayType[] types, HolidayName?[] names)
    {
        Id = id;
        Coverage = coverage;
        this.types = types;
        this.names = names;
    }

    /// <summary>
    /// Creates a reference calendar from explicit data: each day of <paramref name="coverage"/> is a
    /// <see cref="DayType.Holiday"/> when listed in <paramref name="holidays"/>, else a
    /// <see cref="DayType.MakeUpWorkingDay"/> when listed in <paramref name="makeUpWorkingDays"/>, else a
    /// <see cref="DayType.Weekend"/> when its day of the week is in <paramref name="weekend"/>, else a
    /// <see cref="DayType.WorkingWeekday"/>. Dates outside the coverage are ignored.
    /// </summary>
    /// <param name="id">The calendar's id, e.g. <c>reference</c>.</param>
    /// <param name="coverage">The dates the calendar knows, inclusive at both ends.</param>
    /// <param name="holidays">The public holidays (放假日), including those falling on a weekend.</param>
    /// <param name="makeUpWorkingDays">The make-up working days (调休上班日), usually weekend days.</param>
    /// <param name="weekend">The weekly rest days; Saturday and Sunday when <see langword="null"/>.</param>
    /// <param name="holidayName">The name <see cref="GetHolidayName"/> gives holidays and make-up days; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="coverage"/>, <paramref name="holidays"/> or <paramref name="makeUpWorkingDays"/> is null.</exception>
    public ReferenceWorkingCalendar(
        string id,
        DateInterval coverage,
        IEnumerable<LocalDate> holidays,
        IEnumerable<LocalDate> makeUpWorkingDays,
        IEnumerable<IsoDayOfWeek>? weekend = null,
        HolidayName? holidayName = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeUpWorkingDays);
        var rest = new HashSet<IsoDayOfWeek>(weekend ?? SaturdayAndSunday);
        var holidaySet = new HashSet<LocalDate>(holidays);
        var makeUpSet = new HashSet<LocalDate>(makeUpWorkingDays);
        Id = id;
        Coverage = coverage;
        types = new DayType[coverage.Length];
        names = new HolidayName?[coverage.Length];
        var i = 0;
        foreach (var day in coverage)
        {
            types[i] = holidaySet.Contains(day) ? DayType.Holiday
                : makeUpSet.Contains(day) ? DayType.MakeUpWorkingDay
                : rest.Contains(day.DayOfWeek) ? DayType.Weekend
                : DayType.WorkingWeekday;
            names[i] = types[i] is DayType.Holiday or DayType.MakeUpWorkingDay ? holidayName : null;
            i++;
        }
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public DateInterval Coverage { get; }

    /// <inheritdoc />
    public CalendarIdentity Identity => identity ??= CalendarIdentity.Of(this);

    /// <summary>
    /// Copies the day types and holiday names of <paramref name="calendar"/> over its whole coverage,
    /// one <see cref="IWorkingCalendar.GetDayType"/> call per day; the arithmetic is then the naive walk,
    /// independent of how <paramref name="calendar"/> computes it.
    /// </summary>
    /// <param name="calendar">The calendar to copy, e.g. <c>ChinaCalendars.Official</c>.</param>
    /// <returns>The reference calendar, with id <c>reference:</c> followed by the calendar's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static ReferenceWorkingCalendar Of(IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var coverage = calendar.Coverage;
        var types = new DayType[coverage.Length];
        var names = new HolidayName?[coverage.Length];
        var i = 0;
        foreach (var day in coverage)
        {
            types[i] = calendar.GetDayType(day);
            names[i] = calendar.GetHolidayName(day);
            i++;
        }

        return new ReferenceWorkingCalendar("reference:" + calendar.Id, coverage, types, names);
    }

    /// <inheritdoc/>
    public DayType GetDayType(LocalDate date) => types[Index(date, nameof(date))];

    /// <inheritdoc/>
    public HolidayName? GetHolidayName(LocalDate date) => names[Index(date, nameof(date))];

    /// <inheritdoc/>
    public bool IsWorkingDay(LocalDate date) => GetDayType(date) is DayType.WorkingWeekday or DayType.MakeUpWorkingDay;

    /// <summary>
    /// Walks <paramref name="count"/> working days from <paramref name="start"/> one day at a time (forward
    /// when positive, backward when negative); the start day is not counted.
    /// </summary>
    /// <param name="start">The day to count from (need not be a working day).</param>
    /// <param name="count">The number of working days; 0 returns <paramref name="start"/>.</param>
    /// <returns>The day on which the count reaches <paramref name="count"/>.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="start"/> or a day walked is outside <see cref="Coverage"/>.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        Index(start, nameof(start));
        var step = Math.Sign(count);
        var remaining = Math.Abs((long)count);
        var day = start;
        while (remaining > 0)
        {
            day = day.PlusDays(step);
            if (!Coverage.Contains(day))
            {
                throw new CalendarCoverageException(Id, Coverage, day, nameof(count));
            }

            remaining -= IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }

    /// <summary>Counts the working days in (<paramref name="start"/>, <paramref name="end"/>], one day at a time; negative when <paramref name="end"/> is before <paramref name="start"/>.</summary>
    /// <param name="start">The first date (not counted).</param>
    /// <param name="end">The last date (counted).</param>
    /// <returns>The signed number of working days.</returns>
    /// <exception cref="CalendarCoverageException">Either date is outside <see cref="Coverage"/>.</exception>
    public int CountWorkingDays(LocalDate start, LocalDate end)
    {
        Index(start, nameof(start));
        Index(end, nameof(end));
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        var count = 0;
        for (var day = from.PlusDays(1); day <= to; day = day.PlusDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return sign * count;
    }

    /// <summary>Walks forward from the day after <paramref name="date"/> to the first working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The first working day after <paramref name="date"/>.</returns>
    /// <exception cref="CalendarCoverageException">The date or the result is outside <see cref="Coverage"/>.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>Walks backward from the day before <paramref name="date"/> to the first working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The last working day before <paramref name="date"/>.</returns>
    /// <exception cref="CalendarCoverageException">The date or the result is outside <see cref="Coverage"/>.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// The naive due date of a case received on <paramref name="received"/> with <paramref name="limit"/>:
    /// the start day is not counted; working-day limits walk working days; natural-day limits add the
    /// days and, when the last day is not a working day, roll forward to the next working day; quarter limits walk to the
    /// last day of the quarter (or of the following quarters) and roll forward the same way.
    /// Compare it with <see cref="WorkingCalendarExtensions.DueDate"/>.
    /// </summary>
    /// <param name="received">The day of receipt.</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>The last day on which the work is on time.</returns>
    /// <exception cref="CalendarCoverageException">A date given or reached is outside <see cref="Coverage"/>.</exception>
    public LocalDate DueDate(LocalDate received, TimeLimit limit)
    {
        if (limit.Kind == TimeLimitKind.WorkingDays)
        {
            return AddWorkingDays(received, limit.Days);
        }

        Index(received, nameof(received));
        var last = received.PlusDays(limit.Kind == TimeLimitKind.EndOfQuarter ? 0 : limit.Days);
        if (limit.Kind == TimeLimitKind.EndOfQuarter)
        {
            // Walk day by day to the (Days + 1)-th last day of a March, June, September or December.
            for (var ends = 0; !(last.Month % 3 == 0 && last.PlusDays(1).Month != last.Month && ends++ == limit.Days); last = last.PlusDays(1))
            {
                Index(last, nameof(limit));
            }
        }

        Index(last, nameof(limit));
        while (!IsWorkingDay(last))
        {
            last = last.PlusDays(1);
            Index(last, nameof(limit));
        }

        return last;
    }

    /// <inheritdoc/>
    public override string ToString() => Id + " " + Coverage;

    private int Index(LocalDate date, string paramName) =>
        Coverage.Contains(date)
            ? Period.DaysBetween(Coverage.Start, date)
            : throw new CalendarCoverageException(Id, Coverage, date, paramName);
}
