using System.Linq;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

// Expected dates come from the 2024 notice (国办发明电〔2023〕7号): National Day Oct 1–7 off, Sunday Sep 29 and
// Saturday Oct 12 worked; Mid-Autumn Sep 15–17 off. Counted by hand from Friday 2024-09-27 (not counted):
// Sep 29 (1), Sep 30 (2), Oct 8–11 (3–6), Oct 12 (7), Oct 14–18 (8–12), Oct 21–25 (13–17), Oct 28–30 (18–20).
public sealed class DueCommandTests : System.IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("1wd", "2024-09-29")]
    [InlineData("2wd", "2024-09-30")]
    [InlineData("3wd", "2024-10-08")]
    [InlineData("7wd", "2024-10-12")]
    [InlineData("8wd", "2024-10-14")]
    [InlineData("20wd", "2024-10-30")]
    public void Due_counts_working_days_over_National_Day_2024(string limit, string expected)
    {
        var run = Powergov.Run("due", "2024-09-27", limit, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, run.Json.GetProperty("dueDate").GetString());
    }

    [Fact]
    public void Due_2024_09_27_plus_20_working_days_is_Wednesday_2024_10_30_in_text()
    {
        var run = Powergov.Run("due", "2024-09-27", "20wd");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("Due date 届满日: 2024-10-30 (Wednesday 星期三)\n", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("20 working days 20个工作日", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("cn-official sha256:" + ChinaCalendars.Official.Identity.ContentHash, run.Out, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20个工作日")]
    [InlineData("20 working days")]
    [InlineData("20工作日")]
    public void Due_accepts_the_limit_forms_of_TimeLimit_Parse(string limit)
    {
        var run = Powergov.Run("due", "2024-09-27", limit, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-10-30", run.Json.GetProperty("dueDate").GetString());
        Assert.Equal("workingDays", run.Json.GetProperty("limit").GetProperty("kind").GetString());
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var json = Powergov.Run("due", "2024-09-27", "20wd", "--json").Json;

        Assert.Equal("2024-09-27", json.GetProperty("received").GetString());
        Assert.Equal("2024-10-30", json.GetProperty("dueDate").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
        Assert.Equal("2024-10-30", json.GetProperty("earliest").GetString());
        Assert.Equal("2024-10-30", json.GetProperty("latest").GetString());
        Assert.True(json.GetProperty("exact").GetBoolean());
        Assert.Equal(20, json.GetProperty("limit").GetProperty("days").GetInt32());
        Assert.Equal("20个工作日", json.GetProperty("limit").GetProperty("textZh").GetString());
        var calendar = json.GetProperty("calendar");
        Assert.Equal("cn-official", calendar.GetProperty("id").GetString());
        Assert.Equal(ChinaCalendars.Official.Identity.ContentHash, calendar.GetProperty("sha256").GetString());
        Assert.Matches("^[0-9a-f]{64}$", calendar.GetProperty("sha256").GetString());
        Assert.Equal("2004-01-01", calendar.GetProperty("coverage").GetProperty("start").GetString());
        Assert.Equal("2026-12-31", calendar.GetProperty("coverage").GetProperty("end").GetString());
        Assert.Equal("official", calendar.GetProperty("origin").GetString());
        Assert.False(json.TryGetProperty("explanation", out _));
    }

    [Fact]
    public void A_natural_day_limit_ending_on_National_Day_rolls_to_the_next_working_day()
    {
        // 2024-09-26 + 5 natural days = Tuesday 2024-10-01, a National Day holiday; Oct 1–7 are off, so Tuesday Oct 8.
        var run = Powergov.Run("due", "2024-09-26", "5d", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-10-08", run.Json.GetProperty("dueDate").GetString());
        Assert.Equal("naturalDays", run.Json.GetProperty("limit").GetProperty("kind").GetString());
    }

    [Fact]
    public void A_natural_day_limit_ending_on_a_working_day_is_not_moved()
    {
        // 2024-09-27 + 60 days = Tuesday 2024-11-26, an ordinary working day.
        var run = Powergov.Run("due", "2024-09-27", "60日", "--json");

        Assert.Equal("2024-11-26", run.Json.GetProperty("dueDate").GetString());
    }

    [Fact]
    public void Explain_prints_the_count_in_English_and_Chinese()
    {
        var run = Powergov.Run("due", "2024-09-26", "5d", "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("make-up working day for National Day, counted as day 3", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("so the period ends on the next working day, Tuesday 2024-10-08", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("国庆节调休上班日，计为第3日", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("顺延至其后第一个工作日2024年10月8日（星期二）", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_json_lists_every_day_with_its_count()
    {
        var explanation = Powergov.Run("due", "2024-09-27", "20wd", "--explain", "--json").Json.GetProperty("explanation");
        var days = explanation.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);

        // Saturday Sep 28 to Wednesday Oct 30: 3 + 30 days.
        Assert.Equal(33, explanation.GetProperty("dayCount").GetInt32());
        Assert.Equal(33, days.Count);
        Assert.Equal(JsonValueKind.Null, days["2024-09-28"].GetProperty("countedAs").ValueKind);
        Assert.Equal(1, days["2024-09-29"].GetProperty("countedAs").GetInt32());
        Assert.Equal("makeUpWorkingDay", days["2024-09-29"].GetProperty("type").GetString());
        Assert.Equal("国庆节", days["2024-09-29"].GetProperty("holiday").GetProperty("zh").GetString());
        for (var day = 1; day <= 7; day++)
        {
            var offDay = days[$"2024-10-0{day}"];
            Assert.Equal(JsonValueKind.Null, offDay.GetProperty("countedAs").ValueKind);
            Assert.Equal("National Day", offDay.GetProperty("holiday").GetProperty("en").GetString());
        }

        Assert.Equal(7, days["2024-10-12"].GetProperty("countedAs").GetInt32());
        Assert.Equal(20, days["2024-10-30"].GetProperty("countedAs").GetInt32());
        Assert.Contains("Due date: Wednesday 2024-10-30", explanation.GetProperty("text").GetString(), System.StringComparison.Ordinal);
        Assert.Contains("届满日：2024年10月30日（星期三）", explanation.GetProperty("textZh").GetString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024/09/27")]
    [InlineData("27-09-2024")]
    [InlineData("2024-9-27")]
    [InlineData("yesterday")]
    public void A_bad_date_exits_2_with_a_bilingual_message(string date)
    {
        var run = Powergov.Run("due", date, "20wd");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error [InvalidDate]: '" + date + "' is not a date", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("错误 [InvalidDate]：“" + date + "”不是有效日期", run.Error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("20x")]
    [InlineData("wd")]
    [InlineData("20WD")]
    [InlineData("20 workdays")]
    [InlineData("二十个工作日")]
    [InlineData("36501wd")]
    [InlineData("36501 working days")]
    public void A_bad_limit_exits_2_with_a_bilingual_message(string limit)
    {
        var run = Powergov.Run("due", "2024-09-27", limit);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [InvalidLimit]: '" + limit + "' is not a time limit", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("错误 [InvalidLimit]：“" + limit + "”不是有效期限", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_with_json_prints_the_error_as_json_too()
    {
        var run = Powergov.Run("due", "2024-02-30", "20wd", "--json");

        Assert.Equal(2, run.ExitCode);
        var error = run.Json.GetProperty("error");
        Assert.Equal("InvalidDate", error.GetProperty("code").GetString());
        Assert.Equal(2, error.GetProperty("exitCode").GetInt32());
        Assert.Contains("不是有效日期", error.GetProperty("messageZh").GetString(), System.StringComparison.Ordinal);
        Assert.Contains("[InvalidDate]", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_after_the_official_years_is_an_error_not_a_guess()
    {
        var run = Powergov.Run("due", "2027-01-05", "20wd");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error [OutsideCoverage]: The day of receipt 2027-01-05 is outside the official calendar 'cn-official', which covers 2004-01-01..2026-12-31", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("收件日 2027-01-05 不在官方日历 cn-official 的覆盖范围", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("Use --provisional for a provisional due date", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("可使用 --provisional", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_provisional_calendar_the_error_suggests_a_file_only()
    {
        var run = Powergov.Run(TestSeams.WithoutProvisional, "due", "2027-01-05", "20wd");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("--provisional", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("--calendar FILE", run.Error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-01-05", "20wd")]
    [InlineData("2026-12-20", "20wd")]
    [InlineData("2026-12-20", "20d")]
    public void Out_of_coverage_suggests_provisional(string date, string limit)
    {
        var run = Powergov.Run("due", date, limit);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [OutsideCoverage]", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("Use --provisional for a provisional due date", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("可使用 --provisional 按节假日法规计算暂定届满日", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_the_official_years_does_not_suggest_provisional()
    {
        var run = Powergov.Run("due", "2003-12-31", "1wd");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The day of receipt 2003-12-31 is outside the official calendar", run.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("--provisional", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Provisional_is_an_error_in_a_build_without_a_provisional_calendar()
    {
        var run = Powergov.Run(TestSeams.WithoutProvisional, "due", "2027-01-29", "8wd", "--provisional");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [ProvisionalNotAvailable]", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("没有含待公布年度的暂定日历", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Provisional_uses_the_China_provisional_calendar_past_2026()
    {
        // 2026-12-20 (Sunday) + 20 working days: Dec 21–25 and 28–31 are days 1–9 (the 2026 notice sets nothing in
        // December); New Year's Day, Friday 2027-01-01, is a statutory holiday by law, so with the weekend after it the
        // most likely count is Jan 4–8 (10–14), Jan 11–15 (15–19), Monday Jan 18 (20). The 2027 notice is not
        // published, so the date is provisional and the range holds it.
        var json = Powergov.Run("due", "2026-12-20", "20wd", "--provisional", "--json").Json;

        Assert.Equal("2027-01-18", json.GetProperty("dueDate").GetString());
        Assert.True(json.GetProperty("provisional").GetBoolean());
        var earliest = LocalDate(json.GetProperty("earliest").GetString());
        var latest = LocalDate(json.GetProperty("latest").GetString());
        Assert.True(earliest <= new LocalDate(2027, 1, 18) && new LocalDate(2027, 1, 18) <= latest, $"{earliest}..{latest}");
        var calendar = json.GetProperty("calendar");
        Assert.Equal(ChinaCalendars.ProvisionalId, calendar.GetProperty("id").GetString());
        Assert.Equal(ChinaCalendars.Provisional.Identity.ContentHash, calendar.GetProperty("sha256").GetString());
        Assert.Equal("2026-12-31", calendar.GetProperty("publishedCoverage").GetProperty("end").GetString());
    }

    [Fact]
    public void Provisional_with_a_calendar_file_adds_the_files_year_as_loaded_by_the_office()
    {
        // Same count as above, on main's hypothetical 2027 file (New Year Jan 1–3 off): Monday 2027-01-18, now exact,
        // since the file publishes 2027.
        var run = Powergov.Run("due", "2026-12-20", "20wd", "--provisional", "--calendar", CalendarFiles.Hypothetical2027, "--explain", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json;
        Assert.Equal("2027-01-18", json.GetProperty("dueDate").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
        Assert.True(json.GetProperty("exact").GetBoolean());
        var fileHash = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(CalendarFiles.Hypothetical2027))).ToLowerInvariant();
        var calendar = json.GetProperty("calendar");
        Assert.Equal("provisional", calendar.GetProperty("origin").GetString());
        Assert.Equal(CalendarFiles.Hypothetical2027, calendar.GetProperty("file").GetString());
        Assert.Equal(fileHash, calendar.GetProperty("fileSha256").GetString());
        var years = json.GetProperty("explanation").GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());
        Assert.Equal("embedded", years[2026].GetProperty("kind").GetString());
        Assert.Equal("loadedByHost", years[2027].GetProperty("kind").GetString());
        Assert.Equal(CalendarFiles.Hypothetical2027, years[2027].GetProperty("source").GetString());
        Assert.Equal(fileHash, years[2027].GetProperty("sha256").GetString());
    }

    [Fact]
    public void A_calendar_file_that_leaves_a_gap_after_the_official_years_cannot_be_combined()
    {
        var path = files.Write("cn-2028.txt", "calendar cn-2028\nweekend Saturday Sunday\ncoverage 2028-01-01 2028-12-31\n");

        var run = Powergov.Run("due", "2026-12-20", "20wd", "--provisional", "--calendar", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var error = run.Json.GetProperty("error");
        Assert.Equal("CannotCombine", error.GetProperty("code").GetString());
        Assert.Contains(error.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "CoverageGap");
        Assert.Contains("无法与官方日历合并", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Provisional_gives_the_range_the_unpublished_notice_allows()
    {
        // Received Friday 2027-01-29, 8 working days on the test calendar (see TestSeams.Provisional2027):
        // most likely Feb 1–5 (1–5), Feb 10–12 (6–8) -> Feb 12; earliest with Sat Jan 30 worked -> Feb 11;
        // latest with Feb 10 and 11 off: Feb 1–5, Feb 12, 15, 16 -> Tuesday Feb 16.
        var run = Powergov.Run(TestSeams.WithProvisional, "due", "2027-01-29", "8wd", "--provisional", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json;
        Assert.Equal("2027-02-12", json.GetProperty("dueDate").GetString());
        Assert.Equal("2027-02-11", json.GetProperty("earliest").GetString());
        Assert.Equal("2027-02-16", json.GetProperty("latest").GetString());
        Assert.True(json.GetProperty("provisional").GetBoolean());
        Assert.False(json.GetProperty("exact").GetBoolean());
        var calendar = json.GetProperty("calendar");
        Assert.Equal("test-provisional", calendar.GetProperty("id").GetString());
        Assert.Equal(TestSeams.Provisional2027.Identity.ContentHash, calendar.GetProperty("sha256").GetString());
        Assert.Equal("2026-12-31", calendar.GetProperty("publishedCoverage").GetProperty("end").GetString());
        Assert.Equal("provisional", calendar.GetProperty("origin").GetString());
    }

    [Fact]
    public void Provisional_on_published_days_is_exact_and_not_provisional()
    {
        // Received Monday 2026-03-02 + 5 working days, all in the published year: Monday 2026-03-09.
        var json = Powergov.Run(TestSeams.WithProvisional, "due", "2026-03-02", "5wd", "--provisional", "--json").Json;

        Assert.Equal("2026-03-09", json.GetProperty("dueDate").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
        Assert.True(json.GetProperty("exact").GetBoolean());
    }

    [Fact]
    public void Provisional_text_and_explanation_name_the_uncertain_days_in_both_languages()
    {
        var run = Powergov.Run(TestSeams.WithProvisional, "due", "2027-01-29", "8wd", "--provisional", "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Due date (provisional, most likely) 届满日（暂定，最可能）: 2027-02-12 (Friday 星期五)\n", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("Earliest 最早: 2027-02-11 (Thursday 星期四); latest 最晚: 2027-02-16 (Tuesday 星期二)", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("2027-02-10: The notice may give the day after Spring Festival off.", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("2027-02-10: 通知可能安排春节后一日放假。", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("2027: built from the holiday law, not yet published: 国务院令第795号", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Provisional_explanation_json_lists_uncertain_days_and_years()
    {
        var explanation = Powergov.Run(TestSeams.WithProvisional, "due", "2027-01-29", "8wd", "--provisional", "--explain", "--json").Json.GetProperty("explanation");

        var uncertain = explanation.GetProperty("uncertainDays").EnumerateArray().Select(d => d.GetProperty("date").GetString()!).ToArray();
        Assert.Equal(new[] { "2027-01-30", "2027-02-10", "2027-02-11" }, uncertain);
        Assert.Equal("春节前的周末可能调为上班日。", explanation.GetProperty("uncertainDays")[0].GetProperty("reasonZh").GetString());
        var year = Assert.Single(explanation.GetProperty("years").EnumerateArray());
        Assert.Equal(2027, year.GetProperty("year").GetInt32());
        Assert.Equal("provisional", year.GetProperty("kind").GetString());
    }

    [Fact]
    public void Today_is_the_date_in_Beijing_on_the_clock()
    {
        // 17:00 UTC on Sep 26 is 01:00 on Friday Sep 27 in Beijing.
        var run = Powergov.RunAt(Instant.FromUtc(2024, 9, 26, 17, 0), ToolSeams.Default, "due", "today", "20wd", "--json");

        Assert.Equal("2024-09-27", run.Json.GetProperty("received").GetString());
        Assert.Equal("2024-10-30", run.Json.GetProperty("dueDate").GetString());
    }

    [Fact]
    public void A_calendar_file_replaces_the_official_calendar()
    {
        var run = Powergov.Run("due", "2024-09-27", "20wd", "--calendar", CalendarFiles.Sample2024, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2024-10-30", run.Json.GetProperty("dueDate").GetString());
        var calendar = run.Json.GetProperty("calendar");
        Assert.Equal("cn-2024", calendar.GetProperty("id").GetString());
        Assert.Equal("file", calendar.GetProperty("origin").GetString());
        Assert.Equal(CalendarFiles.Sample2024, calendar.GetProperty("file").GetString());
    }

    [Fact]
    public void A_due_date_past_the_calendar_file_says_to_add_the_year_to_the_file()
    {
        var run = Powergov.Run("due", "2024-12-20", "20wd", "--calendar", CalendarFiles.Sample2024);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("goes past the end of the calendar file", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("Add the year's arrangement to the file", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("请在文件中补充该年度的安排", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_calendar_file_exits_2_with_its_located_problems()
    {
        var path = files.Write("bad.txt", CalendarFiles.Invalid2024);

        var run = Powergov.Run("due", "2024-09-27", "20wd", "--calendar", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var error = run.Json.GetProperty("error");
        Assert.Equal("UnreadableCalendar", error.GetProperty("code").GetString());
        Assert.Equal([4, 5, 7], error.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("line").GetInt32()).ToArray());
        Assert.Contains("line 4 第4行", run.Error, System.StringComparison.Ordinal);
    }


    private static LocalDate LocalDate(string? iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso!).Value;
}
