using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Calendars;

public class WorkingCalendarBuilderTests
{
    private static readonly HolidayName Local = new("本地假日", "Local holiday");

    private static LocalDate D(int month, int day) => new(2024, month, day);

    [Fact]
    public void Build_reports_every_problem_at_once()
    {
        var builder = new WorkingCalendarBuilder("broken")
            .WithCoverage(D(1, 1), D(12, 31))
            .AddHoliday(D(2, 10), D(2, 17), SampleCalendars.SpringFestival)
            .AddHoliday(D(2, 16), D(2, 18), Local)                                 // overlaps the Spring Festival
            .AddHoliday(D(5, 5), D(5, 1), Local)                                   // reversed
            .AddHoliday(new LocalDate(2025, 1, 1), Local)                          // outside coverage
            .AddMakeUpWorkingDay(D(2, 14), SampleCalendars.SpringFestival)        // inside a holiday
            .AddMakeUpWorkingDay(D(2, 19), SampleCalendars.SpringFestival)        // a Monday
            .AddMakeUpWorkingDay(D(2, 4), SampleCalendars.SpringFestival)
            .AddMakeUpWorkingDay(D(2, 4), SampleCalendars.SpringFestival);       // listed twice

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        Assert.Equal("broken", error.CalendarId);
        Assert.Equal(
            [
                CalendarRuleCodes.ReversedRange,
                CalendarRuleCodes.OutsideCoverage,
                CalendarRuleCodes.OverlappingHolidays,
                CalendarRuleCodes.HolidayAndMakeUpDay,
                CalendarRuleCodes.MakeUpDayNotWeekend,
                CalendarRuleCodes.DuplicateMakeUpDay,
            ],
            error.Findings.Select(p => p.Code));
        Assert.StartsWith("Working calendar 'broken' has 6 problem(s) / 工作日历“broken”共有6个问题：", error.Message, StringComparison.Ordinal);
        Assert.Contains("overlaps holiday 2024-02-10..2024-02-17 (春节)", error.Message, StringComparison.Ordinal);
        Assert.Contains("2024-02-19 is a Monday, not one of the weekend days (Saturday, Sunday)", error.Message, StringComparison.Ordinal);
        Assert.Contains("is also inside holiday 2024-02-10..2024-02-17 (春节)", error.Message, StringComparison.Ordinal);
        Assert.Contains("outside the calendar's coverage 2024-01-01..2024-12-31", error.Message, StringComparison.Ordinal);
        var reversed = error.Findings.Single(p => p.Code == CalendarRuleCodes.ReversedRange);
        Assert.Equal("2024-05-05..2024-05-01", reversed.AttemptedValue);
        Assert.All(error.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.All(error.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.ChineseMessage)));
        Assert.Contains("与节假日2024-02-10..2024-02-17（春节）", error.Message, StringComparison.Ordinal);
        Assert.Null(reversed.Line);
    }

    [Fact]
    public void Build_requires_an_identifier_and_a_coverage()
    {
        var error = Assert.Throws<InvalidCalendarException>(() => new WorkingCalendarBuilder(" ").Build());

        Assert.Null(error.CalendarId);
        Assert.Equal([CalendarRuleCodes.IdRequired, CalendarRuleCodes.CoverageRequired], error.Findings.Select(p => p.Code));
        Assert.StartsWith("The working calendar has 2 problem(s) / 工作日历共有2个问题：", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reversed_or_too_long_coverage_is_reported()
    {
        var reversed = Assert.Throws<InvalidCalendarException>(() => new WorkingCalendarBuilder("x").WithCoverage(D(2, 1), D(1, 1)).Build());
        var tooLong = Assert.Throws<InvalidCalendarException>(() => new WorkingCalendarBuilder("x").WithCoverage(new LocalDate(1800, 1, 1), new LocalDate(2100, 1, 1)).Build());

        Assert.Equal(CalendarRuleCodes.ReversedRange, Assert.Single(reversed.Findings).Code);
        Assert.Equal(CalendarRuleCodes.CoverageTooLong, Assert.Single(tooLong.Findings).Code);
    }

    [Fact]
    public void Custom_weekend_days_are_used_for_day_types_and_make_up_checks()
    {
        var fridayWeekend = new WorkingCalendarBuilder("fri-sat")
            .WithCoverage(D(3, 1), D(3, 31))
            .WithWeekendDays(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
            .AddMakeUpWorkingDay(D(3, 8), Local)
            .Build();

        Assert.Equal(DayType.Weekend, fridayWeekend.GetDayType(D(3, 1)));
        Assert.Equal(DayType.WorkingWeekday, fridayWeekend.GetDayType(D(3, 3)));
        Assert.Equal(DayType.MakeUpWorkingDay, fridayWeekend.GetDayType(D(3, 8)));

        var sundayMakeUp = new WorkingCalendarBuilder("fri-sat")
            .WithCoverage(D(3, 1), D(3, 31))
            .WithWeekendDays(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday)
            .AddMakeUpWorkingDay(D(3, 10), Local);
        Assert.Equal(CalendarRuleCodes.MakeUpDayNotWeekend, Assert.Single(Assert.Throws<InvalidCalendarException>(sundayMakeUp.Build).Findings).Code);
    }

    [Fact]
    public void Argument_errors_are_immediate_and_name_the_parameter()
    {
        var builder = new WorkingCalendarBuilder("x");

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new WorkingCalendarBuilder(null!)).ParamName);
        Assert.Equal("holiday", Assert.Throws<ArgumentNullException>(() => builder.AddHoliday(D(1, 1), null!)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => builder.WithWeekendDays((IsoDayOfWeek)9)).ParamName);
        Assert.Throws<ArgumentException>(() => new HolidayName("", "x"));
    }

    [Fact]
    public void A_built_calendar_does_not_change_when_the_builder_does()
    {
        var builder = new WorkingCalendarBuilder("x").WithCoverage(D(1, 1), D(1, 31));
        var calendar = builder.Build();

        builder.AddHoliday(D(1, 10), Local).Build();

        Assert.Equal(DayType.WorkingWeekday, calendar.GetDayType(D(1, 10)));
    }
}
