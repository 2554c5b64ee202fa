using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars;
using Xunit.Abstractions;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 7 (calendar files): loading is linear and bounded. A 50 MB calendar file, clean, with one error or
/// with an error on every line, is loaded or refused within 5 s (a 30 s hang guard here), 500 MB allocated and a
/// message of at most 64 KB; so is a file just under the size limit, and the problem list is capped with a count.
/// </summary>
public class CalendarLoadingBoundsAttackTests(ITestOutputHelper output)
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;
    private const string Head = "calendar attack\nweekend Saturday Sunday\ncoverage 2024-01-01 2024-12-31\n";
    private const string SameHoliday = "holiday 2024-10-01 国庆节 | National Day\n";
    private const string Source = "source 2024 2023-10-25 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）\n";

    /// <summary>Just under <see cref="LoadedCalendar.MaxInputBytes"/>, so the whole file is read and checked.</summary>
    private static readonly long UnderTheLimit = LoadedCalendar.MaxInputBytes - 4096;

    public static TheoryData<string> FiftyMegabyteFiles => new()
    {
        "clean",
        "one error",
        "an error on every line",
    };

    [Theory]
    [MemberData(nameof(FiftyMegabyteFiles))]
    public void A_50_MB_calendar_text_is_refused_within_the_bounds(string kind)
    {
        var text = Fifty(kind);

        var run = Measured.Run(() => WorkingCalendar.Parse(text));

        output.WriteLine("Parse, 50 MB, " + kind + ": " + run);
        run.AssertBounded();
        var error = Assert.IsType<InvalidCalendarException>(run.Error);
        Assert.Equal(CalendarRuleCodes.InputTooLarge, Assert.Single(error.Findings).Code);
    }

    [Theory]
    [MemberData(nameof(FiftyMegabyteFiles))]
    public void A_50_MB_calendar_file_is_refused_within_the_bounds_by_every_reader(string kind)
    {
        var bytes = Encoding.UTF8.GetBytes(Fifty(kind));

        var stream = Measured.Run(() => WorkingCalendar.Load(new MemoryStream(bytes)));
        var loaded = Measured.Run(() => LoadedCalendar.Load(new MemoryStream(bytes), "attack.txt"));
        var reader = Measured.Run(() => WorkingCalendar.Load(new StreamReader(new MemoryStream(bytes), Encoding.UTF8)));

        output.WriteLine("Load(Stream), 50 MB, " + kind + ": " + stream);
        output.WriteLine("LoadedCalendar.Load, 50 MB, " + kind + ": " + loaded);
        output.WriteLine("Load(TextReader), 50 MB, " + kind + ": " + reader);
        foreach (var run in new[] { stream, loaded, reader })
        {
            run.AssertBounded();
            Assert.Equal(CalendarRuleCodes.InputTooLarge, Assert.Single(Assert.IsType<InvalidCalendarException>(run.Error).Findings).Code);
        }
    }

    [Fact]
    public void A_file_just_under_the_limit_with_an_error_on_every_line_is_refused_with_the_first_100_problems_and_their_count()
    {
        var text = Measured.Text(Head, SameHoliday, UnderTheLimit);
        var holidays = (text.Length - Head.Length) / SameHoliday.Length;

        var run = Measured.Run(() => WorkingCalendar.Parse(text));

        output.WriteLine("Parse, " + text.Length + " chars, " + holidays + " overlapping holidays: " + run);
        run.AssertBounded();
        var error = Assert.IsType<InvalidCalendarException>(run.Error);
        Assert.Equal(LoadedCalendar.MaxProblems + 1, error.Findings.Count);
        Assert.All(error.Findings.Take(LoadedCalendar.MaxProblems), f => Assert.Equal(CalendarRuleCodes.OverlappingHolidays, f.Code));
        Assert.Equal(Enumerable.Range(5, LoadedCalendar.MaxProblems).Cast<int?>(), error.Findings.Take(LoadedCalendar.MaxProblems).Select(f => f.Line));
        var last = error.Findings[^1];
        Assert.Equal(CalendarRuleCodes.TooManyProblems, last.Code);
        Assert.Contains((holidays - 1).ToString(CultureInfo.InvariantCulture) + " problems", last.Message, StringComparison.Ordinal);
        Assert.StartsWith("Working calendar 'attack' has " + (holidays - 1).ToString(CultureInfo.InvariantCulture) + " problem(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_just_under_the_limit_with_a_syntax_error_on_every_line_is_refused_within_the_bounds()
    {
        var text = Measured.Text(Head, "holiday 2024-13-01 国庆节 | National Day\n", UnderTheLimit);

        var run = Measured.Run(() => LoadedCalendar.Parse(text, "attack.txt"));

        output.WriteLine("LoadedCalendar.Parse, syntax error on every line: " + run);
        run.AssertBounded();
        var error = Assert.IsType<InvalidCalendarException>(run.Error);
        Assert.Equal(LoadedCalendar.MaxProblems + 1, error.Findings.Count);
        Assert.Equal(4, error.Findings[0].Line);
    }

    [Fact]
    public void A_clean_file_just_under_the_limit_loads_within_the_bounds()
    {
        var text = Measured.Text(Head, Source, UnderTheLimit);
        var bytes = Encoding.UTF8.GetBytes(text);
        LoadedCalendar? loaded = null;

        var run = Measured.Run(() => loaded = LoadedCalendar.Load(new MemoryStream(bytes), "attack.txt"));

        output.WriteLine("LoadedCalendar.Load, clean, " + bytes.Length + " bytes: " + run);
        run.AssertBounded();
        Assert.Null(run.Error);
        Assert.Equal((text.Length - Head.Length) / Source.Length, loaded!.Calendar.Sources.Count);
    }

    [Fact]
    public void A_file_just_under_the_limit_with_one_error_at_its_end_is_refused_within_the_bounds()
    {
        var text = Measured.Text(Head, Source, UnderTheLimit - 100) + "holiday 2024-10-01 国庆节\n";

        var run = Measured.Run(() => WorkingCalendar.Parse(text));

        output.WriteLine("Parse, one error at the end: " + run);
        run.AssertBounded();
        var finding = Assert.Single(Assert.IsType<InvalidCalendarException>(run.Error).Findings);
        Assert.Equal(CalendarRuleCodes.InvalidName, finding.Code);
        Assert.Equal(text.Count(c => c == '\n'), finding.Line);
    }

    [Fact]
    public void Forty_thousand_holiday_and_make_up_lines_with_one_error_are_checked_in_linear_time()
    {
        // 20,000 weekday holidays and 20,000 make-up weekend days over 199 years: checking each make-up day against every
        // holiday took 24 s; the check is now a binary search.
        var text = new StringBuilder("calendar attack\ncoverage 1901-01-01 2099-12-31\n");
        var day = new LocalDate(1901, 1, 7);
        for (var i = 0; i < 10_000; i++, day = day.PlusWeeks(1))
        {
            text.Append("holiday ").Append(Iso(day)).Append(" 假日 | Holiday\n");
            text.Append("holiday ").Append(Iso(day.PlusDays(1))).Append(" 假日 | Holiday\n");
            text.Append("workday ").Append(Iso(day.PlusDays(-2))).Append(" 假日 | Holiday\n");
            text.Append("workday ").Append(Iso(day.PlusDays(-1))).Append(" 假日 | Holiday\n");
        }

        text.Append("holiday 2099-12-31\n");
        var file = text.ToString();

        var run = Measured.Run(() => WorkingCalendar.Parse(file));

        output.WriteLine("Parse, 40,000 entries, one error: " + run);
        run.AssertBounded();
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
        var finding = Assert.Single(Assert.IsType<InvalidCalendarException>(run.Error).Findings);
        Assert.Equal(40_003, finding.Line);
    }

    [Fact]
    public void A_builder_with_a_million_overlapping_holidays_reports_a_capped_list_within_the_bounds()
    {
        var builder = new WorkingCalendarBuilder("attack").WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var name = new HolidayName("国庆节", "National Day");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.AddHoliday(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7), name);
        }

        var run = Measured.Run(() => builder.Build());

        output.WriteLine("Build, 1,000,000 overlapping holidays: " + run);
        run.AssertBounded();
        var error = Assert.IsType<InvalidCalendarException>(run.Error);
        Assert.Equal(LoadedCalendar.MaxProblems + 1, error.Findings.Count);
        Assert.Contains("999999 problems", error.Findings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_values_are_cut_in_findings_and_in_the_message()
    {
        var name = new string('长', 1_000_000);
        var text = Head + "holiday 2024-10-01 " + name + "\nunknown" + new string('x', 1_000_000) + "\n";

        var run = Measured.Run(() => WorkingCalendar.Parse(text));

        run.AssertBounded();
        var error = Assert.IsType<InvalidCalendarException>(run.Error);
        Assert.Equal(2, error.Findings.Count);
        Assert.All(error.Findings, f => Assert.True(f.Path.Length <= 200 && (f.AttemptedValue?.Length ?? 0) <= 200, f.Path.Length + " / " + f.AttemptedValue?.Length));
        Assert.True(error.Message.Length < 2_000, error.Message.Length.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_message_of_a_host_built_exception_is_bounded_too()
    {
        var findings = Enumerable.Range(1, 10_000)
            .Select(i => Validation.Finding.Error("Code", new string('p', 10_000), new string('v', 10_000), new string('m', 10_000), new string('中', 10_000)) with { Line = i })
            .ToList();

        var error = new InvalidCalendarException(new string('i', 10_000), findings);

        Assert.True(error.Message.Length <= InvalidCalendarException.MaxMessageLength, error.Message.Length.ToString(CultureInfo.InvariantCulture));
        Assert.True(Encoding.UTF8.GetByteCount(error.Message) <= Measured.MaxMessageBytes);
        Assert.StartsWith("Working calendar '", error.Message, StringComparison.Ordinal);
        Assert.Contains("has 10000 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("more finding(s) not shown", error.Message, StringComparison.Ordinal);
        Assert.Equal(10_000, error.Findings.Count);
    }

    private static string Fifty(string kind) => kind switch
    {
        "clean" => Measured.Text(Head, Source, FiftyMegabytes),
        "one error" => Measured.Text(Head, Source, FiftyMegabytes) + "holiday 2024-10-01\n",
        _ => Measured.Text(Head, SameHoliday, FiftyMegabytes),
    };

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
