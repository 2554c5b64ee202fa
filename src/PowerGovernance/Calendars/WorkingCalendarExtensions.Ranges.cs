using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <content>Due-date ranges on calendars with provisional years.</content>
public static partial class WorkingCalendarExtensions
{
    /// <summary>
    /// Returns the due date of a period as a range (期限届满日区间): on a calendar with provisional years
    /// (<see cref="IProvisionalWorkingCalendar"/>), the earliest, the most likely and the latest date the
    /// unpublished arrangement can make it; on any other calendar, one exact date. O(1), no allocation.
    /// </summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="received">The day of receipt (not counted).</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>The range; <see cref="DueDateRange.MostLikely"/> equals <see cref="DueDate"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed for the calculation is outside the calendar's coverage.</exception>
    public static DueDateRange DueDateRange(this IWorkingCalendar calendar, LocalDate received, TimeLimit limit)
    {
        Preconditions.CheckNotNull(calendar);
        if (calendar is not IProvisionalWorkingCalendar provisional)
        {
            var due = calendar.DueDate(received, limit);
            return new DueDateRange(due, due, due, false);
        }

        var likely = provisional.DueDate(received, limit);
        var earliest = provisional.Earliest.DueDate(received, limit);
        var latest = provisional.Latest.DueDate(received, limit);
        var isProvisional = provisional.CountUnpublishedDays(received, latest) > 0 || provisional.CountUncertainDays(received, latest) > 0;
        return new DueDateRange(earliest, likely, latest, isProvisional);
    }

    /// <summary>
    /// Explains a due-date range (期限区间说明): the most likely count day by day, and every uncertain day the
    /// period crosses with the reason it is uncertain, so an official can tell a citizen which days the
    /// published notice may still move and why.
    /// </summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="received">The day of receipt (not counted).</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date needed for the calculation is outside the calendar's coverage.</exception>
    public static DueDateRangeExplanation ExplainDueDateRange(this IWorkingCalendar calendar, LocalDate received, TimeLimit limit)
    {
        var range = calendar.DueDateRange(received, limit);
        var mostLikely = calendar.ExplainDueDate(received, limit);
        var uncertain = new List<ProvisionalDay>();
        var years = new List<CalendarYearProvenance>();
        if (calendar is IProvisionalWorkingCalendar provisional)
        {
            for (LocalDate? next = received < range.Latest ? received.PlusDays(1) : null; next is { } day; next = day < range.Latest ? day.PlusDays(1) : null)
            {
                if (provisional.GetUncertainty(day) is { } open)
                {
                    uncertain.Add(open);
                }
            }

            foreach (var year in provisional.Provenance)
            {
                if (year.Year >= received.Year && year.Year <= range.Latest.Year)
                {
                    years.Add(year);
                }
            }
        }

        return new DueDateRangeExplanation(range, mostLikely, uncertain, years);
    }
}
