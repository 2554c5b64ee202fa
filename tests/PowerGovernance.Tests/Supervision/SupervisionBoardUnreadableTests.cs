using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// Cases the board cannot read are reported one by one and never fail the sweep. The cases are made on the second half
/// of 2024 and swept on <see cref="EndsInOctober"/>, the same arrangement cut off at 2024-10-31: a case received Thursday
/// 10-17 with 13 working days is due Tuesday 11-05, a date that calendar does not know. The procedure here has no legal
/// limit of its own (its legal clock is the committed one), so that only the committed dates decide which cases that
/// short calendar can read.
/// </summary>
public class SupervisionBoardUnreadableTests
{
    private static readonly ProcedureDefinition Licensing = SampleProcedures.LicensingBuilder().CaseLimits(null, TimeLimit.WorkingDays(13)).Build();
    private static readonly ProcedureEngine Maker = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [Licensing]);
    private static readonly WorkingCalendar EndsInOctober = new WorkingCalendarBuilder("test-ends-2024-10")
        .WithCoverage(new LocalDate(2024, 7, 1), new LocalDate(2024, 10, 31))
        .AddHoliday(new LocalDate(2024, 9, 15), new LocalDate(2024, 9, 17), new HolidayName("中秋节", "Mid-Autumn Festival"))
        .AddMakeUpWorkingDay(new LocalDate(2024, 9, 14), new HolidayName("中秋节", "Mid-Autumn Festival"))
        .AddHoliday(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7), SampleCalendars.NationalDay)
        .AddMakeUpWorkingDay(new LocalDate(2024, 9, 29), SampleCalendars.NationalDay)
        .AddMakeUpWorkingDay(new LocalDate(2024, 10, 12), SampleCalendars.NationalDay)
        .Build();

    private static readonly SupervisionBoard Board = new(new ProcedureEngine(EndsInOctober, SampleProcedures.Catalog, [Licensing]));
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    private static CaseSnapshot Received(string id, int month, int day)
    {
        var started = Maker.Start(id, SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(month, day)).Snapshot!;
        return Maker.Fire(started, "accept", Clerk, At(month, day), new Dictionary<string, string> { ["materials"] = "complete" }).Snapshot!;
    }

    private static CaseSnapshot[] GoodCases() =>
    [
        Received("red", 9, 2),
        Received("yellow", 9, 27),
        Received("green", 10, 14),
        Maker.Fire(Received("done", 9, 27), "grant", Head, At(10, 10)).Snapshot!,
        Maker.Fire(Received("late", 9, 2), "grant", Head, At(10, 17)).Snapshot!,
    ];

    private static void AssertSameFindings(BoardReport expected, BoardReport actual)
    {
        Assert.Equal(expected.Yellow, actual.Yellow);
        Assert.Equal(expected.Red, actual.Red);
        Assert.Equal(expected.StepOverdue, actual.StepOverdue);
        Assert.Equal(expected.ByPower, actual.ByPower);
        Assert.Equal(expected.ByUnit, actual.ByUnit);
        Assert.Equal(expected.ByPost, actual.ByPost);
        Assert.Equal(expected.Period, actual.Period);
    }

    [Fact]
    public void A_due_date_off_the_calendar_an_unknown_definition_and_a_null_entry_are_reported_and_the_rest_is_swept_as_without_them()
    {
        var good = GoodCases();
        var offCalendar = Received("off-calendar", 10, 17);
        var unknownDefinition = Received("old-procedure", 9, 27) with { DefinitionVersion = 99 };
        CaseSnapshot?[] mixed = [good[0], offCalendar, good[1], unknownDefinition, good[2], null, good[3], good[4]];

        var report = Board.Sweep(mixed!, At(10, 18));
        var clean = Board.Sweep(good, At(10, 18));

        AssertSameFindings(clean, report);
        Assert.Equal(["yellow"], report.Yellow.Select(c => c.Case.CaseId));
        Assert.Equal(["red"], report.Red.Select(c => c.Case.CaseId));
        Assert.Equal(8, report.Swept);
        Assert.Equal(3, report.UnreadableCount);
        Assert.False(report.IsComplete);
        Assert.True(clean.IsComplete);
        Assert.Empty(clean.Unreadable);
        Assert.Equal(
            [(1, "off-calendar", UnreadableCaseCodes.CalendarNotCovering), (3, "old-procedure", UnreadableCaseCodes.UnknownDefinition), (5, null, UnreadableCaseCodes.MissingCase)],
            report.Unreadable.Select(u => (u.Index, u.CaseId, u.Code)));
        Assert.Equal(
            new Dictionary<string, int> { [UnreadableCaseCodes.CalendarNotCovering] = 1, [UnreadableCaseCodes.UnknownDefinition] = 1, [UnreadableCaseCodes.MissingCase] = 1 },
            report.UnreadableByCode);

        // Counting 13 working days from Thursday 10-17 leaves the calendar, which ends on 10-31.
        var coverage = report.Unreadable[0];
        Assert.Equal(new LocalDate(2024, 10, 17), coverage.Date);
        Assert.Equal("test-ends-2024-10", coverage.CalendarId);
        Assert.IsType<CalendarCoverageException>(coverage.Exception);
        Assert.Contains("Case 'off-calendar' (cases[1])", coverage.Message, StringComparison.Ordinal);
        Assert.Contains("counting from 2024-10-17 leads outside working calendar 'test-ends-2024-10', which covers 2024-07-01 to 2024-10-31", coverage.Message, StringComparison.Ordinal);
        Assert.Contains("not a finding that the case is late", coverage.Message, StringComparison.Ordinal);
        Assert.Contains("办件“off-calendar”（cases[1]）", coverage.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("2024-07-01至2024-10-31", coverage.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("不是超时认定", coverage.ChineseMessage, StringComparison.Ordinal);

        var definition = report.Unreadable[1];
        Assert.Contains("procedure 'test-licensing' version 99", definition.Message, StringComparison.Ordinal);
        Assert.Contains("办理流程“test-licensing”第99版", definition.ChineseMessage, StringComparison.Ordinal);
        Assert.Null(definition.Date);
        Assert.Null(definition.CalendarId);
        Assert.Null(definition.Exception);

        var missing = report.Unreadable[2];
        Assert.StartsWith("cases[5] is null", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith("cases[5]为空", missing.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal("cases[5] MissingCase: " + missing.Message, missing.ToString());
    }

    [Fact]
    public void An_incomplete_snapshot_a_step_the_definition_lacks_and_a_corrupt_clock_are_reported_with_their_own_codes()
    {
        var good = GoodCases();
        var template = Received("template", 9, 27);
        CaseSnapshot[] mixed =
        [
            .. good,
            template with { CaseId = "no-clock", CommittedClock = null! },
            template with { CaseId = "archived-step", Step = "archived" },
            template with { CaseId = "corrupt-clock", CommittedClock = template.CommittedClock with { SuspendedDays = -100 } },
        ];

        var report = Board.Sweep(mixed, At(10, 18));

        AssertSameFindings(Board.Sweep(good, At(10, 18)), report);
        Assert.Equal(
            [(5, "no-clock", UnreadableCaseCodes.IncompleteCase), (6, "archived-step", UnreadableCaseCodes.UnknownStep), (7, "corrupt-clock", UnreadableCaseCodes.Unexpected)],
            report.Unreadable.Select(u => (u.Index, u.CaseId, u.Code)));
        Assert.Contains("CommittedClock is missing", report.Unreadable[0].Message, StringComparison.Ordinal);
        Assert.Contains("缺少CommittedClock", report.Unreadable[0].ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("step 'archived'", report.Unreadable[1].Message, StringComparison.Ordinal);
        Assert.Contains("环节“archived”", report.Unreadable[1].ChineseMessage, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(report.Unreadable[2].Exception);
        Assert.Contains("ArgumentOutOfRangeException", report.Unreadable[2].Message, StringComparison.Ordinal);
        Assert.Contains("意外错误", report.Unreadable[2].ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_that_has_run_out_makes_open_cases_unreadable_and_still_counts_the_finished_ones()
    {
        // 2024-11-05 is past the calendar: an open clock cannot be read on that day; a finished one is read at its end.
        var good = GoodCases();

        var report = Board.Sweep(good, At(11, 5));

        Assert.Empty(report.Yellow);
        Assert.Empty(report.Red);
        Assert.Empty(report.StepOverdue);
        Assert.Equal(["red", "yellow", "green"], report.Unreadable.Select(u => u.CaseId));
        Assert.All(report.Unreadable, u => Assert.Equal(UnreadableCaseCodes.CalendarNotCovering, u.Code));
        Assert.All(report.Unreadable, u => Assert.Equal(new LocalDate(2024, 11, 5), u.Date));
        Assert.Contains("the date 2024-11-05 is outside working calendar 'test-ends-2024-10'", report.Unreadable[0].Message, StringComparison.Ordinal);
        Assert.Contains("请补充2024年的节假日安排", report.Unreadable[0].ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(new OnTimeStatistics(0, 0, 0, 1, 1, 0, 1), report.ByPower[SamplePowers.BuildingPermit.Code.Value]);
    }

    [Fact]
    public void Every_unreadable_case_is_counted_but_at_most_fifty_per_code_are_detailed_so_a_flood_hides_no_other_code()
    {
        var good = GoodCases();
        var cases = new List<CaseSnapshot?>(Enumerable.Repeat<CaseSnapshot?>(null, 120));
        cases.Add(good[1] with { CaseId = "unknown-1", DefinitionId = "gone" });
        cases.AddRange(good);
        cases.Add(good[1] with { CaseId = "unknown-2", DefinitionId = "gone" });

        var report = Board.Sweep(cases!, At(10, 18));

        Assert.Equal(50, SupervisionBoard.MaxUnreadableListedPerCode);
        Assert.Equal(122, report.UnreadableCount);
        Assert.Equal(120, report.UnreadableByCode[UnreadableCaseCodes.MissingCase]);
        Assert.Equal(2, report.UnreadableByCode[UnreadableCaseCodes.UnknownDefinition]);
        Assert.Equal(52, report.Unreadable.Count);
        Assert.Equal(Enumerable.Range(0, 50), report.Unreadable.Take(50).Select(u => u.Index));
        Assert.Equal([120, 126], report.Unreadable.Skip(50).Select(u => u.Index));
        AssertSameFindings(Board.Sweep(good, At(10, 18)), report);
    }

    [Fact]
    public void A_case_on_an_unknown_definition_is_reported_even_when_it_finished_outside_the_period()
    {
        var finished = Maker.Fire(Received("done", 9, 2), "grant", Head, At(9, 10)).Snapshot!;
        var october = new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 31));

        var report = Board.Sweep([finished, finished with { DefinitionId = "gone" }], At(10, 18), october);

        Assert.Empty(report.ByPower);
        Assert.Equal(1, Assert.Single(report.Unreadable).Index);
    }

    [Fact]
    public void The_list_itself_must_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => Board.Sweep(null!, At(10, 18)));
    }

    [Fact]
    public void Sweeping_more_readable_cases_allocates_nothing_more()
    {
        // All on time: no list entry is a result, so a sweep of 2,000 must allocate exactly what a sweep of 1,000 does.
        var green = Received("green", 10, 14);
        var thousand = Enumerable.Repeat(green, 1_000).ToArray();
        var twoThousand = Enumerable.Repeat(green, 2_000).ToArray();
        Board.Sweep(twoThousand, At(10, 18));
        Board.Sweep(thousand, At(10, 18));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var small = Board.Sweep(thousand, At(10, 18));
        var between = GC.GetAllocatedBytesForCurrentThread();
        var large = Board.Sweep(twoThousand, At(10, 18));
        var after = GC.GetAllocatedBytesForCurrentThread();

        Assert.Equal(1_000, small.ByPower[SamplePowers.BuildingPermit.Code.Value].Open);
        Assert.Equal(2_000, large.ByPower[SamplePowers.BuildingPermit.Code.Value].Open);
        Assert.True(after - between - (between - before) < 1_000, $"1,000 more cases allocated {after - between - (between - before)} bytes more.");
    }
}
