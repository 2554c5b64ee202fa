using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Serialization;
using PowerGovernance.Tool.Seams;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Tests;

public sealed class CalendarCheckCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void The_official_2024_file_is_clean_under_the_holiday_law()
    {
        var run = Powergov.Run("calendar", "check", CalendarFiles.Sample2024, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json;
        Assert.Equal(CalendarFiles.Sample2024, json.GetProperty("file").GetString());
        Assert.Equal("text", json.GetProperty("format").GetString());
        Assert.True(json.GetProperty("readable").GetBoolean());
        Assert.True(json.GetProperty("lawChecked").GetBoolean());
        Assert.Equal("structure+law", json.GetProperty("scope").GetString());
        Assert.Contains("against the holiday law", json.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("节假日法规", json.GetProperty("noteZh").GetString(), StringComparison.Ordinal);
        // Clean under the law: no errors or warnings; the only notes are the days the notice set otherwise than
        // the most likely provisional year, all of them days the provisional year held uncertain.
        Assert.DoesNotContain(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() != "info");
        Assert.All(json.GetProperty("findings").EnumerateArray(), f => Assert.Equal("DiffersFromProvisional", f.GetProperty("code").GetString()));
        var calendar = json.GetProperty("calendar");
        Assert.Equal("cn-2024", calendar.GetProperty("id").GetString());
        Assert.Equal(WorkingCalendar.Parse(CalendarFiles.Sample2024Text).Identity.ContentHash, calendar.GetProperty("sha256").GetString());
        Assert.Equal("2024-01-01", calendar.GetProperty("coverage").GetProperty("start").GetString());
        Assert.Equal("2024-12-31", calendar.GetProperty("coverage").GetProperty("end").GetString());
    }

    [Fact]
    public void A_valid_text_file_in_text_output()
    {
        var run = Powergov.Run("calendar", "check", CalendarFiles.Sample2024);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);

        // 2024: 366 days, 104 of them Saturdays and Sundays, so 262 weekdays; the notice gives 19 weekdays off
        // (Jan 1; Feb 12–16; Apr 4–5; May 1–3; Jun 10; Sep 16–17; Oct 1–4 and 7) and 8 weekend days worked
        // (Feb 4, Feb 18, Apr 7, Apr 28, May 11, Sep 14, Sep 29, Oct 12): 262 - 19 + 8 = 251 working days.
        Assert.Contains("Coverage 覆盖范围: 2024-01-01..2024-12-31, 251 working days 个工作日", run.Out, StringComparison.Ordinal);
        Assert.Contains("已检查文件结构，并按各年度施行的节假日法规（NoticeChecker）逐年检查。", run.Out, StringComparison.Ordinal);
        Assert.Contains("DiffersFromProvisional", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("OutsideProvisionalRange", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_law_check_the_check_says_it_is_structural_only()
    {
        var seams = ToolSeams.Default with { Law = new CalendarLawCheck("none", check: null) };

        var run = Powergov.Run(seams, "calendar", "check", CalendarFiles.Sample2024, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.False(run.Json.GetProperty("lawChecked").GetBoolean());
        Assert.Equal("structure", run.Json.GetProperty("scope").GetString());
        Assert.StartsWith("Structural check only", run.Json.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("仅做结构检查", run.Json.GetProperty("noteZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_Years_Day_worked_breaks_the_holiday_law_and_exits_1()
    {
        // Art. 2 of the holiday law makes 1 January a statutory holiday; this copy of 2024 leaves it out, so
        // Monday 2024-01-01 is an ordinary working day.
        var path = files.Write("cn-2024-no-new-year.txt", CalendarFiles.Sample2024Text.Replace("holiday 2024-01-01 元旦 | New Year's Day\n", string.Empty, StringComparison.Ordinal));

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        var findings = run.Json.GetProperty("findings").EnumerateArray().ToArray();
        var worked = Assert.Single(findings, f => f.GetProperty("code").GetString() == "StatutoryDayWorked");
        Assert.Equal("2024-01-01", worked.GetProperty("date").GetString());
        Assert.Equal("error", worked.GetProperty("severity").GetString());
        Assert.Equal("law", worked.GetProperty("source").GetString());
        Assert.Contains("元旦", worked.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.True(run.Json.GetProperty("errorCount").GetInt32() >= 1);
    }

    [Fact]
    public void A_year_the_file_covers_only_in_part_is_noted_not_checked()
    {
        var path = files.Write("cn-2024-10.txt", "calendar cn-2024-10\nweekend Saturday Sunday\ncoverage 2024-10-01 2024-10-31\nholiday 2024-10-01..2024-10-07 国庆节 | National Day\nworkday 2024-10-12 国庆节 | National Day\n");

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.Equal(0, run.ExitCode);
        var note = Assert.Single(run.Json.GetProperty("findings").EnumerateArray());
        Assert.Equal("YearNotChecked", note.GetProperty("code").GetString());
        Assert.Equal("info", note.GetProperty("severity").GetString());
        Assert.Equal("2024", note.GetProperty("field").GetString());
    }

    [Fact]
    public void An_invalid_text_file_exits_2_with_every_problem_located()
    {
        var path = files.Write("bad-2024.txt", CalendarFiles.Invalid2024);

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var json = run.Json;
        Assert.False(json.GetProperty("readable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("calendar").ValueKind);
        var findings = json.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(
            [(4, CalendarRuleCodes.InvalidDate), (5, CalendarRuleCodes.MakeUpDayNotWeekend), (7, CalendarRuleCodes.OverlappingHolidays)],
            findings.Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("code").GetString())).ToArray());
        Assert.All(findings, f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.All(findings, f => Assert.Equal("file", f.GetProperty("source").GetString()));
        Assert.Equal("2024-13-01", findings[0].GetProperty("value").GetString());
        Assert.Equal("holiday", findings[0].GetProperty("field").GetString());
        Assert.Equal("应为实际存在的 ISO 日期 yyyy-MM-dd。", findings[0].GetProperty("messageZh").GetString());
        Assert.Contains("not one of the weekend days", findings[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, json.GetProperty("errorCount").GetInt32());
        Assert.Contains("error [UnreadableCalendar]", run.Error, StringComparison.Ordinal);
        Assert.Contains("有 3 个问题", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_text_file_in_text_output_lists_line_rule_and_both_languages()
    {
        var path = files.Write("bad-2024.txt", CalendarFiles.Invalid2024);

        var run = Powergov.Run("calendar", "check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("  error [InvalidDate] line 4 第4行: holiday = '2024-13-01': Expected an ISO date", run.Out, StringComparison.Ordinal);
        Assert.Contains("      应为实际存在的 ISO 日期 yyyy-MM-dd。\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("[MakeUpDayNotWeekend] line 5 第5行", run.Out, StringComparison.Ordinal);
        Assert.Contains("不是周末；只有周末才能调为上班日", run.Out, StringComparison.Ordinal);
        Assert.Contains("[OverlappingHolidays] line 7 第7行", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_holiday_cn_json_year_is_read_and_checked()
    {
        // The sample's 2024, written as holiday-cn's 2024.json.
        var sample = WorkingCalendar.Parse(CalendarFiles.Sample2024Text);
        var path = files.Write("2024.json", HolidayCnJson.Write(sample, 2024));

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("holiday-cn", run.Json.GetProperty("format").GetString());
        Assert.Equal(sample.Identity.ContentHash, run.Json.GetProperty("calendar").GetProperty("sha256").GetString());
        Assert.DoesNotContain(run.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() != "info");
        Assert.Contains(run.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "DiffersFromProvisional" && f.GetProperty("date").GetString() == "2024-02-04");
    }

    [Theory]
    [InlineData("cn-2024.ics")]
    [InlineData("CN-2024.ICS")]
    public void An_icalendar_file_is_read_and_checked(string name)
    {
        var sample = WorkingCalendar.Parse(CalendarFiles.Sample2024Text);
        var path = files.Write(name, CalendarIcs.Write(sample));

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("icalendar", run.Json.GetProperty("format").GetString());
        Assert.Equal(sample.Identity.ContentHash, run.Json.GetProperty("calendar").GetProperty("sha256").GetString());
    }

    [Fact]
    public void A_broken_holiday_cn_file_lists_its_problems_with_the_readers_chinese()
    {
        var path = files.Write("2024.json", "{\"year\": 2024, \"days\": [{\"name\": \"国庆节\", \"date\": \"2024-13-01\", \"isOffDay\": true}], \"extra\": 1}");

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var findings = run.Json.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == CalendarRuleCodes.InvalidDate);
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == CalendarRuleCodes.UnknownProperty);
        Assert.All(findings, f => Assert.Matches("\\p{IsCJKUnifiedIdeographs}", f.GetProperty("messageZh").GetString()));
        Assert.All(findings, f => Assert.NotEqual(f.GetProperty("message").GetString(), f.GetProperty("messageZh").GetString()));
    }

    [Fact]
    public void A_format_without_a_reader_in_the_build_is_not_yet_supported()
    {
        var seams = ToolSeams.Default with { Files = new CalendarFileReader([new CalendarFileFormat(".ics", "icalendar", "iCalendar", null)]) };
        var path = files.Write("holidays.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

        var run = Powergov.Run(seams, "calendar", "check", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var error = run.Json.GetProperty("error");
        Assert.Equal("FormatNotYetSupported", error.GetProperty("code").GetString());
        Assert.Contains("Reading iCalendar files", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("尚不支持读取 iCalendar", error.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_extension_is_refused_with_the_known_formats()
    {
        var path = files.Write("holidays.csv", "date,type\n");

        var run = Powergov.Run("calendar", "check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [UnknownCalendarFormat]", run.Error, StringComparison.Ordinal);
        Assert.Contains(".txt (PowerGovernance text calendar", run.Error, StringComparison.Ordinal);
        Assert.Contains("无法识别", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var run = Powergov.Run("calendar", "check", "no-such-calendar.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [FileNotFound]: The calendar file 'no-such-calendar.txt' does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("日历文件“no-such-calendar.txt”不存在。", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_law_check_error_exits_1_and_is_listed_with_its_date()
    {
        var seams = ToolSeams.Default with { Law = LawCheckFinding(FindingSeverity.Error) };

        var run = Powergov.Run(seams, "calendar", "check", CalendarFiles.Sample2024, "--json");

        Assert.Equal(1, run.ExitCode);
        var json = run.Json;
        Assert.True(json.GetProperty("lawChecked").GetBoolean());
        Assert.Equal("structure+law", json.GetProperty("scope").GetString());
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal("TestRule", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("2024-10-01", finding.GetProperty("date").GetString());
        Assert.Equal("law", finding.GetProperty("source").GetString());
        Assert.Equal("测试：cn-2024", finding.GetProperty("messageZh").GetString());
    }

    [Fact]
    public void A_law_check_warning_is_reported_but_exits_0()
    {
        var seams = ToolSeams.Default with { Law = LawCheckFinding(FindingSeverity.Warning) };

        var run = Powergov.Run(seams, "calendar", "check", CalendarFiles.Sample2024);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 finding(s), 0 error(s). 共 1 项发现，其中错误 0 项。", run.Out, StringComparison.Ordinal);
        Assert.Contains("  warning [TestRule] 2024-10-01: test: cn-2024\n      测试：cn-2024\n", run.Out, StringComparison.Ordinal);
    }

    private static CalendarLawCheck LawCheckFinding(FindingSeverity severity) => new(
        "TestChecker",
        calendar => [new Finding("TestRule", severity, "2024-10-01", "2024-10-01", "test: " + calendar.Id, "测试：" + calendar.Id)]);
}
