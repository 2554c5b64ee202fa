using System.Linq;

namespace PowerGovernance.Tool.Tests;

/// <summary>
/// <c>powergov due</c> with a limit "by the end of the quarter" (按季度, e.g. the county's quarterly approval of serious-illness
/// aid): due on the last day of the quarter the day of receipt falls in (<c>q</c>), or of the N-th following quarter
/// (<c>q+N</c>); a last day that is not a working day moves to the next working day.
/// </summary>
/// <remarks>
/// Every expected date is worked out by hand from that rule and the official arrangements in cn-official.txt: 2025 National
/// Day and Mid-Autumn 10-01..10-08 off, Sun 09-28 and Sat 10-11 worked; 2026 New Year 01-01..01-03 off, Sun 01-04 worked;
/// Spring Festival 2026 02-15..02-23 off, Sat 02-14 and Sat 02-28 worked; Dragon Boat 2026 06-19..06-21 off. Weekdays:
/// 2026-01-01 is a Thursday, so 2025-12-31 is a Wednesday, 2026-03-31 (day 90) a Tuesday and 2026-06-30 (day 181) a Tuesday;
/// 2025-10-01 is a Wednesday, so 2025-09-30 is a Tuesday.
/// </remarks>
public sealed class QuarterLimitDueTests
{
    [Theory]
    // Received Fri 2026-02-13, the last working day before Spring Festival: Q1 2026 ends Tue 03-31, a working day (no
    // holiday in March 2026).
    [InlineData("2026-02-13", "q", "2026-03-31")]
    // Received on the make-up Saturday 2026-02-14: still Q1, the same end.
    [InlineData("2026-02-14", "q", "2026-03-31")]
    // Received on the quarter's last day, Tue 2025-09-30: the quarter it falls in is Q3, which ends that very day, a working
    // day (National Day starts 10-01). The period "by the end of the quarter of receipt" leaves no further day.
    [InlineData("2025-09-30", "q", "2025-09-30")]
    // Received on the make-up Sunday 2025-09-28, end of the next quarter: across National Day 2025 to the end of Q4, Wed
    // 2025-12-31, a working day (New Year 2026 starts 01-01).
    [InlineData("2025-09-28", "q+1", "2025-12-31")]
    // Received Mon 2025-12-15: Q4 2025 ends Wed 12-31.
    [InlineData("2025-12-15", "q", "2025-12-31")]
    // Received Mon 2026-01-05, end of the next quarter: Q2 2026 ends Tue 06-30, a working day (Dragon Boat is 06-19..06-21).
    [InlineData("2026-01-05", "q+1", "2026-06-30")]
    // The same in the long forms TimeLimit.Parse reads.
    [InlineData("2026-01-05", "下1个季度末", "2026-06-30")]
    [InlineData("2026-01-05", "end of quarter 1 later", "2026-06-30")]
    [InlineData("2026-02-13", "本季度末", "2026-03-31")]
    // q+0 is q: Q1 2026 ends Tue 03-31.
    [InlineData("2026-02-13", "q+0", "2026-03-31")]
    // Three quarters after Q1 2024: Q4 2024 ends Tue 2024-12-31, a working day (New Year 2025 is 01-01 only).
    [InlineData("2024-01-15", "q+3", "2024-12-31")]
    // Q1 2024 ends Sun 2024-03-31: moved to Mon 04-01 (Qingming 2024 is 04-04..04-06).
    [InlineData("2024-01-15", "q", "2024-04-01")]
    public void Due_counts_to_the_end_of_the_quarter(string received, string limit, string expected)
    {
        var run = Powergov.Run("due", received, limit, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected, run.Json.GetProperty("dueDate").GetString());
        Assert.Equal("endOfQuarter", run.Json.GetProperty("limit").GetProperty("kind").GetString());
        Assert.False(run.Json.GetProperty("provisional").GetBoolean());
        Assert.Equal(expected, run.Json.GetProperty("earliest").GetString());
        Assert.Equal(expected, run.Json.GetProperty("latest").GetString());
    }

    [Fact]
    public void Json_gives_the_quarter_limit_with_its_following_quarters_and_both_texts()
    {
        var now = Powergov.Run("due", "2026-02-13", "q", "--json").Json.GetProperty("limit");
        var next = Powergov.Run("due", "2026-01-05", "q+1", "--json").Json.GetProperty("limit");

        Assert.Equal(0, now.GetProperty("days").GetInt32());
        Assert.Equal("end of quarter", now.GetProperty("text").GetString());
        Assert.Equal("本季度末", now.GetProperty("textZh").GetString());
        Assert.Equal(1, next.GetProperty("days").GetInt32());
        Assert.Equal("end of quarter 1 later", next.GetProperty("text").GetString());
        Assert.Equal("下1个季度末", next.GetProperty("textZh").GetString());
    }

