using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Testing;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization.Tests;

public class HolidayCnJsonTests
{
    private static InvalidCalendarException Refused(string json) =>
        Assert.Throws<InvalidCalendarException>(() => HolidayCnJson.Read(json, "test.json"));

    private static Finding Single(string json, string rule)
    {
        var e = Refused(json);
        return Assert.Single(e.Findings, p => p.Code == rule);
    }

    [Fact]
    public void The_official_data_written_as_holiday_cn_years_reads_back_identical_on_every_day()
    {
        var official = CalendarTestData.Official();

        var json = HolidayCnJson.Write(official);
        var again = HolidayCnJson.Read(json, "official.json").Calendar;

        Assert.Empty(CalendarDifferences.Differences((IWorkingCalendar)official, again));
        Assert.Equal(official.WeekendDays.OrderBy(d => d), again.WeekendDays.OrderBy(d => d));
        Assert.Equal(HolidayCnJson.DefaultCalendarId, again.Id);
        Assert.Empty(again.Sources); // the official sources are document titles, not URLs: holiday-cn papers are URLs
        Assert.Equal(23, JsonDocument.Parse(json).RootElement.GetArrayLength());
    }

    [Fact]
    public void The_published_2024_file_reads_to_the_same_days_as_the_official_2024()
    {
        AssertSameDaysAsOfficial(HolidayCnJson.Read(CalendarTestData.HolidayCn2024, "2024.json").Calendar, 2024);
    }

    [Fact]
    public void The_published_2020_file_with_its_extended_Spring_Festival_reads_to_the_official_2020()
    {
        Assert.Equal(4426, CalendarTestData.HolidayCn2020.Length);

        var calendar = HolidayCnJson.Read(CalendarTestData.HolidayCn2020, "2020.json").Calendar;

        AssertSameDaysAsOfficial(calendar, 2020);
        Assert.Equal(DayType.Holiday, calendar.GetDayType(new LocalDate(2020, 2, 1))); // the Saturday the extension freed
        Assert.Equal(new HolidayName("国庆节、中秋节", "National Day and Mid-Autumn Festival"), calendar.GetHolidayName(new LocalDate(2020, 10, 8)));
    }

