using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Calendars;

public class WorkingCalendarTextWriterTests
{
    private static readonly HolidayName NewYear = new("元旦", "New Year's Day");
    private static readonly HolidayName SpringFestival = new("春节", "Spring Festival");

    private static WorkingCalendar Official()
    {
        using var stream = ChinaCalendars.OpenOfficialData();
        return WorkingCalendar.Load(stream);
    }

    [Fact]
    public void The_official_data_written_and_read_back_is_identical_on_every_day()
    {
        var official = Official();

        var again = WorkingCalendar.Parse(official.ToText());

        Assert.Empty(CalendarDifferences.Differences(official, again));
        Assert.Equal(official.Id, again.Id);
        Assert.Equal(official.Name, again.Name);
        Assert.Equal(new DateInterval(new LocalDate(2004, 1, 1), new LocalDate(2026, 12, 31)), again.Coverage);
        Assert.Equal(26, again.Sources.Count); // cn-official.txt: 23 annual notices (2004–2026) and the 2015, 2019 and 2020 mid-year notices
    }

    [Fact]
    public void Writing_is_deterministic_and_a_second_round_trip_gives_the_same_text()
    {
        var text = Official().ToText();

        Assert.Equal(text, WorkingCalendar.Parse(text).ToText());
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void A_New_Year_make_up_day_in_December_is_listed_under_the_next_year()
    {
        var lines = Official().ToText().Split('\n');

        var year2006 = Array.IndexOf(lines, "# ---- 2006 ----");
        var year2007 = Array.IndexOf(lines, "# ---- 2007 ----");
        var makeUp = Array.IndexOf(lines, "workday 2005-12-31 元旦 | New Year's Day");
        Assert.True(year2006 >= 0 && year2007 > year2006);
        Assert.InRange(makeUp, year2006, year2007);
        Assert.Equal("source 2006 2005-12-16 国务院办公厅关于2006年部分节假日安排的通知（国办发明电〔2005〕35号）", lines[year2006 + 1]);
        Assert.Equal("holiday 2006-01-01..2006-01-03 元旦 | New Year's Day", lines[year2006 + 2]);
        Assert.Equal(makeUp, year2006 + 3);
    }

    [Fact]
    public void GetEntries_reconstructs_blocks_make_up_days_and_the_years_they_belong_to()
    {
        var entries = Official().GetEntries();

        Assert.Contains(new CalendarEntry(CalendarEntryKind.Holiday, new LocalDate(2024, 2, 10), new LocalDate(2024, 2, 17), SpringFestival, 2024), entries);
        Assert.Contains(new CalendarEntry(CalendarEntryKind.MakeUpWorkingDay, new LocalDate(2024, 2, 4), new LocalDate(2024, 2, 4), SpringFestival, 2024), entries);
        Assert.Contains(new CalendarEntry(CalendarEntryKind.MakeUpWorkingDay, new LocalDate(2005, 12, 31), new LocalDate(2005, 12, 31), NewYear, 2006), entries);
        Assert.Contains(new CalendarEntry(CalendarEntryKind.MakeUpWorkingDay, new LocalDate(2007, 12, 29), new LocalDate(2007, 12, 29), NewYear, 2008), entries);
        Assert.Contains(new CalendarEntry(CalendarEntryKind.Holiday, new LocalDate(2007, 12, 30), new LocalDate(2008, 1, 1), NewYear, 2008), entries);
        Assert.Equal(entries.OrderBy(e => e.First), entries);
    }

    [Fact]
    public void A_small_calendar_is_written_in_the_documented_layout()
    {
        var source = new CalendarSource(2024, new LocalDate(2023, 10, 25), "国务院办公厅关于2024年部分节假日安排的通知");
        var calendar = new WorkingCalendarBuilder("test-layout")
            .WithName("测试 | Test")
            .WithCoverage(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29))
            .AddSource(source)
            .AddHoliday(new LocalDate(2024, 2, 10), new LocalDate(2024, 2, 13), SpringFestival)
            .AddHoliday(new LocalDate(2024, 2, 14), new LocalDate(2024, 2, 17), SpringFestival)
            .AddMakeUpWorkingDay(new LocalDate(2024, 2, 4), SpringFestival)
            .AddMakeUpWorkingDay(new LocalDate(2024, 2, 18), SpringFestival)
            .Build();

        var expected = """
            # PowerGovernance working calendar file, format 1.
            # Written by WorkingCalendar.Save: holiday blocks are runs of consecutive days off with the same name;
            # each year's entries follow the source lines of that year.
            calendar test-layout
            name 测试 | Test
            weekend Saturday Sunday
            coverage 2024-02-01 2024-02-29

            # ---- 2024 ----
            source 2024 2023-10-25 国务院办公厅关于2024年部分节假日安排的通知
            holiday 2024-02-10..2024-02-17 春节 | Spring Festival
            workday 2024-02-04 春节 | Spring Festival
            workday 2024-02-18 春节 | Spring Festival

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, calendar.ToText());
    }

    [Fact]
    public void Save_writes_LF_line_ends_whatever_the_writers_NewLine()
    {
        using var writer = new StringWriter { NewLine = "\r\n" };

        SampleCalendars.Autumn2024().Save(writer);

        Assert.DoesNotContain('\r', writer.ToString());
        Assert.Contains("holiday 2024-10-01..2024-10-07 国庆节 | National Day\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_out_of_year_order_are_listed_together_and_keep_their_order()
    {
        var later = new CalendarSource(2025, new LocalDate(2024, 11, 12), "2025 notice");
        var earlier = new CalendarSource(2024, new LocalDate(2023, 10, 25), "2024 notice");
        var calendar = new WorkingCalendarBuilder("test-order")
            .WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31))
            .AddSource(later)
            .AddSource(earlier)
            .Build();

        var again = WorkingCalendar.Parse(calendar.ToText());

        Assert.Equal([later, earlier], again.Sources);
        Assert.Contains("# ---- sources ----\nsource 2025 2024-11-12 2025 notice\nsource 2024 2023-10-25 2024 notice\n", calendar.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_weekend_and_a_calendar_without_name_or_sources_round_trip()
    {
        var calendar = new WorkingCalendarBuilder("test-empty-weekend")
            .WithWeekendDays()
            .WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31))
            .AddHoliday(new LocalDate(2024, 1, 1), NewYear)
            .Build();

        var again = WorkingCalendar.Parse(calendar.ToText());

        Assert.Empty(CalendarDifferences.Differences(calendar, again));
        Assert.Null(again.Name);
        Assert.Empty(again.WeekendDays);
        Assert.Equal(DayType.WorkingWeekday, again.GetDayType(new LocalDate(2024, 1, 6)));
    }

    [Fact]
    public void An_overlay_is_written_flattened_and_reads_back_with_the_same_days()
    {
        var closure = new HolidayName("防汛停工", "Flood closure");
        var overlay = WorkingCalendarBuilder.OverlayOn(SampleCalendars.Autumn2024(), "test-overlay")
            .AddHoliday(new LocalDate(2024, 9, 10), new LocalDate(2024, 9, 11), closure)
            .Build();

        var again = WorkingCalendar.Parse(overlay.ToText());

        Assert.Null(again.Base);
        Assert.Empty(CalendarDifferences.Differences(overlay, again));
        Assert.Equal(closure, again.GetHolidayName(new LocalDate(2024, 9, 11)));
        Assert.Equal(DayType.MakeUpWorkingDay, again.GetDayType(new LocalDate(2024, 9, 29)));
    }

    [Fact]
    public void What_a_calendar_file_cannot_carry_is_refused_before_anything_is_written()
    {
        var calendar = new WorkingCalendarBuilder(" padded-id")
            .WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31))
            .AddSource(new CalendarSource(2024, new LocalDate(2023, 10, 25), "two\nlines"))
            .AddHoliday(new LocalDate(2024, 1, 1), new HolidayName("元|旦", "New Year's Day"))
            .Build();
        using var writer = new StringWriter();

        var e = Assert.Throws<ArgumentException>(() => calendar.Save(writer));

        Assert.Equal("calendar", e.ParamName);
        Assert.Contains("3 problem(s)", e.Message, StringComparison.Ordinal);
        Assert.Contains("the calendar identifier: is empty or starts or ends with white space", e.Message, StringComparison.Ordinal);
        Assert.Contains("the title of source two lines: contains a line break", e.Message, StringComparison.Ordinal);
        Assert.Contains("the Chinese name contains '|'", e.Message, StringComparison.Ordinal);
        Assert.Contains("中文名称含有分隔符", e.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Save_refuses_a_null_writer()
    {
        Assert.Throws<ArgumentNullException>(() => SampleCalendars.Autumn2024().Save(null!));
    }

    [Fact]
    public void LoadedCalendar_records_the_source_name_and_the_SHA256_of_the_exact_bytes()
    {
        var text = SampleCalendars.Autumn2024().ToText();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        using var stream = new MemoryStream(bytes);

        var loaded = LoadedCalendar.Load(stream, "autumn.txt");

        Assert.Equal("autumn.txt", loaded.SourceName);
        Assert.Equal(LoadedCalendar.CalendarFileFormat, loaded.Format);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), loaded.Sha256);
        Assert.Empty(CalendarDifferences.Differences(SampleCalendars.Autumn2024(), loaded.Calendar));

        // The string form hashes the text's UTF-8 encoding, here without the byte order mark.
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant(), LoadedCalendar.Parse(text, "autumn.txt").Sha256);
    }

    [Fact]
    public void LoadedCalendar_hashes_a_known_text_to_the_value_sha256sum_gives()
    {
        // printf 'calendar t\ncoverage 2024-01-01 2024-01-31\n' | sha256sum
        const string text = "calendar t\ncoverage 2024-01-01 2024-01-31\n";

        Assert.Equal("b0e1be5b82412a3af68058cd8424d927078d3506abce76e0d659e2bbb3d3a628", LoadedCalendar.Parse(text, "t.txt").Sha256);
    }

    [Fact]
    public void LoadedCalendar_refuses_input_over_16_MiB_without_parsing_it()
    {
        using var stream = new MemoryStream(new byte[LoadedCalendar.MaxInputBytes + 1]);

        var e = Assert.Throws<InvalidCalendarException>(() => LoadedCalendar.Load(stream, "big.txt"));

        var problem = Assert.Single(e.Findings);
        Assert.Equal(CalendarRuleCodes.InputTooLarge, problem.Code);
        Assert.Contains("16777216 bytes", problem.Message, StringComparison.Ordinal);
        Assert.Equal("输入超过16 MiB，未予读取。", problem.ChineseMessage);
    }

    [Fact]
    public void LoadedCalendar_reports_at_most_100_problems_and_says_there_were_more()
    {
        var text = "calendar t\ncoverage 2024-01-01 2024-01-31\n" + string.Concat(Enumerable.Range(1, 150).Select(_ => "bogus line\n"));

        var e = Assert.Throws<InvalidCalendarException>(() => LoadedCalendar.Parse(text, "t.txt"));

        Assert.Equal(LoadedCalendar.MaxProblems + 1, e.Findings.Count);
        Assert.All(e.Findings.Take(100), p => Assert.Equal(CalendarRuleCodes.Syntax, p.Code));
        Assert.Equal(3, e.Findings[0].Line);
        Assert.Equal(CalendarRuleCodes.TooManyProblems, e.Findings[^1].Code);
        Assert.Contains("150 problems", e.Findings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadedCalendar_refuses_a_blank_source_name_and_a_malformed_hash()
    {
        var calendar = SampleCalendars.Autumn2024();

        Assert.Throws<ArgumentException>(() => LoadedCalendar.Parse("calendar t\ncoverage 2024-01-01 2024-01-31\n", " "));
        Assert.Throws<ArgumentException>(() => new LoadedCalendar(calendar, "x", "f", new string('A', 64)));
        Assert.Throws<ArgumentException>(() => new LoadedCalendar(calendar, "x", "f", new string('a', 63)));
        Assert.Equal(new string('a', 64), new LoadedCalendar(calendar, "x", "f", new string('a', 64)).Sha256);
    }

    [Fact]
    public void A_problem_in_a_calendar_file_prints_its_line_and_both_languages()
    {
        var e = Assert.Throws<InvalidCalendarException>(() => LoadedCalendar.Parse("calendar t\ncoverage 2024-01-01 2024-12-31\nholiday 2024-13-01 元旦 | New Year\n", "t.txt"));

        var problem = Assert.Single(e.Findings);
        Assert.Equal((CalendarRuleCodes.InvalidDate, "holiday", "2024-13-01", 3), (problem.Code, problem.Path, problem.AttemptedValue, problem.Line));
        Assert.Equal("line 3: Error InvalidDate at holiday: Expected an ISO date yyyy-MM-dd that exists in the calendar. / 应为实际存在的 ISO 日期 yyyy-MM-dd。", problem.ToString());
    }
}
