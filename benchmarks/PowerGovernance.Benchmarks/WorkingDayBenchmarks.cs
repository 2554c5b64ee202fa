using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PublicHoliday;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Working-day arithmetic, side by side: the kernel (<see cref="ChinaCalendars.Official"/>, an O(1)
/// table), two naive day-by-day loops over the same day types, and the PublicHoliday package's
/// business-day methods on its US federal calendar. Within each category (<c>Add</c>, <c>Count</c>)
/// the per-day <see cref="IWorkingCalendar.IsWorkingDay(LocalDate)"/> loop is the baseline, so the
/// Ratio column is the cost relative to it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WorkingDayBenchmarks
{
    private const string AddCategory = "Add";
    private const string CountCategory = "Count";

    private static readonly LocalDate Start = new(2010, 3, 15);
    private static readonly DateTime StartDateTime = new(2010, 3, 15, 0, 0, 0, DateTimeKind.Unspecified);

    private WorkingCalendar calendar = null!;
    private WorkingDayFlags flags = null!;
    private USAPublicHoliday usa = null!;
    private LocalDate end;
    private int startIndex;
    private int endIndex;
    private DateTime usaEnd;

    /// <summary>Gets or sets the number of working days added, and counted (the Count rows span exactly this many China working days).</summary>
    [Params(5, 2000)]
    public int Count { get; set; }

    /// <summary>Builds the calendars and precomputes the dates, then checks that every variant agrees.</summary>
    [GlobalSetup]
    public void Setup()
    {
        calendar = ChinaCalendars.Official;
        flags = new WorkingDayFlags(calendar);
        usa = new USAPublicHoliday { UseCachingHolidays = true };

        end = calendar.AddWorkingDays(Start, Count);
        startIndex = flags.IndexOf(Start);
        endIndex = flags.IndexOf(end);
        usaEnd = usa.BusinessDaysAdd(StartDateTime, Count);

        Check(NaivePerDayLoop.AddWorkingDays(calendar, Start, Count) == end, "naive Add");
        Check(flags.AddWorkingDays(startIndex, Count) == endIndex, "flag-array Add");
        Check(calendar.CountWorkingDays(Start, end) == Count, "kernel Count");
        Check(NaivePerDayLoop.CountWorkingDays(calendar, Start, end) == Count, "naive Count");
        Check(flags.CountWorkingDays(startIndex, endIndex) == Count, "flag-array Count");
    }

    /// <summary>The kernel: <see cref="WorkingCalendar.AddWorkingDays(LocalDate, int)"/>.</summary>
    /// <returns>The working day reached.</returns>
    [Benchmark]
    [BenchmarkCategory(AddCategory)]
    public LocalDate AddKernel() => calendar.AddWorkingDays(Start, Count);

    /// <summary>Baseline: one <see cref="WorkingCalendar.IsWorkingDay(LocalDate)"/> call per day.</summary>
    /// <returns>The working day reached.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AddCategory)]
    public LocalDate AddNaivePerDay() => NaivePerDayLoop.AddWorkingDays(calendar, Start, Count);

    /// <summary>A per-day walk over a precomputed <see cref="bool"/> array.</summary>
    /// <returns>The index of the working day reached.</returns>
    [Benchmark]
    [BenchmarkCategory(AddCategory)]
    public int AddNaiveBoolArray() => flags.AddWorkingDays(startIndex, Count);

    /// <summary>PublicHoliday 3.17.0: <c>USAPublicHoliday.BusinessDaysAdd</c> (with its holiday cache on).</summary>
    /// <returns>The business day reached.</returns>
    [Benchmark]
    [BenchmarkCategory(AddCategory)]
    public DateTime AddPublicHolidayUsa() => usa.BusinessDaysAdd(StartDateTime, Count);

    /// <summary>The kernel: <see cref="WorkingCalendar.CountWorkingDays(LocalDate, LocalDate)"/>.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark]
    [BenchmarkCategory(CountCategory)]
    public int CountKernel() => calendar.CountWorkingDays(Start, end);

    /// <summary>Baseline: one <see cref="WorkingCalendar.IsWorkingDay(LocalDate)"/> call per day.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(CountCategory)]
    public int CountNaivePerDay() => NaivePerDayLoop.CountWorkingDays(calendar, Start, end);

    /// <summary>A per-day walk over a precomputed <see cref="bool"/> array.</summary>
    /// <returns>The number of working days.</returns>
    [Benchmark]
    [BenchmarkCategory(CountCategory)]
    public int CountNaiveBoolArray() => flags.CountWorkingDays(startIndex, endIndex);

    /// <summary>PublicHoliday 3.17.0: <c>USAPublicHoliday.BusinessDaysBetween</c> (with its holiday cache on).</summary>
    /// <returns>The number of business days (the package counts both ends).</returns>
    [Benchmark]
    [BenchmarkCategory(CountCategory)]
    public int CountPublicHolidayUsa() => usa.BusinessDaysBetween(StartDateTime, usaEnd);

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Benchmark setup: {0} disagrees with the kernel.", what));
        }
    }
}
