using System;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// A second, tighter naive reference: the calendar's working days copied once into a
/// <see cref="bool"/> array indexed by day, then walked one element per day. It shows what a
/// day-by-day loop costs without any per-day date arithmetic or range checks.
/// </summary>
public sealed class WorkingDayFlags
{
    private readonly LocalDate first;
    private readonly bool[] isWorking;

    /// <summary>Initializes a new instance of the <see cref="WorkingDayFlags"/> class by copying every day of the calendar's coverage.</summary>
    /// <param name="calendar">The calendar to copy.</param>
    public WorkingDayFlags(IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        first = calendar.Coverage.Start;
        isWorking = new bool[calendar.Coverage.Length];
        var date = first;
        for (var i = 0; i < isWorking.Length; i++)
        {
            isWorking[i] = calendar.IsWorkingDay(date);
            date = date.PlusDays(1);
        }
    }

    /// <summary>Returns the array index of <paramref name="date"/> (days since the coverage start).</summary>
    /// <param name="date">A date inside the coverage.</param>
    /// <returns>The index.</returns>
    public int IndexOf(LocalDate date) => Period.DaysBetween(first, date);

    /// <summary>Returns the index of the <paramref name="count"/>-th working day after index <paramref name="startIndex"/> (count ≥ 0).</summary>
    /// <param name="startIndex">The index of the day to count from (not counted).</param>
    /// <param name="count">The number of working days to move forward.</param>
    /// <returns>The index of the working day reached.</returns>
    public int AddWorkingDays(int startIndex, int count)
    {
        var flags = isWorking;
        var i = startIndex;
        var remaining = count;
        while (remaining > 0)
        {
            i++;
            if (flags[i])
            {
                remaining--;
            }
        }

        return i;
    }

    /// <summary>Counts the working days with index in (<paramref name="startIndex"/>, <paramref name="endIndex"/>].</summary>
    /// <param name="startIndex">The exclusive start index.</param>
    /// <param name="endIndex">The inclusive end index.</param>
    /// <returns>The number of working days.</returns>
    public int CountWorkingDays(int startIndex, int endIndex)
    {
        var flags = isWorking;
        var count = 0;
        for (var i = startIndex + 1; i <= endIndex; i++)
        {
            if (flags[i])
            {
                count++;
            }
        }

        return count;
    }
}
