using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>
/// A deliberately naive reference: day types from <see cref="OfficialDayFacts"/> (not from
/// cn-official.txt) and working-day arithmetic by stepping one day at a time.
/// </summary>
internal static class ReferenceCalendar
{
    public static readonly LocalDate First = new(2004, 1, 1);
    public static readonly LocalDate Last = new(2026, 12, 31);

    private static readonly HashSet<LocalDate> Holidays = Parse(OfficialDayFacts.Holidays);
    private static readonly HashSet<LocalDate> MakeUpDays = Parse(OfficialDayFacts.MakeUpWorkingDays);

    public static DayType DayTypeOf(LocalDate date)
    {
        if (Holidays.Contains(date))
        {
            return DayType.Holiday;
        }

        if (MakeUpDays.Contains(date))
        {
            return DayType.MakeUpWorkingDay;
        }

        return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayType.Weekend : DayType.WorkingWeekday;
    }

    public static bool IsWorkingDay(LocalDate date) => DayTypeOf(date) is DayType.WorkingWeekday or DayType.MakeUpWorkingDay;

    /// <summary>Steps day by day; returns null when the walk leaves 2004–2026.</summary>
    public static LocalDate? AddWorkingDays(LocalDate start, int count)
    {
        var step = Math.Sign(count);
        var remaining = Math.Abs(count);
        var day = start;
        while (remaining > 0)
        {
            day = day.PlusDays(step);
            if (day < First || day > Last)
            {
                return null;
            }

            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    public static int CountWorkingDays(LocalDate start, LocalDate end)
    {
        var (from, to, sign) = start <= end ? (start, end, 1) : (end, start, -1);
        var count = 0;
        for (var day = from.PlusDays(1); day <= to; day = day.PlusDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }

    private static HashSet<LocalDate> Parse(IEnumerable<string> dates) =>
        dates.Select(d => LocalDatePattern.Iso.Parse(d).Value).ToHashSet();
}