    [Fact]
    public void Text_output_names_the_quarter_limit_in_both_languages()
    {
        var run = Powergov.Run("due", "2026-02-13", "q");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("Due date 届满日: 2026-03-31 (Tuesday 星期二)\n", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("Received 收件日: 2026-02-13 (Friday 星期五), not counted 当日不计入\n", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("Limit 期限: end of quarter 本季度末\n", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_counts_natural_days_across_Spring_Festival_to_the_quarter_end()
    {
        // From Fri 2026-02-13 (not counted): Feb 14..28 are days 1..15 (every day counts, the Spring Festival holiday
        // 02-15..02-23 too: 02-15 is day 2, 02-23 day 10), Mar 1..31 days 16..46. Mar 31 is a working day: no move.
        var explanation = Powergov.Run("due", "2026-02-13", "q", "--explain", "--json").Json.GetProperty("explanation");
        var days = explanation.GetProperty("days").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);

        Assert.Equal(46, explanation.GetProperty("dayCount").GetInt32());
        Assert.Equal(1, days["2026-02-14"].GetProperty("countedAs").GetInt32());
        Assert.Equal("makeUpWorkingDay", days["2026-02-14"].GetProperty("type").GetString());
        Assert.Equal(2, days["2026-02-15"].GetProperty("countedAs").GetInt32());
        Assert.Equal("春节", days["2026-02-15"].GetProperty("holiday").GetProperty("zh").GetString());
        Assert.Equal(10, days["2026-02-23"].GetProperty("countedAs").GetInt32());
        Assert.Equal(46, days["2026-03-31"].GetProperty("countedAs").GetInt32());
        Assert.Contains("to the last day of the quarter", explanation.GetProperty("text").GetString(), System.StringComparison.Ordinal);
        Assert.Contains("至季度最后一日", explanation.GetProperty("textZh").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_a_quarter_end_on_a_Sunday_moved_to_Monday()
    {
        // Q1 2024 ends Sun 2024-03-31; Mon 04-01 is a working day (Qingming 2024 is 04-04..04-06).
        var run = Powergov.Run("due", "2024-03-29", "q", "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Due date 届满日: 2024-04-01 (Monday 星期一)\n", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("so the period ends on the next working day, Monday 2024-04-01", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("顺延至其后第一个工作日2024年4月1日（星期一）", run.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_end_past_the_official_years_is_an_error_that_suggests_provisional()
    {
        // From 2026-11-02, the end of the next quarter is 2027-03-31, after the official calendar's 2026-12-31.
        var run = Powergov.Run("due", "2026-11-02", "q+1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error [OutsideCoverage]: Counting end of quarter 1 later from 2026-11-02 goes past the end of the official calendar", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("自 2026-11-02 起计算下1个季度末，超出了官方日历", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("Use --provisional", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Provisional_gives_a_quarter_end_in_an_unpublished_year_as_a_range()
    {
        // 2027-01-01 is a Friday, so 2027-03-31 (day 90) is a Wednesday, and Qingming 2027 (the statutory day) is Monday
        // 04-05. The 2027 notice is not published. The provisional calendar's rule (ProvisionalCalendarOptions defaults): a
        // weekday up to 6 days from a statutory holiday may be given as a rest day, a weekend up to 12 days from it may be
        // worked. Most likely (the law alone): Wed 03-31 is a working day, the due date. Earliest: a quarter end never moves
        // back, so 03-31. Latest: every weekday from Tue 03-30 to Fri 04-09 may be off (Wed 03-31 is 5 days from 04-05), the
        // weekend 04-10/04-11 stays a rest day, and Mon 04-12 is 7 days away, so a working day in any notice: 04-12.
        var run = Powergov.Run("due", "2026-11-02", "q+1", "--provisional", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2027-03-31", run.Json.GetProperty("dueDate").GetString());
        Assert.True(run.Json.GetProperty("provisional").GetBoolean());
        Assert.Equal("2027-03-31", run.Json.GetProperty("earliest").GetString());
        Assert.Equal("2027-04-12", run.Json.GetProperty("latest").GetString());
        Assert.False(run.Json.GetProperty("exact").GetBoolean());
    }

    [Fact]
    public void Provisional_text_shows_the_quarter_range()
    {
        var run = Powergov.Run("due", "2026-11-02", "q+1", "--provisional");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Due date (provisional, most likely) 届满日（暂定，最可能）: 2027-03-31 (Wednesday 星期三)\n", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("Earliest 最早: 2027-03-31 (Wednesday 星期三); latest 最晚: 2027-04-12 (Monday 星期一)", run.Out, System.StringComparison.Ordinal);
        Assert.Contains("Limit 期限: end of quarter 1 later 下1个季度末\n", run.Out, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q")]
    [InlineData("q1")]
    [InlineData("q+")]
    [InlineData("q-1")]
    [InlineData("q+401")]
    [InlineData("q+1000")]
    [InlineData("q+ 1")]
    [InlineData("qq")]
    [InlineData("1q")]
    [InlineData("上季度末")]
    public void A_bad_quarter_limit_exits_2_and_the_message_lists_the_quarter_forms(string limit)
    {
        var run = Powergov.Run("due", "2026-02-13", limit);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error [InvalidLimit]: '" + limit + "' is not a time limit", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("q or 'end of quarter' or '本季度末'", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("q+1 or 'end of quarter 1 later' or '下1个季度末'", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("up to q+400", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("错误 [InvalidLimit]：“" + limit + "”不是有效期限", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("或写季度末：q、“本季度末”或“end of quarter”", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("最多 q+400", run.Error, System.StringComparison.Ordinal);
    }
}
