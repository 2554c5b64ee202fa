using System;
using System.IO;
using System.Linq;

namespace PowerGovernance.Tool.Tests;

public sealed class CalendarFromNoticeCommandTests : IDisposable
{
    private static readonly string Notice2026 = Path.Combine(AppContext.BaseDirectory, "notices", "2026.txt");

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void The_2026_notice_becomes_a_holiday_cn_year_that_calendar_check_passes()
    {
        var run = Powergov.Run("calendar", "from-notice", Notice2026, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2026, run.Json.GetProperty("year").GetInt32());

        // 2026 notice: "2月14日（周六）、2月28日（周六）上班" — both are make-up days (isOffDay false).
        var days = run.Json.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("isOffDay").GetBoolean());
        Assert.False(days["2026-02-28"]);
        Assert.True(days["2026-02-15"]);
        // Checked on arrival: no errors (the only findings are days that differ from the most likely provisional year).
        Assert.Contains("0 error(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("DiffersFromProvisional", run.Error, StringComparison.Ordinal);

        var written = files.Write("2026.json", run.Out);
        var check = Powergov.Run("calendar", "check", written);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void Explain_traces_each_day_to_its_sentence_on_stderr_and_keeps_stdout_the_year()
    {
        var run = Powergov.Run("calendar", "from-notice", Notice2026, "--explain");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2026-02-28 work 上班 春节", run.Error, StringComparison.Ordinal);
        Assert.Contains("2月14日（周六）、2月28日（周六）上班", run.Error, StringComparison.Ordinal);
        Assert.Contains("workday 2026-02-28", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_with_a_wrong_weekday_is_unreadable_with_exit_2_and_a_located_finding()
    {
        // 2026-10-01 is a Thursday (the real 2026 notice says 周四); "周五" is wrong.
        var path = files.Write("bad.txt", "国务院办公厅关于2026年部分节假日安排的通知\n七、国庆节：10月1日（周五）至7日（周三）放假调休，共7天。\n");

        var run = Powergov.Run("calendar", "from-notice", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("WeekdayMismatch", run.Error, StringComparison.Ordinal);
        Assert.Contains("星期四", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amendment_applied_to_a_year_file_reports_the_changed_days_and_writes_a_year_that_calendar_check_passes()
    {
        var notices = Path.Combine(AppContext.BaseDirectory, "notices");
        var year = Powergov.Run("calendar", "from-notice", Path.Combine(notices, "2019.txt"));
        Assert.True(year.ExitCode == 0, year.ToString());
        var yearFile = files.Write("2019.txt", year.Out);

        var run = Powergov.Run("calendar", "from-notice", Path.Combine(notices, "2019-labour-day-amendment.txt"), "--amends", yearFile, "--format", "json");

        // 国办发明电〔2019〕3号 on the yearly notice's 5月1日: 04-28 (Sun) and 05-05 (Sun) become make-up days, 05-02..04 rest days.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("5 day(s) changed", run.Error, StringComparison.Ordinal);
        Assert.Contains("2019-05-02", run.Error, StringComparison.Ordinal);
        Assert.Contains("4月28日（星期日）、5月5日（星期日）上班", run.Error, StringComparison.Ordinal);
        var days = run.Json.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("isOffDay").GetBoolean());
        Assert.True(days["2019-05-03"]);
        Assert.False(days["2019-05-05"]);

        var written = files.Write("2019-amended.json", run.Out);
        var check = Powergov.Run("calendar", "check", written);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void An_amendment_of_a_year_the_file_does_not_cover_exits_2_and_writes_nothing()
    {
        var notices = Path.Combine(AppContext.BaseDirectory, "notices");
        var year = Powergov.Run("calendar", "from-notice", Path.Combine(notices, "2026.txt"));
        var yearFile = files.Write("2026.txt", year.Out);

        var run = Powergov.Run("calendar", "from-notice", Path.Combine(notices, "2019-labour-day-amendment.txt"), "--amends", yearFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("AmendedYearNotLoaded", run.Error, StringComparison.Ordinal);
    }
}
