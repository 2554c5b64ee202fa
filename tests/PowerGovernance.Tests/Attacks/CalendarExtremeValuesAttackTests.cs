using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 8 (calendar parts): values at the end of time get typed errors or correct answers, never an
/// <see cref="OverflowException"/> or an <see cref="ArgumentOutOfRangeException"/> from inside. A calendar may cover
/// up to 9999-12-31 (<see cref="LocalDate.MaxIsoValue"/>); a time limit that would run past it is a
/// <see cref="CalendarCoverageException"/>.
/// </summary>
public class CalendarExtremeValuesAttackTests
{
    private static readonly LocalDate Last = LocalDate.MaxIsoValue;
    private static readonly HolidayName YearEnd = new("岁末", "Year end");

    private static WorkingCalendar EndOfTime() =>
        new WorkingCalendarBuilder("end-of-time")
            .WithCoverage(new LocalDate(9999, 1, 1), Last)
            .AddHoliday(new LocalDate(9999, 12, 30), Last, YearEnd)
            .Build();

    [Fact]
    public void A_calendar_built_up_to_9999_12_31_works_on_its_last_day()
    {
        var calendar = EndOfTime();

        Assert.Equal(Last, calendar.Coverage.End);
        Assert.Equal(DayType.Holiday, calendar.GetDayType(Last));
        Assert.Equal(YearEnd, calendar.GetHolidayName(Last));
        Assert.Equal(new LocalDate(9999, 12, 29), calendar.PreviousWorkingDay(Last));
        Assert.Equal(0, calendar.CountWorkingDays(new LocalDate(9999, 12, 29), Last));
        Assert.Equal(calendar.WorkingDayCount, calendar.CountWorkingDays(new DateInterval(calendar.Coverage.Start, Last)));
    }

    [Fact]
    public void A_calendar_file_covering_up_to_9999_12_31_reads_writes_and_reads_back()
    {
        var calendar = WorkingCalendar.Parse("calendar end-of-time\ncoverage 9999-01-01 9999-12-31\nholiday 9999-12-30..9999-12-31 岁末 | Year end\nworkday 9999-12-26 岁末 | Year end\n");

        var again = WorkingCalendar.Parse(calendar.ToText());

        Assert.Equal(Last, again.Coverage.End);
        Assert.Empty(CalendarDifferences.Differences(calendar, again));
        Assert.Equal(DayType.MakeUpWorkingDay, again.GetDayType(new LocalDate(9999, 12, 26)));
        Assert.Equal(2, again.GetEntries().Count);
    }

    [Fact]
    public void An_overlay_and_the_calendar_operations_reach_9999_12_31()
    {
        var calendar = EndOfTime();
        var overlay = WorkingCalendarBuilder.OverlayOn(calendar, "end-local").AddHoliday(new LocalDate(9999, 12, 29), YearEnd).Build();

        Assert.Equal(DayType.Holiday, overlay.GetDayType(new LocalDate(9999, 12, 29)));
        Assert.Equal(Last, calendar.Slice(new DateInterval(new LocalDate(9999, 6, 1), Last)).Coverage.End);
        Assert.Equal(Last, WorkingCalendar.Combine("both", null, [calendar, calendar]).Coverage.End);
        Assert.Equal(DayType.StatutoryHoliday, calendar.WithStatutoryHolidays([new(Last, YearEnd)]).GetDayType(Last));
        Assert.Single(CalendarComparison.ChangedDays(calendar, overlay));
    }

    [Fact]
    public void Natural_days_past_the_end_of_time_are_a_coverage_error_not_an_overflow()
    {
        var calendar = EndOfTime();

        var error = Assert.Throws<CalendarCoverageException>(() => calendar.DueDate(new LocalDate(9999, 12, 1), TimeLimit.NaturalDays(TimeLimit.MaxDays)));

        Assert.Equal("end-of-time", error.CalendarId);
        Assert.Contains("natural day(s)", error.EnglishMessage, StringComparison.Ordinal);
        Assert.Throws<CalendarCoverageException>(() => calendar.Deadline(new LocalDate(9999, 12, 1), TimeLimit.NaturalDays(TimeLimit.MaxDays)));
        Assert.Throws<CalendarCoverageException>(() => calendar.ExplainDueDate(new LocalDate(9999, 12, 1), TimeLimit.NaturalDays(TimeLimit.MaxDays)));
    }

    [Fact]
    public void Working_days_past_the_end_of_time_are_a_coverage_error()
    {
        var calendar = EndOfTime();

        Assert.Throws<CalendarCoverageException>(() => calendar.DueDate(new LocalDate(9999, 12, 1), TimeLimit.WorkingDays(TimeLimit.MaxDays)));
        Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(Last, int.MaxValue));
        Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(calendar.Coverage.Start, int.MinValue));
        Assert.Throws<CalendarCoverageException>(() => calendar.NextWorkingDay(Last));
    }

    [Fact]
    public void A_due_date_on_the_last_day_explains_and_ends_without_overflow()
    {
        var calendar = EndOfTime();

        var explained = calendar.ExplainDueDate(Last, TimeLimit.WorkingDays(0));
        var range = calendar.ExplainDueDateRange(Last, TimeLimit.WorkingDays(0));

        Assert.Equal(Last, explained.DueDate);
        Assert.Empty(explained.Days);
        Assert.Equal(Last, range.Range.MostLikely);
        Assert.Equal(2, calendar.ExplainDueDate(new LocalDate(9999, 12, 27), TimeLimit.WorkingDays(2)).Days.Count);
    }

    [Fact]
    public void A_deadline_on_9999_12_31_ends_at_24_00_in_Shanghai_and_never_in_UTC()
    {
        var shanghai = new Deadline(Last, Deadline.ChinaStandardZone);
        var utc = new Deadline(Last, DateTimeZone.Utc);

        // 24:00 on 9999-12-31 in UTC+8 is 16:00 UTC, still an instant; in UTC it would be year 10000.
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 16, 0), shanghai.End);
        Assert.True(shanghai.HasPassed(Instant.MaxValue));
        Assert.Equal(Instant.MaxValue, utc.End);
        Assert.False(utc.HasPassed(Instant.MaxValue));
        Assert.Equal(new LocalDate(9999, 12, 30).PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), new Deadline(new LocalDate(9999, 12, 30), DateTimeZone.Utc).End);
    }

    [Fact]
    public void A_coverage_of_73000_days_or_more_is_refused_with_a_finding_even_at_the_ends_of_time()
    {
        var error = Assert.Throws<InvalidCalendarException>(() => WorkingCalendar.Parse("calendar all\ncoverage -9998-01-01 9999-12-31\n"));

        Assert.Contains(error.Findings, f => f.Code is CalendarRuleCodes.CoverageTooLong or CalendarRuleCodes.InvalidDate);
        Assert.Throws<InvalidCalendarException>(() => new WorkingCalendarBuilder("all").WithCoverage(LocalDate.MinIsoValue, Last).Build());
    }

    [Fact]
    public void Time_limits_larger_than_the_maximum_are_refused_when_parsed()
    {
        Assert.False(TimeLimit.TryParse("36501 days", out _));
        Assert.False(TimeLimit.TryParse("99999999999999999999 working days", out _));
        Assert.Throws<FormatException>(() => TimeLimit.Parse("2147483648 days"));
        Assert.Equal(TimeLimit.MaxDays, TimeLimit.Parse("36500 days").Days);
        Assert.True(Enumerable.Range(0, 3).All(i => TimeLimit.WorkingDays(i).Days == i));
    }
}
