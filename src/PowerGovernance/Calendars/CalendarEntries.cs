using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars;

/// <summary>
/// Reconstructs the entries of a calendar from its day table (see <see cref="WorkingCalendar.GetEntries"/>):
/// maximal runs of consecutive non-working days with the same holiday name, and make-up working days.
/// Works on day categories rather than on every <see cref="DayType"/> member, so that a new kind of holiday
/// day is still part of its block.
/// </summary>
internal static class CalendarEntries
{
    private const int DaysInMessage = 10;

    internal static IReadOnlyList<CalendarEntry> Describe(WorkingCalendar calendar)
    {
        var weekend = new bool[8];
        foreach (var day in calendar.WeekendDays)
        {
            weekend[(int)day] = true;
        }

        var entries = new List<CalendarEntry>();
        var undescribed = new List<string>();
        var undescribedCount = 0;
        LocalDate? runStart = null;
        LocalDate runEnd = default;
        HolidayName? runName = null;
        foreach (var date in calendar.Coverage)
        {
            var type = calendar.GetDayType(date);
            var name = calendar.GetHolidayName(date);
            var isWeekend = weekend[(int)date.DayOfWeek];
            var inBlock = !calendar.IsWorkingDay(date) && name is not null;
            if (runStart is { } start && !(inBlock && name!.Equals(runName) && date == runEnd.PlusDays(1)))
            {
                entries.Add(new CalendarEntry(CalendarEntryKind.Holiday, start, runEnd, runName!, 0));
                runStart = null;
            }

            if (inBlock)
            {
                if (runStart is null)
                {
                    runStart = date;
                    runName = name;
                }

                runEnd = date;
                continue;
            }

            var describable = type switch
            {
                DayType.WorkingWeekday => !isWeekend && name is null,
                DayType.MakeUpWorkingDay => isWeekend && name is not null,
                DayType.Weekend => isWeekend && name is null,
                _ => false,
            };
            if (!describable)
            {
                undescribedCount++;
                if (undescribed.Count < DaysInMessage)
                {
                    undescribed.Add(LocalDatePattern.Iso.Format(date) + " (" + date.DayOfWeek + ", " + type + (name is null ? ", no holiday name" : ", " + name.Chinese) + ")");
                }

                continue;
            }

            if (type == DayType.MakeUpWorkingDay)
            {
                entries.Add(new CalendarEntry(CalendarEntryKind.MakeUpWorkingDay, date, date, name!, 0));
            }
        }

        if (runStart is { } last)
        {
            entries.Add(new CalendarEntry(CalendarEntryKind.Holiday, last, runEnd, runName!, 0));
        }

        if (undescribedCount > 0)
        {
            var more = undescribedCount > undescribed.Count ? string.Create(CultureInfo.InvariantCulture, $" and {undescribedCount - undescribed.Count} more") : string.Empty;
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Calendar '{calendar.Id}' has {undescribedCount} day(s) that its weekend days ({string.Join(", ", calendar.WeekendDays)}) and holiday entries cannot describe: ")
                + string.Join("; ", undescribed) + more
                + ". 日历中有无法用周末设置和节假日条目描述的日期（如无名称的非工作日、非周末的周末日）。");
        }

        return AssignYears(entries);
    }

    private static CalendarEntry[] AssignYears(List<CalendarEntry> entries)
    {
        // Names that have an entry ending in January of a year: a December entry with the same name belongs to that year.
        var endsInJanuary = new HashSet<(HolidayName Name, int Year)>();
        foreach (var entry in entries.Where(e => e.Last.Month == 1))
        {
            endsInJanuary.Add((entry.Name, entry.Last.Year));
        }

        return entries
            .OrderBy(e => e.First)
            .Select(e => e with
            {
                Year = e.Last.Month == 12 && e.Last.Year < 9999 && endsInJanuary.Contains((e.Name, e.Last.Year + 1)) ? e.Last.Year + 1 : e.Last.Year,
            })
            .ToArray();
    }
}
