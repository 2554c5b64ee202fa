using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The naive reference (the baseline): step one day at a time and ask the calendar
/// <see cref="IWorkingCalendar.IsWorkingDay(LocalDate)"/> for every day. It reads the same
/// day-type table as the kernel, so the only difference measured is O(days) versus O(1).
/// </summary>
public static class NaivePerDayLoop
{
    /// <summary>Returns the <paramref name="count"/>-th working day after <paramref name="start"/> (count ≥ 0).</summary>
    /// <param name="calendar">The calendar whose day types are asked.</param>
    /// <param name="start">The day to count from (not counted).</param>
    /// <param name="count">The number of working days to move forward.</param>
    /// <returns>The working day reached.</returns>
    public static LocalDate AddWorkingDays(WorkingCalendar calendar, LocalDate start, int count)
    {
        var date = start;
        var remaining = count;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            if (calendar.IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Counts the working days in (<paramref name="start"/>, <paramref name="end"/>] (end ≥ start).</summary>
    /// <param name="calendar">The calendar whose day types are asked.</param>
    /// <param name="start">The exclusive start.</param>
    /// <param name="end">The inclusive end.</param>
    /// <returns>The number of working days.</returns>
    public static int CountWorkingDays(WorkingCalendar calendar, LocalDate start, LocalDate end)
    {
        var count = 0;
        for (var date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns the <paramref name="count"/>-th working day after <paramref name="start"/> (count ≥ 0) on a calendar with provisional years.</summary>
    /// <param name="calendar">The calendar whose (most likely) day types are asked.</param>
    /// <param name="start">The day to count from (not counted).</param>
    /// <param name="count">The number of working days to move forward.</param>
    /// <returns>The working day reached.</returns>
    public static LocalDate AddWorkingDays(ProvisionalWorkingCalendar calendar, LocalDate start, int count)
    {
        var date = start;
        var remaining = count;
        while (remaining > 0)
        {
            date = date.PlusDays(1);
            if (calendar.IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Counts the working days in (<paramref name="start"/>, <paramref name="end"/>] (end ≥ start) on a calendar with provisional years.</summary>
    /// <param name="calendar">The calendar whose (most likely) day types are asked.</param>
    /// <param name="start">The exclusive start.</param>
    /// <param name="end">The inclusive end.</param>
    /// <returns>The number of working days.</returns>
    public static int CountWorkingDays(ProvisionalWorkingCalendar calendar, LocalDate start, LocalDate end)
    {
        var count = 0;
        for (var date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
