using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China.Tests;

public class NoticeCheckerTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;
    private static readonly HolidayName NationalDay = new("国庆节", "National Day");

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static (string Code, FindingSeverity Severity, string Path)[] Summary(IEnumerable<Finding> findings) =>
        findings.Select(f => (f.Code, f.Severity, f.Path)).ToArray();

    [Fact]
    public void Every_official_year_2004_to_2026_keeps_the_law_in_force_that_year()
    {
        // Includes 2005, 2006 and 2011, whose New Year make-up Saturdays in December belong to the next
        // year's notice, and 2009 and 2020, when Mid-Autumn fell on National Day.
        var findings = Enumerable.Range(2004, 23).SelectMany(year => NoticeChecker.Check(Official, year)).ToList();

        Assert.Empty(findings);
    }

    [Fact]
    public void Long_working_runs_before_2025_are_not_reported_because_Article_7_did_not_exist()
    {
        // 2004 notice: Spring Festival January 22-28 with Saturday 17 and Sunday 18 worked, so January
        // 12-21 were 10 consecutive working days.
        for (var day = D(2004, 1, 12); day <= D(2004, 1, 21); day = day.PlusDays(1))
        {
            Assert.True(Official.IsWorkingDay(day));
        }

        Assert.DoesNotContain(NoticeChecker.Check(Official, 2004), f => f.Code == NoticeCheckCodes.LongWorkingRun);
        Assert.Contains(NoticeChecker.Check(Official, 2004, HolidayLawVersion.Of2024), f => f.Code == NoticeCheckCodes.LongWorkingRun && f.Path == "2004-01-12");
    }

    [Fact]
    public void A_statutory_day_worked_is_an_error_naming_the_date_and_Article_2()
    {
        var calendar = new ArrangedCalendar(Official).With(D(2025, 10, 2), DayType.WorkingWeekday);

        var findings = NoticeChecker.Check(calendar, 2025);

        Assert.Equal(
            [
                (NoticeCheckCodes.StatutoryDayWorked, FindingSeverity.Error, "2025-10-02"),
                (NoticeCheckCodes.HolidayBlockInterrupted, FindingSeverity.Error, "2025-10-02"),
                (NoticeCheckCodes.StatutoryDayNotGivenBack, FindingSeverity.Error, "2025"),
            ],
            Summary(findings));
        var worked = findings[0];
        Assert.Equal("2025-10-02", worked.AttemptedValue);
        Assert.Contains("2025-10-02 is National Day", worked.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 2", worked.Message, StringComparison.Ordinal);
        Assert.Contains("国务院令第795号", worked.Message, StringComparison.Ordinal);
        Assert.Contains("2025年10月2日为国庆节", worked.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("第二条", worked.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_an_error()
    {
        var calendar = new ArrangedCalendar(Official).With(D(2025, 10, 9), DayType.MakeUpWorkingDay, NationalDay);

        var findings = NoticeChecker.Check(calendar, 2025);

        Assert.Equal([(NoticeCheckCodes.MakeUpDayNotOnWeekend, FindingSeverity.Error, "2025-10-09")], Summary(findings));
        Assert.Contains("(Thursday)", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("（星期四）", findings[0].ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_working_day_inside_a_holiday_block_is_an_error_and_leaves_a_day_not_given_back()
    {
        // National Day and Mid-Autumn 2025: October 1-8 off. Tuesday October 7 worked instead.
        var calendar = new ArrangedCalendar(Official).With(D(2025, 10, 7), DayType.WorkingWeekday);

        var findings = NoticeChecker.Check(calendar, 2025);

        Assert.Equal(
            [
                (NoticeCheckCodes.HolidayBlockInterrupted, FindingSeverity.Error, "2025-10-07"),
                (NoticeCheckCodes.StatutoryDayNotGivenBack, FindingSeverity.Error, "2025"),
            ],
            Summary(findings));
        Assert.Contains("2025-10-01 to 2025-10-08", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("2025年10月7日为工作日", findings[0].ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekend_statutory_day_not_given_back_is_an_error_under_Article_6()
    {
        // An extra Sunday worked, September 21, 2025, takes back one of the days off.
        var calendar = new ArrangedCalendar(Official).With(D(2025, 9, 21), DayType.MakeUpWorkingDay, NationalDay);

        var findings = NoticeChecker.Check(calendar, 2025);

        Assert.Equal([(NoticeCheckCodes.StatutoryDayNotGivenBack, FindingSeverity.Error, "2025")], Summary(findings));
        var finding = findings[0];
        Assert.Equal("12", finding.AttemptedValue);
        Assert.Contains("fewer than the 13 statutory days", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2025-05-31", finding.Message, StringComparison.Ordinal); // Dragon Boat on a Saturday
        Assert.Contains("Art. 6", finding.Message, StringComparison.Ordinal);
        Assert.Contains("应当在工作日补假（第六条）", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_6_working_days_before_a_holiday_is_a_warning_under_Article_7_only()
    {
        // Saturday September 27, 2025 worked and Thursday October 9 off instead: September 22-30 are 9
        // consecutive working days before National Day, with the same number of days off.
        var calendar = new ArrangedCalendar(Official)
            .With(D(2025, 9, 27), DayType.MakeUpWorkingDay, NationalDay)
            .With(D(2025, 10, 9), DayType.Holiday, NationalDay);

        var findings = NoticeChecker.Check(calendar, 2025);

        Assert.Equal([(NoticeCheckCodes.LongWorkingRun, FindingSeverity.Warning, "2025-09-22")], Summary(findings));
        Assert.Contains("The 9 consecutive working days from 2025-09-22 to 2025-09-30, before the National Day holiday", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("Art. 7", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("连续工作9天", findings[0].ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("第七条", findings[0].ChineseMessage, StringComparison.Ordinal);

        // The same arrangement under the 2013 version, which has no Article 7, has nothing to report.
        Assert.Empty(NoticeChecker.Check(calendar, 2025, HolidayLawVersion.Of2013));
    }

    [Fact]
    public void An_unusual_number_of_working_days_is_a_warning()
    {
        // A week off in July 2025 on top of the notice: 248 - 5 = 243 working days.
        var calendar = new ArrangedCalendar(Official);
        for (var day = D(2025, 7, 7); day <= D(2025, 7, 11); day = day.PlusDays(1))
        {
            calendar.With(day, DayType.Holiday, new HolidayName("高温假", "Heat break"));
        }

        var findings = NoticeChecker.Check(calendar, 2025);

        Assert.Equal([(NoticeCheckCodes.UnusualWorkingDayTotal, FindingSeverity.Warning, "2025")], Summary(findings));
        Assert.Equal("243", findings[0].AttemptedValue);
        Assert.Contains("243 working days", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("共有243个工作日", findings[0].ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_codes_are_their_own_names()
    {
        Assert.Equal(
            ["StatutoryDayWorked", "MakeUpDayNotOnWeekend", "HolidayBlockInterrupted", "StatutoryDayNotGivenBack", "LongWorkingRun", "UnusualWorkingDayTotal"],
            [NoticeCheckCodes.StatutoryDayWorked, NoticeCheckCodes.MakeUpDayNotOnWeekend, NoticeCheckCodes.HolidayBlockInterrupted, NoticeCheckCodes.StatutoryDayNotGivenBack, NoticeCheckCodes.LongWorkingRun, NoticeCheckCodes.UnusualWorkingDayTotal]);
    }

    [Fact]
    public void A_year_the_calendar_does_not_cover_is_refused()
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => NoticeChecker.Check(Official, 2027));

        Assert.Equal(D(2027, 1, 1), exception.Date);
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticeChecker.Check(Official, 1999));
        Assert.Throws<ArgumentNullException>(() => NoticeChecker.Check(null!, 2025));
        Assert.Throws<ArgumentNullException>(() => NoticeChecker.Check(Official, 2025, null!));
    }
}
