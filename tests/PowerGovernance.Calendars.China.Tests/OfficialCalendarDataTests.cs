using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

public class OfficialCalendarDataTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    [Fact]
    public void Coverage_is_2004_through_2026()
    {
        Assert.Equal("cn-official", Official.Id);
        Assert.Equal(new LocalDate(2004, 1, 1), Official.Coverage.Start);
        Assert.Equal(new LocalDate(2026, 12, 31), Official.Coverage.End);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], Official.WeekendDays);
    }

    [Fact]
    public void Every_day_2004_through_2026_has_the_day_type_of_the_official_notices()
    {
        var mismatches = new List<string>();
        for (var day = ReferenceCalendar.First; day <= ReferenceCalendar.Last; day = day.PlusDays(1))
        {
            var expected = ReferenceCalendar.DayTypeOf(day);
            var actual = Official.GetDayType(day) == DayType.StatutoryHoliday ? DayType.Holiday : Official.GetDayType(day);
            if (expected != actual)
            {
                mismatches.Add($"{day:uuuu-MM-dd}: expected {expected}, was {actual}");
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal(8401, Official.Coverage.Length);
    }

    public static TheoryData<int, int> WorkingDaysPerYear()
    {
        var data = new TheoryData<int, int>();
        foreach (var (year, days) in OfficialDayFacts.WorkingDaysPerYear)
        {
            data.Add(year, days);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WorkingDaysPerYear))]
    public void Working_days_per_year_match_the_facts(int year, int workingDays)
    {
        var yearDates = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

        Assert.Equal(workingDays, Official.CountWorkingDays(yearDates));
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Recent_years_have_the_published_number_of_working_days(int year, int workingDays)
    {
        Assert.Equal(workingDays, Official.CountWorkingDays(new LocalDate(year - 1, 12, 31), new LocalDate(year, 12, 31)));
    }

    [Fact]
    public void The_facts_cover_every_year_of_the_coverage()
    {
        Assert.Equal(Enumerable.Range(2004, 23), OfficialDayFacts.WorkingDaysPerYear.Select(f => f.Year));
    }

    [Fact]
    public void Every_year_names_its_official_notice()
    {
        var years = Official.Sources.Select(s => s.Year).Distinct().Order();

        Assert.Equal(Enumerable.Range(2004, 23), years);
        Assert.All(Official.Sources, s => Assert.Contains("通知", s.Title, System.StringComparison.Ordinal));
        Assert.All(Official.Sources, s => Assert.True(s.Issued.Year is >= 2003 and <= 2026, s.Title));
    }

    [Fact]
    public void Every_holiday_and_make_up_day_has_a_name_in_Chinese_and_English()
    {
        for (var day = ReferenceCalendar.First; day <= ReferenceCalendar.Last; day = day.PlusDays(1))
        {
            var type = Official.GetDayType(day);
            var name = Official.GetHolidayName(day);
            if (type is DayType.Holiday or DayType.StatutoryHoliday or DayType.MakeUpWorkingDay)
            {
                Assert.NotNull(name);
                Assert.False(string.IsNullOrWhiteSpace(name.Chinese));
                Assert.False(string.IsNullOrWhiteSpace(name.English));
            }
            else
            {
                Assert.Null(name);
            }
        }
    }

    [Fact]
    public void The_embedded_file_can_be_reloaded_by_a_host()
    {
        using var stream = ChinaCalendars.OpenOfficialData();
        var copy = WorkingCalendar.Load(stream);

        Assert.Equal(Official.Id, copy.Id);
        Assert.Equal(Official.WorkingDayCount, copy.WorkingDayCount);
        Assert.Same(ChinaCalendars.Official, ChinaCalendars.Official);
    }
}
