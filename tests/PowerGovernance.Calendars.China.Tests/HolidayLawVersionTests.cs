using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

public class HolidayLawVersionTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_four_versions_are_the_decrees_with_their_in_force_dates_and_day_counts()
    {
        Assert.Equal(
            [
                (270, 1999, D(1999, 9, 18), 10, false),
                (513, 2007, D(2008, 1, 1), 11, false),
                (644, 2013, D(2014, 1, 1), 11, false),
                (795, 2024, D(2025, 1, 1), 13, true),
            ],
            HolidayLawVersion.Versions.Select(v => (v.DecreeNumber, v.Year, v.InForceFrom, v.StatutoryDayCount, v.HasConsecutiveWorkingDaysRule)));
        Assert.Equal([HolidayLawVersion.Of1999, HolidayLawVersion.Of2007, HolidayLawVersion.Of2013, HolidayLawVersion.Of2024], HolidayLawVersion.Versions);
        Assert.Equal(6, HolidayLawVersion.MaxConsecutiveWorkingDays);
        Assert.Equal("国务院令第795号 (2024)", HolidayLawVersion.Of2024.ToString());
    }

    [Fact]
    public void Every_version_gives_exactly_its_day_count_in_date_order_every_year()
    {
        var problems = new List<string>();
        foreach (var version in HolidayLawVersion.Versions)
        {
            for (var year = HolidayLawVersion.FirstYear; year <= HolidayLawVersion.LastYear; year++)
            {
                var days = version.StatutoryDays(year);
                if (days.Count != version.StatutoryDayCount)
                {
                    problems.Add($"{version} {year}: {days.Count} days");
                }

                if (days.Any(d => d.Date.Year != year) || days.Zip(days.Skip(1), (a, b) => a.Date <= b.Date).Contains(false))
                {
                    problems.Add($"{version} {year}: {string.Join(", ", days)}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(270, 1, 3, 0, 3, 0, 0, 3)]
    [InlineData(513, 1, 3, 1, 1, 1, 1, 3)]
    [InlineData(644, 1, 3, 1, 1, 1, 1, 3)]
    [InlineData(795, 1, 4, 1, 2, 1, 1, 3)]
    public void Each_version_gives_the_days_of_its_Article_2(int decree, int newYear, int spring, int qingming, int labour, int dragonBoat, int midAutumn, int nationalDay)
    {
        var version = HolidayLawVersion.Versions.Single(v => v.DecreeNumber == decree);
        var byFestival = version.StatutoryDays(2030).GroupBy(d => d.Festival).ToDictionary(g => g.Key, g => g.Count());

        int Count(StatutoryFestival festival) => byFestival.GetValueOrDefault(festival);

        Assert.Equal(newYear, Count(StatutoryFestival.NewYear));
        Assert.Equal(spring, Count(StatutoryFestival.SpringFestival));
        Assert.Equal(qingming, Count(StatutoryFestival.Qingming));
        Assert.Equal(labour, Count(StatutoryFestival.LabourDay));
        Assert.Equal(dragonBoat, Count(StatutoryFestival.DragonBoat));
        Assert.Equal(midAutumn, Count(StatutoryFestival.MidAutumn));
        Assert.Equal(nationalDay, Count(StatutoryFestival.NationalDay));
    }

    [Fact]
    public void New_Years_Eve_is_statutory_only_under_decrees_513_and_795()
    {
        // 2030's 正月初一 is February 3, so 除夕 is February 2.
        var eve = new LocalDate(2030, 2, 2);

        Assert.Equal(
            [false, true, false, true],
            HolidayLawVersion.Versions.Select(v => v.StatutoryDays(2030).Any(d => d.Date == eve && d.Festival == StatutoryFestival.SpringFestival)));
    }

    [Fact]
    public void Every_statutory_day_2004_to_2026_is_a_rest_day_of_the_official_calendar_in_its_own_holiday()
    {
        var problems = new List<string>();
        var checkedDays = 0;
        for (var year = 2004; year <= 2026; year++)
        {
            foreach (var day in HolidayLawVersion.InForceIn(year).StatutoryDays(year))
            {
                checkedDays++;
                var name = Official.GetHolidayName(day.Date);

                // Combined blocks are named "国庆节、中秋节".
                if (Official.IsWorkingDay(day.Date) || name is null || !name.Chinese.Split('、').Contains(day.Name.Chinese))
                {
                    problems.Add($"{day}: {Official.GetDayType(day.Date)} {name}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.Equal((4 * 10) + (6 * 11) + (11 * 11) + (2 * 13), checkedDays);
    }

    [Fact]
    public void Lunar_dates_equal_the_independent_table_2000_to_2100()
    {
        var mismatches = new List<string>();
        for (var year = 2000; year <= 2100; year++)
        {
            var expected = IndependentTables.LunarFestivals[year];
            var days = HolidayLawVersion.Of2024.StatutoryDays(year);
            var spring = days.Where(d => d.Festival == StatutoryFestival.SpringFestival).Select(d => d.Date).ToList();
            var actual = new LunarFestivalDates(
                spring[0],
                spring[1],
                days.Single(d => d.Festival == StatutoryFestival.DragonBoat).Date,
                days.Single(d => d.Festival == StatutoryFestival.MidAutumn).Date);
            if (actual != expected)
            {
                mismatches.Add($"{year}: table {expected}, computed {actual}");
            }

            if (spring[3] != expected.NewYear.PlusDays(2))
            {
                mismatches.Add($"{year}: 初三 {spring[3]:uuuu-MM-dd}");
            }
        }

        Assert.Equal(101, IndependentTables.LunarFestivals.Count);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Dragon_Boat_is_in_the_ordinary_fifth_month_when_a_leap_month_is_near()
    {
        // 2009 had a leap fifth month (闰五月): 端午 is in the first 五月, May 28, not June 27.
        Assert.Equal(D(2009, 5, 28), HolidayLawVersion.Of2007.StatutoryDays(2009).Single(d => d.Festival == StatutoryFestival.DragonBoat).Date);

        // 2020 had a leap fourth month (闰四月), so 五月 is the sixth month of the year: June 25.
        Assert.Equal(D(2020, 6, 25), HolidayLawVersion.Of2013.StatutoryDays(2020).Single(d => d.Festival == StatutoryFestival.DragonBoat).Date);

        // 2023 had a leap second month (闰二月): 中秋 September 29.
        Assert.Equal(D(2023, 9, 29), HolidayLawVersion.Of2013.StatutoryDays(2023).Single(d => d.Festival == StatutoryFestival.MidAutumn).Date);
    }

    [Fact]
    public void National_Day_2024_is_October_1_to_3_on_weekdays()
    {
        var nationalDay = HolidayLawVersion.InForceIn(2024).StatutoryDays(2024).Where(d => d.Festival == StatutoryFestival.NationalDay).ToList();

        Assert.Equal([D(2024, 10, 1), D(2024, 10, 2), D(2024, 10, 3)], nationalDay.Select(d => d.Date));
        Assert.All(nationalDay, d => Assert.False(d.IsOnWeekend));
        Assert.All(nationalDay, d => Assert.Equal(new HolidayName("国庆节", "National Day"), d.Name));
    }

    [Fact]
    public void Spring_Festival_2024_is_chuyi_to_chusan_without_New_Years_Eve()
    {
        // 国务院令第644号: 农历正月初一、初二、初三. 2024's 正月初一 was Saturday February 10.
        var spring = HolidayLawVersion.InForceIn(2024).StatutoryDays(2024).Where(d => d.Festival == StatutoryFestival.SpringFestival).ToList();

        Assert.Equal([D(2024, 2, 10), D(2024, 2, 11), D(2024, 2, 12)], spring.Select(d => d.Date));
        Assert.Equal([true, true, false], spring.Select(d => d.IsOnWeekend));
    }

    [Fact]
    public void Spring_Festival_2025_includes_New_Years_Eve_and_Labour_Day_has_two_days()
    {
        // 国务院令第795号: 农历除夕、正月初一至初三; 劳动节 5月1日、2日. 2025's 除夕 was Tuesday January 28.
        var days = HolidayLawVersion.InForceIn(2025).StatutoryDays(2025);

        Assert.Equal(
            [D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31)],
            days.Where(d => d.Festival == StatutoryFestival.SpringFestival).Select(d => d.Date));
        Assert.Equal([D(2025, 5, 1), D(2025, 5, 2)], days.Where(d => d.Festival == StatutoryFestival.LabourDay).Select(d => d.Date));
        Assert.Equal(D(2025, 4, 4), days.Single(d => d.Festival == StatutoryFestival.Qingming).Date);
    }

    [Fact]
    public void Mid_Autumn_on_October_1_2020_is_a_second_statutory_day_on_that_date()
    {
        var days = HolidayLawVersion.Of2013.StatutoryDays(2020);

        Assert.Equal(11, days.Count);
        Assert.Equal(
            [StatutoryFestival.MidAutumn, StatutoryFestival.NationalDay],
            days.Where(d => d.Date == D(2020, 10, 1)).Select(d => d.Festival));
    }

    [Fact]
    public void In_2027_the_law_alone_fixes_seven_weekdays_off_and_six_weekend_days_owed_back()
    {
        var version = HolidayLawVersion.InForceIn(2027);
        var days = version.StatutoryDays(2027);

        Assert.Same(HolidayLawVersion.Of2024, version);
        Assert.Equal(
            [D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 8), D(2027, 4, 5), D(2027, 6, 9), D(2027, 9, 15), D(2027, 10, 1)],
            days.Where(d => !d.IsOnWeekend).Select(d => d.Date));
        Assert.Equal(
            [D(2027, 2, 6), D(2027, 2, 7), D(2027, 5, 1), D(2027, 5, 2), D(2027, 10, 2), D(2027, 10, 3)],
            days.Where(d => d.IsOnWeekend).Select(d => d.Date));
        Assert.Equal(StatutoryFestival.SpringFestival, days.Single(d => d.Date == D(2027, 2, 5)).Festival);
    }

    [Theory]
    [InlineData(2000, 270)]
    [InlineData(2007, 270)]
    [InlineData(2008, 513)]
    [InlineData(2013, 513)]
    [InlineData(2014, 644)]
    [InlineData(2024, 644)]
    [InlineData(2025, 795)]
    [InlineData(2100, 795)]
    public void The_version_in_force_in_a_year_is_the_one_in_force_on_January_1(int year, int decree)
    {
        Assert.Equal(decree, HolidayLawVersion.InForceIn(year).DecreeNumber);
    }

    [Theory]
    [InlineData(1999, 9, 18, 270)]
    [InlineData(2007, 12, 31, 270)]
    [InlineData(2008, 1, 1, 513)]
    [InlineData(2013, 12, 31, 513)]
    [InlineData(2014, 1, 1, 644)]
    [InlineData(2024, 12, 31, 644)]
    [InlineData(2025, 1, 1, 795)]
    public void The_version_in_force_on_a_date_changes_on_the_in_force_date(int year, int month, int day, int decree)
    {
        Assert.Equal(decree, HolidayLawVersion.InForceOn(D(year, month, day)).DecreeNumber);
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_converted_to_ISO()
    {
        var julian = D(2025, 1, 1).WithCalendar(CalendarSystem.Julian); // 2024-12-19 Julian

        Assert.Same(HolidayLawVersion.Of2024, HolidayLawVersion.InForceOn(julian));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(1949)]
    [InlineData(2101)]
    public void Years_outside_2000_to_2100_are_refused_in_both_languages(int year)
    {
        var inForce = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayLawVersion.InForceIn(year));
        var days = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayLawVersion.Of2024.StatutoryDays(year));

        foreach (var exception in new[] { inForce, days })
        {
            Assert.Equal("year", exception.ParamName);
            Assert.Equal(year, exception.ActualValue);
            Assert.Contains($"The year {year} is outside the supported years 2000–2100", exception.Message, StringComparison.Ordinal);
            Assert.Contains($"年份{year}不在支持的2000—2100年范围内", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dates_before_decree_270_or_after_2100_are_refused_in_both_languages()
    {
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayLawVersion.InForceOn(D(1999, 9, 17)));
        var after = Assert.Throws<ArgumentOutOfRangeException>(() => HolidayLawVersion.InForceOn(D(2101, 1, 1)));

        Assert.Equal("date", before.ParamName);
        Assert.Contains("1999-09-17", before.Message, StringComparison.Ordinal);
        Assert.Contains("日期1999-09-17不在支持的1999-09-18至2100-12-31范围内", before.Message, StringComparison.Ordinal);
        Assert.Contains("2101-01-01", after.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_is_read_only()
    {
        var days = HolidayLawVersion.Of2024.StatutoryDays(2025);

        Assert.False(days is StatutoryDay[]);
        Assert.Throws<NotSupportedException>(() => ((IList<StatutoryDay>)days)[0] = days[1]);
    }
}
