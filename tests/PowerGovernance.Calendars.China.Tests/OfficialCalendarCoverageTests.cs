using System;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

public class OfficialCalendarCoverageTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    [Fact]
    public void A_date_after_2026_is_an_error_that_names_the_date_the_calendar_and_the_known_years()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(new LocalDate(2027, 1, 4)));

        Assert.Equal(new LocalDate(2027, 1, 4), error.Date);
        Assert.Equal("cn-official", error.CalendarId);
        Assert.Equal(Official.Coverage, error.Coverage);
        Assert.Equal("date", error.ParamName);
        Assert.Contains("2027-01-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cn-official'", error.Message, StringComparison.Ordinal);
        Assert.Contains("known years 2004–2026", error.Message, StringComparison.Ordinal);
        Assert.Contains("year 2027", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_2004_is_an_error_for_every_member()
    {
        var before = new LocalDate(2003, 12, 31);
        var inside = new LocalDate(2010, 6, 1);

        Assert.Throws<CalendarCoverageException>(() => Official.GetDayType(before));
        Assert.Throws<CalendarCoverageException>(() => Official.GetHolidayName(before));
        Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(before));
        Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(before, 0));
        Assert.Throws<CalendarCoverageException>(() => Official.NextWorkingDay(before));
        Assert.Throws<CalendarCoverageException>(() => Official.PreviousWorkingDay(before));
        Assert.Equal("start", Assert.Throws<CalendarCoverageException>(() => Official.CountWorkingDays(before, inside)).ParamName);
        Assert.Equal("end", Assert.Throws<CalendarCoverageException>(() => Official.CountWorkingDays(inside, before)).ParamName);
        Assert.Throws<CalendarCoverageException>(() => Official.DueDate(before, TimeLimit.NaturalDays(30)));
        Assert.Throws<CalendarCoverageException>(() => Official.DueDate(before, TimeLimit.WorkingDays(30)));
    }

    [Fact]
    public void A_result_past_the_last_known_day_is_an_error_not_a_Monday_to_Friday_guess()
    {
        Assert.Equal(new LocalDate(2026, 12, 31), Official.AddWorkingDays(new LocalDate(2026, 12, 30), 1));

        var error = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2026, 12, 30), 2));

        Assert.Equal(new LocalDate(2026, 12, 30), error.Date);
        Assert.Equal("count", error.ParamName);
        Assert.Contains("Counting 2 working day(s) after 2026-12-30", error.Message, StringComparison.Ordinal);
        Assert.Contains("known years 2004–2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_natural_day_period_that_ends_after_2026_is_an_error()
    {
        Assert.Throws<CalendarCoverageException>(() => Official.DueDate(new LocalDate(2026, 12, 20), TimeLimit.NaturalDays(15)));
        Assert.Equal(new LocalDate(2026, 12, 31), Official.DueDate(new LocalDate(2026, 12, 16), TimeLimit.NaturalDays(15)));
    }

    [Fact]
    public void A_result_before_the_first_known_day_is_an_error()
    {
        // 2004-01-01 is New Year's Day, so there is no known working day before 2004-01-02.
        var error = Assert.Throws<CalendarCoverageException>(() => Official.AddWorkingDays(new LocalDate(2004, 1, 2), -1));

        Assert.Contains("before 2004-01-02", error.Message, StringComparison.Ordinal);
    }
}
