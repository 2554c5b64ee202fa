using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>Real dates from real arrangements.</summary>
public class OfficialCalendarExampleTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    private static readonly DayType[] RestDayTypes = [DayType.Holiday, DayType.StatutoryHoliday];

    [Fact]
    public void National_Day_2024_statutory_days_are_October_1_to_3_and_the_rest_of_the_block_is_not()
    {
        // 国务院令第644号 Art. 2: 国庆节 10月1日、2日、3日; the notice's block runs to 7 October.
        for (var day = 1; day <= 3; day++)
        {
            Assert.Equal(DayType.StatutoryHoliday, Official.GetDayType(new NodaTime.LocalDate(2024, 10, day)));
        }

        for (var day = 4; day <= 7; day++)
        {
            Assert.Equal(DayType.Holiday, Official.GetDayType(new NodaTime.LocalDate(2024, 10, day)));
        }
    }

    [Fact]
    public void Spring_Festival_2025_statutory_days_include_New_Years_Eve_under_the_2024_revision()
    {
        // 国务院令第795号: 春节 农历除夕、正月初一至初三 = 2025-01-28..01-31; the block runs 01-28..02-04.
        foreach (var day in new[] { 28, 29, 30, 31 })
        {
            Assert.Equal(DayType.StatutoryHoliday, Official.GetDayType(new NodaTime.LocalDate(2025, 1, day)));
        }

        Assert.Equal(DayType.Holiday, Official.GetDayType(new NodaTime.LocalDate(2025, 2, 1)));
        Assert.Equal(DayType.Holiday, Official.GetDayType(new NodaTime.LocalDate(2025, 2, 4)));
        Assert.Equal(13 + 0, HolidayLawVersion.InForceIn(2025).StatutoryDays(2025).Count);
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void National_Day_2024_is_October_1_to_7_with_September_29_and_October_12_worked()
    {
        for (var day = D(2024, 10, 1); day <= D(2024, 10, 7); day = day.PlusDays(1))
        {
            Assert.Contains(Official.GetDayType(day), RestDayTypes);
            Assert.Equal("国庆节", Official.GetHolidayName(day)!.Chinese);
        }

        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2024, 9, 29)));
        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2024, 10, 12)));
        Assert.Equal(DayType.Weekend, Official.GetDayType(D(2024, 9, 28)));
        Assert.Equal(DayType.Weekend, Official.GetDayType(D(2024, 10, 13)));
        Assert.Equal(DayType.WorkingWeekday, Official.GetDayType(D(2024, 10, 8)));
    }

    [Fact]
    public void AddWorkingDays_skips_National_Day_and_counts_make_up_Saturday()
    {
        Assert.Equal(D(2024, 10, 8), Official.AddWorkingDays(D(2024, 9, 30), 1));
        Assert.Equal(D(2024, 9, 29), Official.AddWorkingDays(D(2024, 9, 28), 1));
        Assert.Equal(D(2024, 10, 12), Official.AddWorkingDays(D(2024, 10, 8), 4));
        Assert.Equal(D(2024, 10, 23), Official.AddWorkingDays(D(2024, 9, 27), 15));
        Assert.Equal(D(2024, 9, 30), Official.AddWorkingDays(D(2024, 10, 8), -1));
        Assert.Equal(D(2024, 9, 30), Official.PreviousWorkingDay(D(2024, 10, 5)));
        Assert.Equal(D(2024, 10, 8), Official.NextWorkingDay(D(2024, 10, 1)));
        Assert.Equal(7, Official.CountWorkingDays(D(2024, 9, 27), D(2024, 10, 12)));
        Assert.Equal(-7, Official.CountWorkingDays(D(2024, 10, 12), D(2024, 9, 27)));
    }

    [Fact]
    public void Spring_Festival_2024_is_February_10_to_17_with_February_4_and_18_worked()
    {
        for (var day = D(2024, 2, 10); day <= D(2024, 2, 17); day = day.PlusDays(1))
        {
            Assert.Contains(Official.GetDayType(day), RestDayTypes);
            Assert.Equal("Spring Festival", Official.GetHolidayName(day)!.English);
        }

        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2024, 2, 4)));
        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2024, 2, 18)));
        Assert.Equal(DayType.WorkingWeekday, Official.GetDayType(D(2024, 2, 9)));
        Assert.Equal(D(2024, 2, 18), Official.AddWorkingDays(D(2024, 2, 9), 1));
        Assert.Equal(D(2024, 2, 9), Official.AddWorkingDays(D(2024, 2, 18), -1));
        Assert.Equal(1, Official.CountWorkingDays(D(2024, 2, 9), D(2024, 2, 18)));
    }

    [Fact]
    public void Spring_Festival_2020_was_extended_to_February_2_and_the_February_1_make_up_day_cancelled()
    {
        for (var day = D(2020, 1, 24); day <= D(2020, 2, 2); day = day.PlusDays(1))
        {
            Assert.Contains(Official.GetDayType(day), RestDayTypes);
        }

        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2020, 1, 19)));
        Assert.False(Official.IsWorkingDay(D(2020, 2, 1)));
        Assert.Equal(D(2020, 2, 3), Official.AddWorkingDays(D(2020, 1, 23), 1));
        Assert.Contains(Official.Sources, s => s.Year == 2020 && s.Title.Contains("延长2020年春节假期", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_2015_Victory_Day_anniversary_and_the_2019_Labour_Day_change_are_applied()
    {
        Assert.Contains(Official.GetDayType(D(2015, 9, 3)), RestDayTypes);
        Assert.Contains(Official.GetDayType(D(2015, 9, 4)), RestDayTypes);
        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2015, 9, 6)));

        for (var day = D(2019, 5, 1); day <= D(2019, 5, 4); day = day.PlusDays(1))
        {
            Assert.Contains(Official.GetDayType(day), RestDayTypes);
        }

        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2019, 4, 28)));
        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2019, 5, 5)));
    }

    [Fact]
    public void A_period_starting_in_late_December_2025_ends_in_January_2026()
    {
        // Dec 26, 29, 30, 31 (4); Jan 1-3 New Year off; Sunday Jan 4 worked (5); Jan 5-9 (6-10).
        Assert.Equal(D(2026, 1, 9), Official.AddWorkingDays(D(2025, 12, 25), 10));
        Assert.Equal(DayType.MakeUpWorkingDay, Official.GetDayType(D(2026, 1, 4)));
        Assert.Equal(10, Official.CountWorkingDays(D(2025, 12, 25), D(2026, 1, 9)));
        Assert.Equal(D(2026, 1, 9), Official.DueDate(D(2025, 12, 25), TimeLimit.WorkingDays(10)));
    }

    [Fact]
    public void A_natural_day_period_ending_in_a_holiday_ends_on_the_next_working_day()
    {
        // 2024-09-20 + 15 days = Saturday 2024-10-05, inside National Day: ends Tuesday 2024-10-08.
        Assert.Equal(D(2024, 10, 8), Official.DueDate(D(2024, 9, 20), TimeLimit.NaturalDays(15)));

        // Ending on a make-up Sunday: a working day, so it ends there.
        Assert.Equal(D(2024, 9, 29), Official.DueDate(D(2024, 9, 14), TimeLimit.NaturalDays(15)));

        // Ending on an ordinary weekday: no change.
        Assert.Equal(D(2024, 10, 31), Official.DueDate(D(2024, 10, 1), TimeLimit.NaturalDays(30)));
    }

    [Fact]
    public void The_deadline_ends_at_midnight_Beijing_time()
    {
        var deadline = Official.Deadline(D(2024, 9, 27), TimeLimit.WorkingDays(15));

        Assert.Equal(D(2024, 10, 23), deadline.DueDate);
        Assert.Equal(Instant.FromUtc(2024, 10, 23, 16, 0), deadline.End);
        Assert.False(deadline.HasPassed(Instant.FromUtc(2024, 10, 23, 15, 59, 59)));
        Assert.True(deadline.HasPassed(Instant.FromUtc(2024, 10, 23, 16, 0)));
    }

    [Fact]
    public void The_explanation_names_the_holiday_and_the_make_up_days_in_both_languages()
    {
        var explanation = Official.ExplainDueDate(D(2024, 9, 27), TimeLimit.WorkingDays(15));

        Assert.Equal(D(2024, 10, 23), explanation.DueDate);
        Assert.Equal(15, explanation.Days[^1].CountedAs);
        Assert.Equal(15, System.Linq.Enumerable.Count(explanation.Days, d => d.CountedAs is not null));

        var english = explanation.ToString(ExplanationLanguage.English);
        Assert.Contains("Tuesday 2024-10-01 to Thursday 2024-10-03: National Day statutory holidays, not counted.", english, System.StringComparison.Ordinal);
        Assert.Contains("Friday 2024-10-04 to Monday 2024-10-07: National Day holiday, not counted.", english, System.StringComparison.Ordinal);
        Assert.Contains("Sunday 2024-09-29: make-up working day for National Day, counted as working day 1.", english, System.StringComparison.Ordinal);
        Assert.Contains("Due date: Wednesday 2024-10-23", english, System.StringComparison.Ordinal);

        var chinese = explanation.ToString(ExplanationLanguage.SimplifiedChinese);
        Assert.Contains("2024年10月1日（星期二）至2024年10月3日（星期四）：国庆节法定节假日，不计入。", chinese, System.StringComparison.Ordinal);
        Assert.Contains("2024年10月4日（星期五）至2024年10月7日（星期一）：国庆节放假，不计入。", chinese, System.StringComparison.Ordinal);
        Assert.Contains("2024年10月12日（星期六）：国庆节调休上班日，计为第7个工作日。", chinese, System.StringComparison.Ordinal);
        Assert.Contains("届满日：2024年10月23日（星期三）", chinese, System.StringComparison.Ordinal);
    }
}
