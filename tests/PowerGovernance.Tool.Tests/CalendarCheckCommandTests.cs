using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

public sealed class CalendarCheckCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void A_valid_text_file_is_clean_and_says_the_check_is_structural_only()
    {
        var run = Powergov.Run("calendar", "check", CalendarFiles.Sample2024, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json;
        Assert.Equal(CalendarFiles.Sample2024, json.GetProperty("file").GetString());
        Assert.Equal("text", json.GetProperty("format").GetString());
        Assert.True(json.GetProperty("readable").GetBoolean());
        Assert.False(json.GetProperty("lawChecked").GetBoolean());
        Assert.Equal("structure", json.GetProperty("scope").GetString());
        Assert.StartsWith("Structural check only", json.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("仅做结构检查", json.GetProperty("noteZh").GetString(), StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("findings").EnumerateArray());
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
        Assert.Contains("此版本的 powergov 尚未按节假日法规检查日历", run.Out, StringComparison.Ordinal);
        Assert.Contains("No findings. 未发现问题。", run.Out, StringComparison.Ordinal);
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
            [(4, CalendarRules.InvalidDate), (5, CalendarRules.MakeUpDayNotWeekend), (7, CalendarRules.OverlappingHolidays)],
            findings.Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("code").GetString())).ToArray());
        Assert.All(findings, f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.All(findings, f => Assert.Equal("file", f.GetProperty("source").GetString()));
        Assert.Equal("2024-13-01", findings[0].GetProperty("value").GetString());
        Assert.Equal("日期无效：应为实际存在的 ISO 日期 yyyy-MM-dd。", findings[0].GetProperty("messageZh").GetString());
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
        Assert.Contains("      日期无效：应为实际存在的 ISO 日期 yyyy-MM-dd。\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("[MakeUpDayNotWeekend] line 5 第5行", run.Out, StringComparison.Ordinal);
        Assert.Contains("调休上班日必须是周末", run.Out, StringComparison.Ordinal);
        Assert.Contains("[OverlappingHolidays] line 7 第7行", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holidays.json", "holiday-cn JSON")]
    [InlineData("holidays.ics", "iCalendar")]
    [InlineData("HOLIDAYS.ICS", "iCalendar")]
    public void Json_and_ics_files_are_not_yet_supported(string name, string format)
    {
        var path = files.Write(name, "{}");

        var run = Powergov.Run("calendar", "check", path, "--json");

        Assert.Equal(2, run.ExitCode);
        var error = run.Json.GetProperty("error");
        Assert.Equal("FormatNotYetSupported", error.GetProperty("code").GetString());
        Assert.Contains("Reading " + format + " files", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("尚不支持读取 " + format, error.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
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
        calendar => [new Finding("TestRule", severity, new LocalDate(2024, 10, 1), "test: " + calendar.Id, "测试：" + calendar.Id, Finding.LawSource)]);
}
