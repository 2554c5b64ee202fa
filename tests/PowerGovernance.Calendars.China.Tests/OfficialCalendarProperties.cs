using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>Laws of working-day arithmetic over the whole coverage, checked against the naive <see cref="ReferenceCalendar"/>.</summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
public class OfficialCalendarProperties
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    [Property]
    public bool AddWorkingDays_agrees_with_a_day_by_day_walk(LocalDate start, int count)
    {
        var expected = ReferenceCalendar.AddWorkingDays(start, count);
        if (expected is null)
        {
            return Throws(() => Official.AddWorkingDays(start, count));
        }

        return Official.AddWorkingDays(start, count) == expected.Value;
    }

    [Property]
    public bool CountWorkingDays_agrees_with_a_day_by_day_count(LocalDate start, LocalDate end) =>
        Official.CountWorkingDays(start, end) == ReferenceCalendar.CountWorkingDays(start, end);

    /// <remarks>
    /// Backwards from a non-working day the law does not hold by definition: (result, start] then holds
    /// one working day fewer than |count|, because start itself is not a working day.
    /// </remarks>
    [Property]
    public Property CountWorkingDays_undoes_AddWorkingDays(LocalDate start, int count)
    {
        var fits = ReferenceCalendar.AddWorkingDays(start, count) is not null && (count >= 0 || ReferenceCalendar.IsWorkingDay(start));
        return Prop.When(fits, () => Official.CountWorkingDays(start, Official.AddWorkingDays(start, count)) == count);
    }

    [Property]
    public Property AddWorkingDays_undoes_CountWorkingDays_on_working_days(LocalDate start, LocalDate end) =>
        Prop.When(
            Official.IsWorkingDay(end) && Official.IsWorkingDay(start),
            () => Official.AddWorkingDays(start, Official.CountWorkingDays(start, end)) == end);

    [Property]
    public Property A_non_zero_count_lands_on_a_working_day_on_the_right_side_of_the_start(LocalDate start, int count)
    {
        var fits = count != 0 && ReferenceCalendar.AddWorkingDays(start, count) is not null;
        return Prop.When(fits, () =>
        {
            var result = Official.AddWorkingDays(start, count);
            return Official.IsWorkingDay(result) && (count > 0 ? result > start : result < start);
        });
    }

    [Property]
    public Property AddWorkingDays_is_strictly_increasing_in_the_count(LocalDate start, int first, int second)
    {
        var (low, high) = first <= second ? (first, second) : (second, first);
        var fits = low != high && ReferenceCalendar.AddWorkingDays(start, low) is not null && ReferenceCalendar.AddWorkingDays(start, high) is not null;
        return Prop.When(fits, () => Official.AddWorkingDays(start, low) < Official.AddWorkingDays(start, high));
    }

    [Property]
    public bool Every_date_outside_the_coverage_is_refused(LocalDate inside, PositiveInt daysOutside, bool after)
    {
        var outside = after
            ? ReferenceCalendar.Last.PlusDays(daysOutside.Get % 5000)
            : ReferenceCalendar.First.PlusDays(-(daysOutside.Get % 5000));
        outside = after ? outside.PlusDays(1) : outside.PlusDays(-1);
        return Throws(() => Official.GetDayType(outside))
            && Throws(() => Official.IsWorkingDay(outside))
            && Throws(() => Official.AddWorkingDays(outside, 1))
            && Throws(() => Official.CountWorkingDays(inside, outside))
            && Throws(() => Official.CountWorkingDays(outside, inside));
    }

    [Property]
    public bool DueDate_in_natural_days_is_the_first_working_day_on_or_after_the_last_day(LocalDate received, int count)
    {
        var days = Math.Abs(count) % 400;
        var last = received.PlusDays(days);
        LocalDate? expected = null;
        for (var day = last; day <= ReferenceCalendar.Last; day = day.PlusDays(1))
        {
            if (ReferenceCalendar.IsWorkingDay(day))
            {
                expected = day;
                break;
            }
        }

        if (expected is null)
        {
            return Throws(() => Official.DueDate(received, TimeLimit.NaturalDays(days)));
        }

        return Official.DueDate(received, TimeLimit.NaturalDays(days)) == expected.Value;
    }

    private static bool Throws(Func<object> action)
    {
        try
        {
            action();
            return false;
        }
        catch (CalendarCoverageException)
        {
            return true;
        }
    }
}