    private static void AssertSameDaysAsOfficial(WorkingCalendar calendar, int year)
    {
        var official = CalendarTestData.Official();
        Assert.Equal(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), calendar.Coverage);
        foreach (var day in calendar.Coverage)
        {
            Assert.True(official.GetDayType(day) == calendar.GetDayType(day), day + ": " + calendar.GetDayType(day) + ", official " + official.GetDayType(day));
            Assert.Equal(official.GetHolidayName(day), calendar.GetHolidayName(day));
        }
    }

    [Fact]
    public void Papers_become_sources_with_the_issue_date_the_gov_cn_URL_carries()
    {
        var sources2020 = HolidayCnJson.Read(CalendarTestData.HolidayCn2020, "2020.json").Calendar.Sources;
        var sources2024 = HolidayCnJson.Read(CalendarTestData.HolidayCn2024, "2024.json").Calendar.Sources;

        Assert.Equal(
            [
                new CalendarSource(2020, new LocalDate(2019, 11, 21), "http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm"),
                new CalendarSource(2020, new LocalDate(2020, 1, 27), "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm"),
            ],
            sources2020);
        // Only the month is in the newer URL form: the first of the month stands in.
        Assert.Equal([new CalendarSource(2024, new LocalDate(2023, 10, 1), "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm")], sources2024);
    }

    [Fact]
    public void Read_records_the_source_name_and_the_SHA256_of_the_exact_bytes()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(CalendarTestData.HolidayCn2024)).ToArray();
        using var stream = new MemoryStream(bytes);

        var loaded = HolidayCnJson.Read(stream, "downloads/2024.json", "cn-holiday-cn");

        Assert.Equal("downloads/2024.json", loaded.SourceName);
        Assert.Equal(HolidayCnJson.FormatName, loaded.Format);
        Assert.Equal("cn-holiday-cn", loaded.Calendar.Id);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), loaded.Sha256);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CalendarTestData.HolidayCn2020))).ToLowerInvariant(), HolidayCnJson.Read(CalendarTestData.HolidayCn2020, "2020.json").Sha256);
    }

    [Fact]
    public void An_array_of_consecutive_years_reads_as_one_calendar_and_keeps_the_New_Year_day_of_the_year_before()
    {
        var json = "[" + CalendarTestData.HolidayCn2024 + ", {\"year\": 2025, \"days\": [{\"name\": \"元旦\", \"date\": \"2024-12-28\", \"isOffDay\": false}]}, {\"year\": 2023, \"days\": []}]";

        var calendar = HolidayCnJson.Read(json, "years.json").Calendar;

        Assert.Equal(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31)), calendar.Coverage);
        Assert.Equal(DayType.MakeUpWorkingDay, calendar.GetDayType(new LocalDate(2024, 12, 28)));
        Assert.Equal(DayType.Holiday, calendar.GetDayType(new LocalDate(2024, 10, 7)));
    }

    [Fact]
    public void A_previous_year_day_of_the_first_year_is_checked_but_lies_outside_the_coverage()
    {
        var calendar = HolidayCnJson.Read("{\"year\": 2006, \"days\": [{\"name\": \"元旦\", \"date\": \"2005-12-31\", \"isOffDay\": false}, {\"name\": \"元旦\", \"date\": \"2006-01-02\", \"isOffDay\": true}]}", "2006.json").Calendar;

        Assert.Equal(new LocalDate(2006, 1, 1), calendar.Coverage.Start);
        Assert.Equal(DayType.Holiday, calendar.GetDayType(new LocalDate(2006, 1, 2)));
    }

    [Fact]
    public void Write_one_year_lists_the_New_Year_make_up_day_of_the_previous_December_and_only_URL_papers()
    {
        var official = CalendarTestData.Official();

        using var document = JsonDocument.Parse(HolidayCnJson.Write(official, 2006));

        var root = document.RootElement;
        Assert.Equal(["$schema", "year", "papers", "days"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2006, root.GetProperty("year").GetInt32());
        Assert.Equal(0, root.GetProperty("papers").GetArrayLength());
        var first = root.GetProperty("days")[0];
        Assert.Equal("元旦", first.GetProperty("name").GetString());
        Assert.Equal("2005-12-31", first.GetProperty("date").GetString());
        Assert.False(first.GetProperty("isOffDay").GetBoolean());
        // 2006 in cn-official.txt: 4 blocks (3 + 7 + 7 + 7 days) and 7 make-up days
        // (2005-12-31, 01-28, 02-05, 04-29, 04-30, 09-30, 10-08).
        Assert.Equal(3 + 7 + 7 + 7 + 7, root.GetProperty("days").GetArrayLength());
        Assert.DoesNotContain(root.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2006-12-30");
    }

    [Fact]
    public void Write_refuses_a_non_Saturday_Sunday_weekend_a_partial_year_and_a_partial_coverage()
    {
        var fridaySaturday = new WorkingCalendarBuilder("t").WithWeekendDays(IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday).WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).Build();
        var partial = new WorkingCalendarBuilder("t").WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)).Build();

        Assert.Contains("周六、周日", Assert.Throws<ArgumentException>(() => HolidayCnJson.Write(fridaySaturday, 2024)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCnJson.Write(partial, 2024));
        Assert.Throws<ArgumentException>(() => HolidayCnJson.Write(partial));
    }

    [Fact]
    public void Every_problem_of_a_bad_file_is_reported_at_once_with_path_line_and_rule()
    {
        const string json = """
            {
              "year": 2024,
              "papers": [],
              "extra": 1,
              "days": [
                { "name": "元旦", "date": "2024-01-01", "isOffDay": true },
                { "name": "元旦", "date": "2024-01-01", "isOffDay": true },
                { "name": "春节", "date": "2024-02-05", "isOffDay": false },
                { "name": "春节", "date": "2024-02-30", "isOffDay": true },
                { "name": "春节", "date": "2024-02-10", "isOffDay": "yes" },
                { "name": "春节", "date": "2022-02-10", "isOffDay": true },
                { "name": "清明节", "date": "2024-04-06", "isOffDay": true },
                { "name": "清明节", "date": "2024-04-06", "isOffDay": false },
                { "date": "2024-05-01", "isOffDay": true, "note": "x" }
              ]
            }
            """;

        var e = Refused(json);

        Assert.Equal(
            [
                (CalendarRuleCodes.UnknownProperty, "$.extra", 4),
                (CalendarRuleCodes.DuplicateDate, "$.days[1].date", 7),
                (CalendarRuleCodes.MakeUpDayNotWeekend, "$.days[2].date", 8),
                (CalendarRuleCodes.InvalidDate, "$.days[3].date", 9),
                (CalendarRuleCodes.InvalidValue, "$.days[4].isOffDay", 10),
                (CalendarRuleCodes.DateOutsideYear, "$.days[5].date", 11),
                (CalendarRuleCodes.HolidayAndMakeUpDay, "$.days[7].date", 13),
                (CalendarRuleCodes.UnknownProperty, "$.days[8].note", 14),
                (CalendarRuleCodes.MissingProperty, "$.days[8].name", 14),
            ],
            e.Findings.Select(p => (p.Code, p.Path, p.Line ?? 0)));
        Assert.Equal("yes", e.Findings.Single(p => p.Path == "$.days[4].isOffDay").AttemptedValue);
        Assert.Contains("$.days[0].date (line 6)", e.Findings.Single(p => p.Code == CalendarRuleCodes.DuplicateDate).Message, StringComparison.Ordinal);
        Assert.Contains("2024-02-05 is a Monday", e.Findings.Single(p => p.Code == CalendarRuleCodes.MakeUpDayNotWeekend).Message, StringComparison.Ordinal);
        Assert.All(e.Findings, p => Assert.False(string.IsNullOrEmpty(p.ChineseMessage)));
        Assert.Contains("line 8: $.days[2].date = '2024-02-05': [MakeUpDayNotWeekend]", e.Message, StringComparison.Ordinal);
        Assert.Contains("不是周六或周日", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_JSON_is_a_syntax_problem_with_its_line()
    {
        var problem = Single("{\n  \"year\": 2024,\n  \"days\": [\n    { \"name\": \"元旦\", }\n  ]\n}", CalendarRuleCodes.Syntax);

        Assert.Equal(4, problem.Line);
        Assert.Equal("输入不是格式正确的JSON。", problem.ChineseMessage);
    }

    [Theory]
    [InlineData("", CalendarRuleCodes.Syntax)]
    [InlineData("[]", CalendarRuleCodes.InvalidValue)]
    [InlineData("42", CalendarRuleCodes.InvalidValue)]
    [InlineData("{\"year\": 2024, \"days\": []} {}", CalendarRuleCodes.Syntax)]
    [InlineData("{\"days\": []}", CalendarRuleCodes.MissingProperty)]
    [InlineData("{\"year\": 2024}", CalendarRuleCodes.MissingProperty)]
    [InlineData("{\"year\": 2024.5, \"days\": []}", CalendarRuleCodes.InvalidValue)]
    [InlineData("{\"year\": \"2024\", \"days\": []}", CalendarRuleCodes.InvalidValue)]
    [InlineData("{\"year\": 2024, \"year\": 2025, \"days\": []}", CalendarRuleCodes.DuplicateProperty)]
    [InlineData("{\"year\": 2024, \"papers\": [\"\"], \"days\": []}", CalendarRuleCodes.InvalidValue)]
    [InlineData("{\"year\": 2024, \"days\": [{\"name\": \"元旦\", \"date\": 20240101, \"isOffDay\": true}]}", CalendarRuleCodes.InvalidValue)]
    [InlineData("{\"year\": 2024, \"days\": {}}", CalendarRuleCodes.InvalidValue)]
    [InlineData("// comment\n{\"year\": 2024, \"days\": []}", CalendarRuleCodes.Syntax)]
    public void A_structurally_bad_file_names_the_broken_rule(string json, string rule)
    {
        Assert.Contains(Refused(json).Findings, p => p.Code == rule && p.Line is not null);
    }

    [Fact]
    public void An_array_with_a_repeated_or_a_missing_year_is_refused()
    {
        var repeated = Refused("[{\"year\": 2024, \"days\": []},\n{\"year\": 2024, \"days\": []}]");
        var gap = Refused("[{\"year\": 2022, \"days\": []}, {\"year\": 2025, \"days\": []}]");

        var duplicate = Assert.Single(repeated.Findings);
        Assert.Equal((CalendarRuleCodes.DuplicateYear, "$[1].year", 2), (duplicate.Code, duplicate.Path, duplicate.Line ?? 0));
        var missing = Assert.Single(gap.Findings);
        Assert.Equal((CalendarRuleCodes.MissingYear, "2023, 2024"), (missing.Code, missing.AttemptedValue));
    }

    [Fact]
    public void A_file_with_more_than_100_problems_reports_100_and_says_it_stopped()
    {
        var days = string.Join(",\n", Enumerable.Range(0, 150).Select(i => "{\"name\": \"x\", \"date\": \"2024-01-01\", \"isOffDay\": true, \"bad\": " + i + "}"));

        var e = Refused("{\"year\": 2024, \"days\": [\n" + days + "]}");

        Assert.Equal(LoadedCalendar.MaxProblems + 1, e.Findings.Count);
        Assert.Equal(CalendarRuleCodes.TooManyProblems, e.Findings[^1].Code);
    }

    [Fact]
    public void Input_over_16_MiB_is_refused_unread()
    {
        using var stream = new MemoryStream(new byte[LoadedCalendar.MaxInputBytes + 1]);

        var e = Assert.Throws<InvalidCalendarException>(() => HolidayCnJson.Read(stream, "big.json"));

        Assert.Equal(CalendarRuleCodes.InputTooLarge, Assert.Single(e.Findings).Code);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => HolidayCnJson.Read((string)null!, "x"));
        Assert.Throws<ArgumentException>(() => HolidayCnJson.Read("{}", " "));
        Assert.Throws<ArgumentException>(() => HolidayCnJson.Read("{}", "x", ""));
        Assert.Throws<ArgumentNullException>(() => HolidayCnJson.Write(null!, 2024));
    }
}
