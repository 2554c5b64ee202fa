using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

public class SolarTermsTests
{
    private static readonly Offset ChinaStandardTime = Offset.FromHours(8);

    [Fact]
    public void Qingming_equals_the_independent_table_every_year_1901_to_2100()
    {
        var mismatches = new List<string>();
        for (var year = 1901; year <= 2100; year++)
        {
            var expected = IndependentTables.Qingming[year].Date;
            var actual = SolarTerms.Qingming(year);
            if (actual != expected)
            {
                mismatches.Add($"{year}: table {expected:uuuu-MM-dd}, computed {actual:uuuu-MM-dd}");
            }
        }

        Assert.Equal(200, IndependentTables.Qingming.Count);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Qingming_instant_is_within_a_minute_of_the_independent_table_every_year()
    {
        // The theories differ (truncated VSOP87 vs 寿星's series, two ΔT extrapolations); a minute is
        // 2.5 arcseconds of solar longitude, and no 清明 of 1901-2100 is within ten minutes of midnight.
        var far = new List<string>();
        for (var year = 1901; year <= 2100; year++)
        {
            var expected = IndependentTables.Qingming[year];
            var actual = SolarTerms.InstantOf(year, SolarTerms.QingmingLongitude).WithOffset(ChinaStandardTime).LocalDateTime;
            var seconds = Math.Abs(Period.Between(expected, actual, PeriodUnits.Seconds).Seconds);
            if (seconds > 60)
            {
                far.Add($"{year}: table {expected:uuuu-MM-dd HH:mm:ss}, computed {actual:uuuu-MM-dd HH:mm:ss}");
            }
        }

        Assert.Empty(far);
    }

    [Fact]
    public void Qingming_2008_to_2026_lies_in_the_official_Qingming_holiday()
    {
        for (var year = 2008; year <= 2026; year++)
        {
            var day = SolarTerms.Qingming(year);

            Assert.False(ChinaCalendars.Official.IsWorkingDay(day), $"{day:uuuu-MM-dd} is a working day");
            Assert.Equal("清明节", ChinaCalendars.Official.GetHolidayName(day)?.Chinese);
        }
    }

    [Theory]
    [InlineData(2024, 0, 2024, 3, 20, 3, 6)] // March equinox 2024-03-20 03:06 UTC
    [InlineData(2024, 90, 2024, 6, 20, 20, 51)] // June solstice 2024-06-20 20:51 UTC
    [InlineData(2024, 180, 2024, 9, 22, 12, 44)] // September equinox 2024-09-22 12:44 UTC
    [InlineData(2024, 270, 2024, 12, 21, 9, 21)] // December solstice 2024-12-21 09:21 UTC
    [InlineData(2000, 0, 2000, 3, 20, 7, 35)] // March equinox 2000-03-20 07:35 UTC
    public void Equinoxes_and_solstices_are_within_two_minutes_of_the_published_instants(int year, int longitude, int y, int m, int d, int hour, int minute)
    {
        var expected = Instant.FromUtc(y, m, d, hour, minute);

        var actual = SolarTerms.InstantOf(year, longitude);

        Assert.True(Math.Abs((actual - expected).TotalMinutes) < 2, $"computed {actual}, published {expected}");
    }

    [Fact]
    public void The_date_is_taken_in_China_Standard_Time()
    {
        // June solstice 2024: 2024-06-20 20:51 UTC is June 21 in Beijing.
        Assert.Equal(new LocalDate(2024, 6, 21), SolarTerms.DateOf(2024, 90));
        Assert.Equal(IsoDayOfWeek.Thursday, SolarTerms.Qingming(2024).DayOfWeek);
        Assert.Equal(new LocalDate(2024, 4, 4), SolarTerms.Qingming(2024));
    }

    [Fact]
    public void Every_solar_term_falls_once_in_its_Gregorian_year_in_order_from_Xiaohan()
    {
        var problems = new List<string>();
        foreach (var year in new[] { 1900, 1901, 1950, 2000, 2024, 2027, 2057, 2099, 2100 })
        {
            // 小寒 (285°) opens the Gregorian year, 冬至 (270°) closes it.
            var dates = Enumerable.Range(0, 24).Select(i => SolarTerms.DateOf(year, (285 + (15 * i)) % 360)).ToList();
            if (dates[0].Month != 1 || dates[^1].Month != 12 || dates.Any(date => date.Year != year))
            {
                problems.Add($"{year}: {dates[0]:uuuu-MM-dd} .. {dates[^1]:uuuu-MM-dd}");
            }

            for (var i = 1; i < dates.Count; i++)
            {
                var gap = Period.Between(dates[i - 1], dates[i], PeriodUnits.Days).Days;
                if (gap is < 14 or > 17)
                {
                    problems.Add($"{year}: {gap} days between {dates[i - 1]:uuuu-MM-dd} and {dates[i]:uuuu-MM-dd}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2101)]
    public void Years_outside_1900_to_2100_are_refused_in_both_languages(int year)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SolarTerms.Qingming(year));

        Assert.Equal("year", exception.ParamName);
        Assert.Contains("1900–2100", exception.Message, StringComparison.Ordinal);
        Assert.Contains("节气只在1900—2100年范围内计算", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-15)]
    [InlineData(16)]
    [InlineData(360)]
    public void A_longitude_that_is_not_a_solar_term_is_refused(int longitude)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SolarTerms.InstantOf(2024, longitude));

        Assert.Equal("longitude", exception.ParamName);
        Assert.Contains("multiple of 15", exception.Message, StringComparison.Ordinal);
        Assert.Contains("15的倍数", exception.Message, StringComparison.Ordinal);
    }
}
