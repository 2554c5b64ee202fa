using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Working-day arithmetic on provisional days (issue 11): <see cref="ChinaCalendars.Provisional"/> from Tuesday
/// 2027-06-01 (unpublished days; 200 working days reach 2028-03-21), against the same calls on
/// <see cref="ChinaCalendars.Official"/> from Tuesday 2024-01-02 (published days; the baseline of each category),
/// and the naive per-day <see cref="IWorkingCalendar.IsWorkingDay(LocalDate)"/> loop on both.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProvisionalWorkingDayBenchmarks
{
    private const string AddCategory = "Add";
    private const string CountCategory = "Count";

    private static readonly LocalDate OfficialStart = new(2024, 1, 2);
    private static readonly LocalDate ProvisionalStart = new(2027, 6, 1);

    private WorkingCalendar official = null!;
    private ProvisionalWorkingCalendar provisional = null!;
    private LocalDate officialEnd;
    private LocalDate provisionalEnd;

    /// <summary>Gets or sets the number of working days added, and counted.</summary>
    [Params(5, 200)]
    public int Count { get; set; }

    /// <summary>Loads both calendars and precomputes the end dates, then checks that every variant agrees.</summary>
    [GlobalSetup]
    public void Setup()
    {
        official = ChinaCalendars.Official;
        provisional = ChinaCalendars.Provisional;
        officialEnd = official.AddWorkingDays(OfficialStart, Count);
        provisionalEnd = provisional.AddWorkingDays(ProvisionalStart, Count);

        Check(provisional.GetCertainty(ProvisionalStart) != DayCertainty.Published && provisional.GetCertainty(provisionalEnd) != DayCertainty.Published, "provisional dates are not provisional");
        Check(provisional.CountUnpublishedDays(ProvisionalStart, provisionalEnd) == Period.DaysBetween(ProvisionalStart, provisionalEnd), "provisional range has published days");
        Check(officialEnd <= official.Coverage.End, "official end");
        Check(NaivePerDayLoop.AddWorkingDays(official, OfficialStart, Count) == officialEnd, "naive Add (official)");
        Check(NaivePerDayLoop.AddWorkingDays(provisional, ProvisionalStart, Count) == provisionalEnd, "naive Add (provisional)");
        Check(official.CountWorkingDays(OfficialStart, officialEnd) == Count, "kernel Count (official)");
        Check(provisional.CountWorkingDays(ProvisionalStart, provisionalEnd) == Count, "kernel Count (provisional)");
        Check(NaivePerDayLoop.CountWorkingDays(official, OfficialStart, officialEnd) == Count, "naive Count (official)");
        Check(NaivePerDayLoop.CountWorkingDays(provisional, ProvisionalStart, provisionalEnd) == Count, "naive Count (provisional)");
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "// Count {0}: official {1:uuuu-MM-dd} -> {2:uuuu-MM-dd}; provisional {3:uuuu-MM-dd} -> {4:uuuu-MM-dd} ({5} uncertain days crossed)",
            Count,
            OfficialStart,
            officialEnd,
            ProvisionalStart,
            provisionalEnd,
            provisional.CountUncertainDays(ProvisionalStart, provisionalEnd)));
    }

    /// <summary>Baseline: <see cref="WorkingCalendar.AddWorkingDays(LocalDate, int)"/> on the official calendar, 2024 dates.</summary>
    /// <returns>The working day reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AddCategory)]
    public LocalDate AddOfficial() => official.AddWorkingDays(OfficialStart, Count);

    /// <summary><see cref="ProvisionalWorkingCalendar.AddWorkingDays(LocalDate, int)"/>, provisional dates.</summary>
    /// <returns>The working day reached.</returns>
    [Benchmark]
    [BenchmarkCategory(AddCategory)]
    public LocalDate AddProvisional() => provisional.AddWorkingDays(ProvisionalStart, Count);

    /// <summary>The naive per-day loop on the official calendar, 2024 dates.</summary>
    /// <returns>The working day reached.</returns>
    [Benchmark]
    [BenchmarkCategory(AddCategory)]
    public LocalDate AddNaivePerDayOfficial() => NaivePerDayLoop.AddWorkingDays(official, OfficialStart, Count);

    /// <summary>The naive per-day loop on the provisional calendar, provisional dates.</summary>
    /// <returns>The working day reached.</returns>
    [Benchmark]
    [BenchmarkCategory(AddCategory)]
    public LocalDate AddNaivePerDayProvisional() => NaivePerDayLoop.AddWorkingDays(provisional, ProvisionalStart, Count);

    /// <summary>Baseline: <see cref="WorkingCalendar.CountWorkingDays(LocalDate, LocalDate)"/> on the official calendar, 2024 dates.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CountCategory)]
    public int CountOfficial() => official.CountWorkingDays(OfficialStart, officialEnd);

    /// <summary><see cref="ProvisionalWorkingCalendar.CountWorkingDays(LocalDate, LocalDate)"/>, provisional dates.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark]
    [BenchmarkCategory(CountCategory)]
    public int CountProvisional() => provisional.CountWorkingDays(ProvisionalStart, provisionalEnd);

    /// <summary>The naive per-day loop on the official calendar, 2024 dates.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark]
    [BenchmarkCategory(CountCategory)]
    public int CountNaivePerDayOfficial() => NaivePerDayLoop.CountWorkingDays(official, OfficialStart, officialEnd);

    /// <summary>The naive per-day loop on the provisional calendar, provisional dates.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark]
    [BenchmarkCategory(CountCategory)]
    public int CountNaivePerDayProvisional() => NaivePerDayLoop.CountWorkingDays(provisional, ProvisionalStart, provisionalEnd);

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException("Benchmark setup: " + what + ".");
        }
    }
}
