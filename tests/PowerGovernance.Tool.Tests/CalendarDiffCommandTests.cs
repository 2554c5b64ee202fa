using System;
using System.Linq;
using System.Text.Json;

namespace PowerGovernance.Tool.Tests;

public sealed class CalendarDiffCommandTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>
    /// The 2024 sample amended three ways: coverage extended through 2025, Saturday Oct 12 no longer worked, and the
    /// Dragon Boat Festival renamed in English.
    /// </summary>
    private string Amended() => files.Write(
        "cn-2024-amended.txt",
        CalendarFiles.Sample2024Text
            .Replace("coverage 2024-01-01 2024-12-31", "coverage 2024-01-01 2025-12-31", StringComparison.Ordinal)
            .Replace("workday 2024-10-12 国庆节 | National Day\n", string.Empty, StringComparison.Ordinal)
            .Replace("端午节 | Dragon Boat Festival", "端午节 | Duanwu Festival", StringComparison.Ordinal));

    [Fact]
    public void Diff_lists_changed_days_and_coverage_and_exits_0()
    {
        var run = Powergov.Run("calendar", "diff", CalendarFiles.Sample2024, Amended(), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json;
        Assert.False(json.GetProperty("sameContent").GetBoolean());
        Assert.Equal("2024-01-01", json.GetProperty("commonCoverage").GetProperty("start").GetString());
        Assert.Equal("2024-12-31", json.GetProperty("commonCoverage").GetProperty("end").GetString());
        Assert.Empty(json.GetProperty("onlyInOld").EnumerateArray());
        var onlyNew = Assert.Single(json.GetProperty("onlyInNew").EnumerateArray());
        Assert.Equal("2025-01-01", onlyNew.GetProperty("start").GetString());
        Assert.Equal("2025-12-31", onlyNew.GetProperty("end").GetString());
        Assert.Equal(2, json.GetProperty("differenceCount").GetInt32());
        var differences = json.GetProperty("differences").EnumerateArray().ToArray();
        Assert.Equal(new[] { "2024-06-10", "2024-10-12" }, differences.Select(d => d.GetProperty("date").GetString()!).ToArray());

        Assert.Equal("holiday", differences[0].GetProperty("oldType").GetString());
        Assert.Equal("holiday", differences[0].GetProperty("newType").GetString());
        Assert.Equal("Dragon Boat Festival", differences[0].GetProperty("oldName").GetProperty("en").GetString());
        Assert.Equal("Duanwu Festival", differences[0].GetProperty("newName").GetProperty("en").GetString());

        Assert.Equal("makeUpWorkingDay", differences[1].GetProperty("oldType").GetString());
        Assert.Equal("weekend", differences[1].GetProperty("newType").GetString());
        Assert.Equal("国庆节", differences[1].GetProperty("oldName").GetProperty("zh").GetString());
        Assert.Equal(JsonValueKind.Null, differences[1].GetProperty("newName").ValueKind);
    }

    [Fact]
    public void Diff_in_text_shows_each_day_in_both_languages()
    {
        var run = Powergov.Run("calendar", "diff", CalendarFiles.Sample2024, Amended());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Only in new 仅新文件覆盖: 2025-01-01..2025-12-31\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 day(s) differ. 2 天不同。\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  2024-10-12 (Saturday 星期六): make-up working day 调休上班日 (国庆节 | National Day) -> weekend 周末休息日\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_twice_has_no_differences()
    {
        var run = Powergov.Run("calendar", "diff", CalendarFiles.Sample2024, CalendarFiles.Sample2024, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Json.GetProperty("sameContent").GetBoolean());
        Assert.Equal(0, run.Json.GetProperty("differenceCount").GetInt32());
        Assert.Empty(run.Json.GetProperty("differences").EnumerateArray());
    }

    [Fact]
    public void Files_with_no_common_date_report_only_coverage()
    {
        var other = files.Write("cn-2030.txt", "calendar x\ncoverage 2030-01-01 2030-12-31\n");

        var run = Powergov.Run("calendar", "diff", CalendarFiles.Sample2024, other, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Null, run.Json.GetProperty("commonCoverage").ValueKind);
        Assert.Equal("2024-01-01", Assert.Single(run.Json.GetProperty("onlyInOld").EnumerateArray()).GetProperty("start").GetString());
        Assert.Equal("2030-12-31", Assert.Single(run.Json.GetProperty("onlyInNew").EnumerateArray()).GetProperty("end").GetString());
    }

    [Fact]
    public void An_unreadable_side_exits_2()
    {
        var bad = files.Write("bad.txt", CalendarFiles.Invalid2024);

        var run = Powergov.Run("calendar", "diff", CalendarFiles.Sample2024, bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error [UnreadableCalendar]", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 5 第5行", run.Error, StringComparison.Ordinal);
    }
}
