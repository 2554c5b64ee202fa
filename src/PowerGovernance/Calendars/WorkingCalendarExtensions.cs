using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// Due-date rules (期限计算) on any <see cref="IWorkingCalendar"/>, following the usual Chinese legal
/// counting (Civil Procedure Law Art. 85): the day of receipt is not counted; a natural-day period
/// whose last day is not a working day ends on the next working day.
/// </summary>
public static partial class WorkingCalendarExtensions
{
    /// <summary>
    /// Returns the last day of a period of <paramref name="limit"/> that starts on the day of
    /// receipt <paramref name="received"/> (答复时限以收件日作为计算的起始时间; the day itself is not counted).
    /// </summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="received">The day of receipt (收件日).</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>
    /// For working days, the <c>limit.Days</c>-th working day after <paramref name="received"/>; for
    /// natural days, <paramref name="received"/> plus <c>limit.Days</c> days, moved to the next
    /// working day when that day is not a working day. A zero-day limit returns
    /// <paramref name="received"/> (natural days: moved forward the same way). For a quarter limit
    /// (<see cref="TimeLimitKind.EndOfQuarter"/>), the last day of the calendar quarter <paramref name="received"/> falls
    /// in, or of the <c>limit.Days</c>-th following quarter, moved to the next working day the same way.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed for the calculation is outside the calendar's coverage.</exception>
    public static LocalDate DueDate(this IWorkingCalendar calendar, LocalDate received, TimeLimit limit)
    {
        Preconditions.CheckNotNull(calendar);
        if (limit.Kind == TimeLimitKind.WorkingDays)
        {
            return calendar.AddWorkingDays(received, limit.Days);
        }

        // Check the day of receipt first so that an unknown start is reported as such.
        calendar.GetDayType(received);
        var last = LastCountedDay(calendar, received, limit);
        return calendar.IsWorkingDay(last) ? last : calendar.NextWorkingDay(last);
    }

    /// <summary>
    /// Returns the deadline of a period: its due date (see <see cref="DueDate"/>) ending at 24:00 China Standard Time
    /// (<see cref="Calendars.Deadline.ChinaStandardZone"/>). For another zone use <see cref="OfficeCalendar.Deadline"/>.
    /// </summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="received">The day of receipt.</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed for the calculation is outside the calendar's coverage.</exception>
    public static Deadline Deadline(this IWorkingCalendar calendar, LocalDate received, TimeLimit limit) =>
        new OfficeCalendar(calendar).Deadline(received, limit);

    /// <summary>
    /// Counts the days of <paramref name="kind"/> in (<paramref name="start"/>, <paramref name="end"/>]:
    /// working days with <see cref="IWorkingCalendar.CountWorkingDays"/>, natural days by date difference (also for
    /// <see cref="TimeLimitKind.EndOfQuarter"/>, whose days are counted as natural days).
    /// Negative when <paramref name="end"/> is before <paramref name="start"/>.
    /// </summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="kind">Working or natural days.</param>
    /// <param name="start">The exclusive start.</param>
    /// <param name="end">The inclusive end.</param>
    /// <returns>The number of days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">For working days, a date outside the calendar's coverage.</exception>
    public static int CountDays(this IWorkingCalendar calendar, TimeLimitKind kind, LocalDate start, LocalDate end)
    {
        Preconditions.CheckNotNull(calendar);
        return kind == TimeLimitKind.WorkingDays ? calendar.CountWorkingDays(start, end) : Period.DaysBetween(start, end);
    }

    /// <summary>
    /// The last day of a natural-day or quarter period before it is moved to a working day: <paramref name="received"/> plus
    /// the days, or the end of the quarter (<see cref="QuarterEnd"/>).
    /// </summary>
    private static LocalDate LastCountedDay(IWorkingCalendar calendar, LocalDate received, TimeLimit limit)
    {
        if (limit.Kind == TimeLimitKind.EndOfQuarter)
        {
            return QuarterEnd(received, limit.Days)
                ?? throw CalendarCoverageException.ResultOutside(calendar.Id, calendar.Coverage, received, Period.DaysBetween(IsoDates.ToIso(received), LocalDate.MaxIsoValue) + 1, nameof(limit), TimeLimitKind.NaturalDays);
        }

        if (!IsoDates.CanAddDays(received, limit.Days))
        {
            throw CalendarCoverageException.ResultOutside(calendar.Id, calendar.Coverage, received, limit.Days, nameof(limit), TimeLimitKind.NaturalDays);
        }

        return received.PlusDays(limit.Days);
    }

    /// <summary>
    /// The last day of the calendar quarter (季度末: 31 March, 30 June, 30 September or 31 December) <paramref name="date"/>
    /// falls in, or of the <paramref name="followingQuarters"/>-th quarter after it; <see langword="null"/> past year 9999.
    /// </summary>
    internal static LocalDate? QuarterEnd(LocalDate date, int followingQuarters)
    {
        var iso = IsoDates.ToIso(date);
        var index = ((long)iso.Year * 4) + ((iso.Month - 1) / 3) + followingQuarters;
        var year = index / 4;
        if (year > 9999)
        {
            return null;
        }

        var endMonth = ((int)(index % 4) * 3) + 3;
        return new LocalDate((int)year, endMonth, CalendarSystem.Iso.GetDaysInMonth((int)year, endMonth));
    }

    /// <summary>Counts the working days in <paramref name="interval"/>, both ends included.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="interval">The dates to count.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CalendarCoverageException">The interval reaches outside the calendar's coverage.</exception>
    public static int CountWorkingDays(this IWorkingCalendar calendar, DateInterval interval)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckNotNull(interval);
        return calendar.CountWorkingDays(interval.Start, interval.End) + (calendar.IsWorkingDay(interval.Start) ? 1 : 0);
    }

    /// <summary>
    /// Explains a due date day by day (期限说明): which days were counted, and which weekends,
    /// holidays and make-up working days were passed over, so an official can show a citizen why the
    /// deadline is that day. Render it with <see cref="DueDateExplanation.ToString(ExplanationLanguage)"/>.
    /// </summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="received">The day of receipt.</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>The explanation, with the same due date as <see cref="DueDate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed for the calculation is outside the calendar's coverage.</exception>
    public static DueDateExplanation ExplainDueDate(this IWorkingCalendar calendar, LocalDate received, TimeLimit limit)
    {
        var due = calendar.DueDate(received, limit);
        var days = new List<ExplainedDay>();
        var counted = 0;
        var lastCounted = limit.Kind == TimeLimitKind.WorkingDays ? due : LastCountedDay(calendar, received, limit);
        for (LocalDate? next = received < due ? received.PlusDays(1) : null; next is { } day; next = day < due ? day.PlusDays(1) : null)
        {
            var type = calendar.GetDayType(day);
            var isWorking = type is DayType.WorkingWeekday or DayType.MakeUpWorkingDay;
            int? ordinal = null;
            if (day <= lastCounted && (limit.Kind != TimeLimitKind.WorkingDays || isWorking))
            {
                ordinal = ++counted;
            }

            days.Add(new ExplainedDay(day, type, calendar.GetHolidayName(day), ordinal));
        }

        return new DueDateExplanation(calendar.Id, received, calendar.GetDayType(received), limit, due, lastCounted, days);
    }
}
