using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>Compares two working calendars day by day (日历比对), e.g. a provisional year and the published notice.</summary>
public static class CalendarComparison
{
    /// <summary>
    /// Returns the days of the two calendars' common coverage whose type or holiday differs, in date order.
    /// </summary>
    /// <param name="oldCalendar">The calendar before the change.</param>
    /// <param name="newCalendar">The calendar after the change.</param>
    /// <returns>The changed days; empty when the calendars agree or share no dates.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ChangedDay> ChangedDays(IWorkingCalendar oldCalendar, IWorkingCalendar newCalendar)
    {
        Preconditions.CheckNotNull(oldCalendar);
        Preconditions.CheckNotNull(newCalendar);
        var first = oldCalendar.Coverage.Start > newCalendar.Coverage.Start ? oldCalendar.Coverage.Start : newCalendar.Coverage.Start;
        var last = oldCalendar.Coverage.End < newCalendar.Coverage.End ? oldCalendar.Coverage.End : newCalendar.Coverage.End;
        var changed = new List<ChangedDay>();
        for (LocalDate? next = first <= last ? first : null; next is { } day; next = day < last ? day.PlusDays(1) : null)
        {
            var oldType = oldCalendar.GetDayType(day);
            var newType = newCalendar.GetDayType(day);
            var oldName = oldCalendar.GetHolidayName(day);
            var newName = newCalendar.GetHolidayName(day);
            if (oldType != newType || !Equals(oldName, newName))
            {
                changed.Add(new ChangedDay(day, oldType, newType, oldName, newName));
            }
        }

        return changed;
    }
}
