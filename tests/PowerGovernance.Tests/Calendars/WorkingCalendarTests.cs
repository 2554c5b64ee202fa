using System;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Calendars;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Autumn = SampleCalendars.Autumn2024();

    private static LocalDate D(int month, int day) => new(2024, month, day);

    [Fact]
    public void Day_types_follow_weekends_holidays_and_make_up_days()
    {
        Assert.Equal(DayType.WorkingWeekday, Autumn.GetDayType(D(9, 27)));
        Assert.Equal(DayType.Weekend, Autumn.GetDayType(D(9, 28)));
        Assert.Equal(DayType.MakeUpWorkingDay, Autumn.GetDayType(D(9, 29)));
        Assert.Equal(DayType.Holiday, Autumn.GetDayType(D(10, 5)));
        Assert.True(Autumn.IsWorkingDay(D(9, 29)));
        Assert.False(Autumn.IsWorkingDay(D(10, 1)));
        Assert.Equal(SampleCalendars.NationalDay, Autumn.GetHolidayName(D(10, 3)));
        Assert.Equal(SampleCalendars.NationalDay, Autumn.GetHolidayName(D(10, 12)));
        Assert.Null(Autumn.GetHolidayName(D(10, 13)));
    }

    [Fact]
    public void AddWorkingDays_does_not_count_the_start_day()
    {
        Assert.Equal(D(9, 30), Autumn.AddWorkingDays(D(9, 27), 2));
        Assert.Equal(D(10, 8), Autumn.AddWorkingDays(D(10, 3), 1));
        Assert.Equal(D(9, 30), Autumn.AddWorkingDays(D(10, 3), -1));
        Assert.Equal(D(10, 3), Autumn.AddWorkingDays(D(10, 3), 0));
        Assert.Equal(D(9, 29), Autumn.AddWorkingDays(D(9, 30), -1));
        Assert.Equal(D(9, 27), Autumn.AddWorkingDays(D(9, 30), -2));
    }

    [Fact]
    public void CountWorkingDays_counts_the_half_open_range_and_is_negative_backwards()
    {
        Assert.Equal(0, Autumn.CountWorkingDays(D(9, 27), D(9, 27)));
        Assert.Equal(0, Autumn.CountWorkingDays(D(9, 27), D(9, 28)));
        Assert.Equal(2, Autumn.CountWorkingDays(D(9, 27), D(9, 30)));
        Assert.Equal(-2, Autumn.CountWorkingDays(D(9, 30), D(9, 27)));
        Assert.Equal(3, Autumn.CountWorkingDays(D(9, 27), D(10, 8)));
        Assert.Equal(4, Autumn.CountWorkingDays(new DateInterval(D(9, 27), D(10, 8))));
    }

    [Fact]
    public void Next_and_previous_working_day_are_strictly_after_and_before()
    {
        Assert.Equal(D(10, 8), Autumn.NextWorkingDay(D(9, 30)));
        Assert.Equal(D(9, 29), Autumn.NextWorkingDay(D(9, 27)));
        Assert.Equal(D(9, 30), Autumn.PreviousWorkingDay(D(10, 8)));
        Assert.Equal(D(10, 11), Autumn.PreviousWorkingDay(D(10, 12)));
    }

    [Fact]
    public void Dates_in_another_calendar_system_are_converted_to_ISO()
    {
        var julian = D(10, 8).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(DayType.WorkingWeekday, Autumn.GetDayType(julian));
        Assert.Equal(D(10, 9), Autumn.AddWorkingDays(julian, 1));
    }

    [Fact]
    public void Leaving_the_coverage_in_either_direction_throws_with_the_start_date()
    {
        var forward = Assert.Throws<CalendarCoverageException>(() => Autumn.AddWorkingDays(D(10, 30), 2));
        var backward = Assert.Throws<CalendarCoverageException>(() => Autumn.AddWorkingDays(D(9, 3), -2));

        Assert.Equal(D(10, 30), forward.Date);
        Assert.Equal("test-autumn-2024", forward.CalendarId);
        Assert.Contains("covers 2024-09-01 to 2024-10-31", forward.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(known years", forward.Message, StringComparison.Ordinal);
        Assert.Contains("Counting 2 working day(s) before 2024-09-03", backward.Message, StringComparison.Ordinal);
        Assert.Equal(D(10, 31), Autumn.AddWorkingDays(D(10, 30), 1));
    }

    [Fact]
    public void Huge_counts_are_refused_without_overflow()
    {
        Assert.Throws<CalendarCoverageException>(() => Autumn.AddWorkingDays(D(10, 1), int.MaxValue));
        Assert.Throws<CalendarCoverageException>(() => Autumn.AddWorkingDays(D(10, 1), int.MinValue));
    }

    [Fact]
    public void A_natural_day_period_cannot_roll_forward_past_the_coverage()
    {
        // 2024-10-27 + 4 days = Thursday 10-31 (known, working); + 3 days from 10-24 = Sunday 10-27, rolls to 10-28.
        Assert.Equal(D(10, 31), Autumn.DueDate(D(10, 27), TimeLimit.NaturalDays(4)));
        Assert.Equal(D(10, 28), Autumn.DueDate(D(10, 24), TimeLimit.NaturalDays(3)));

        var weekendEnd = new WorkingCalendarBuilder("ends-on-sunday")
            .WithCoverage(D(10, 1), D(10, 27))
            .Build();
        Assert.Throws<CalendarCoverageException>(() => weekendEnd.DueDate(D(10, 20), TimeLimit.NaturalDays(6)));
    }

    [Fact]
    public void Zero_day_limits_end_on_the_day_of_receipt_or_the_next_working_day()
    {
        Assert.Equal(D(10, 5), Autumn.DueDate(D(10, 5), TimeLimit.WorkingDays(0)));
        Assert.Equal(D(10, 8), Autumn.DueDate(D(10, 5), TimeLimit.NaturalDays(0)));
    }

    [Fact]
    public void Coverage_gaps_of_partial_years_are_indexed_correctly()
    {
        var leap = new WorkingCalendarBuilder("leap")
            .WithCoverage(new LocalDate(2023, 12, 30), new LocalDate(2025, 1, 2))
            .Build();

        Assert.Equal(DayType.Weekend, leap.GetDayType(new LocalDate(2023, 12, 30)));
        Assert.Equal(DayType.WorkingWeekday, leap.GetDayType(new LocalDate(2024, 2, 29)));
        Assert.Equal(DayType.WorkingWeekday, leap.GetDayType(new LocalDate(2025, 1, 2)));
        Assert.Equal(262, leap.CountWorkingDays(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))));
        Assert.Throws<CalendarCoverageException>(() => leap.GetDayType(new LocalDate(2023, 12, 29)));
        Assert.Throws<CalendarCoverageException>(() => leap.GetDayType(new LocalDate(2025, 1, 3)));
    }

    [Fact]
    public void CountDays_counts_in_the_limit_kind()
    {
        Assert.Equal(3, Autumn.CountDays(TimeLimitKind.WorkingDays, D(9, 27), D(10, 8)));
        Assert.Equal(11, Autumn.CountDays(TimeLimitKind.NaturalDays, D(9, 27), D(10, 8)));
        Assert.Equal(-11, Autumn.CountDays(TimeLimitKind.NaturalDays, D(10, 8), D(9, 27)));
    }
}
