using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tool.Seams;

/// <summary>
/// The part of a calendar over some of its dates (日历截取), for exporting a range of years: the same identifier,
/// name and weekend days, the holiday blocks and make-up working days on those dates (a block that crosses an end is
/// cut there), and the sources of the years those entries belong to.
/// </summary>
internal static class CalendarSlice
{
    /// <summary>Returns the calendar over <paramref name="range"/> (inside its coverage); the calendar itself when the range is its coverage.</summary>
    /// <remarks>
    /// The slice is built from <see cref="WorkingCalendar.GetEntries"/>, so the kinds of rest day collapse to
    /// <see cref="DayType.Holiday"/> (as in every file format), and a calendar whose days the entries cannot describe
    /// throws <see cref="System.InvalidOperationException"/>.
    /// </remarks>
    public static WorkingCalendar Of(WorkingCalendar calendar, DateInterval range)
    {
        if (range.Equals(calendar.Coverage))
        {
            return calendar;
        }

        var builder = new WorkingCalendarBuilder(calendar.Id)
            .WithCoverage(range)
            .WithWeekendDays(calendar.WeekendDays.ToArray());
        if (calendar.Name is not null)
        {
            builder.WithName(calendar.Name);
        }

        var years = new HashSet<int>();
        for (var year = range.Start.Year; year <= range.End.Year; year++)
        {
            years.Add(year);
        }

        foreach (var entry in calendar.GetEntries())
        {
            var first = entry.First < range.Start ? range.Start : entry.First;
            var last = entry.Last > range.End ? range.End : entry.Last;
            if (first > last)
            {
                continue;
            }

            if (entry.Kind == CalendarEntryKind.Holiday)
            {
                builder.AddHoliday(first, last, entry.Name);
            }
            else
            {
                builder.AddMakeUpWorkingDay(first, entry.Name);
            }

            years.Add(entry.Year);
        }

        foreach (var source in calendar.Sources.Where(s => years.Contains(s.Year)))
        {
            builder.AddSource(source);
        }

        return builder.Build();
    }
}
