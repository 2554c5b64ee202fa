using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// Due-date ranges on provisional days (issue 11): <see cref="WorkingCalendarExtensions.DueDateRange"/> on
/// <see cref="ChinaCalendars.Provisional"/> for a period received in late 2026 / early 2027 that ends on unpublished
/// days, against <see cref="WorkingCalendarExtensions.DueDate"/> on <see cref="ChinaCalendars.Official"/> for the same
/// period one year earlier (the baseline of each category). Working days: 20 from Sunday 2026-12-20 (the acceptance
/// test's period; 2027-01-18, range 2027-01-10..2027-01-28) against 20 from Saturday 2025-12-20. Natural days: 30 from
/// Monday 2027-01-04 (2027-02-03, range 2027-02-03..2027-02-15 across the Spring Festival) against 30 from Sunday
/// 2026-01-04.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SpeedupConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProvisionalDueDateRangeBenchmarks
{
    private const string WorkingCategory = "20 working days";
    private const string NaturalCategory = "30 natural days";

    private static readonly TimeLimit Working = TimeLimit.WorkingDays(20);
    private static readonly TimeLimit Natural = TimeLimit.NaturalDays(30);
    private static readonly LocalDate OfficialWorkingReceived = new(2025, 12, 20);
    private static readonly LocalDate ProvisionalWorkingReceived = new(2026, 12, 20);
    private static readonly LocalDate OfficialNaturalReceived = new(2026, 1, 4);
    private static readonly LocalDate ProvisionalNaturalReceived = new(2027, 1, 4);

    private WorkingCalendar official = null!;
    private ProvisionalWorkingCalendar provisional = null!;

    /// <summary>Loads both calendars and checks that every provisional period is a provisional, non-exact range.</summary>
    [GlobalSetup]
    public void Setup()
    {
        official = ChinaCalendars.Official;
        provisional = ChinaCalendars.Provisional;
        foreach (var range in new[] { WorkingRangeProvisional(), NaturalRangeProvisional() })
        {
            if (!range.IsProvisional || range.IsExact)
            {
                throw new InvalidOperationException("Benchmark setup: the provisional period is not a provisional range: " + range + ".");
            }

            Console.WriteLine("// provisional range: " + range);
        }

        if (WorkingRangeProvisional().MostLikely != WorkingDueProvisional() || NaturalRangeProvisional().MostLikely != NaturalDueProvisional()
            || !WorkingRangeOfficial().IsExact || WorkingRangeOfficial().MostLikely != WorkingDueOfficial()
            || !NaturalRangeOfficial().IsExact || NaturalRangeOfficial().MostLikely != NaturalDueOfficial())
        {
            throw new InvalidOperationException("Benchmark setup: a range disagrees with its due date.");
        }

        Console.WriteLine("// official due dates: " + WorkingDueOfficial() + ", " + NaturalDueOfficial());
    }

    /// <summary>Baseline: <see cref="WorkingCalendarExtensions.DueDate"/> on the official calendar.</summary>
    /// <returns>The due date.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(WorkingCategory)]
    public LocalDate WorkingDueOfficial() => official.DueDate(OfficialWorkingReceived, Working);

    /// <summary><see cref="WorkingCalendarExtensions.DueDateRange"/> on the official calendar: one exact date.</summary>
    /// <returns>The range.</returns>
    [Benchmark]
    [BenchmarkCategory(WorkingCategory)]
    public DueDateRange WorkingRangeOfficial() => official.DueDateRange(OfficialWorkingReceived, Working);

    /// <summary><see cref="WorkingCalendarExtensions.DueDate"/> on the provisional calendar: the most likely date only.</summary>
    /// <returns>The due date.</returns>
    [Benchmark]
    [BenchmarkCategory(WorkingCategory)]
    public LocalDate WorkingDueProvisional() => provisional.DueDate(ProvisionalWorkingReceived, Working);

    /// <summary><see cref="WorkingCalendarExtensions.DueDateRange"/> on the provisional calendar.</summary>
    /// <returns>The range.</returns>
    [Benchmark]
    [BenchmarkCategory(WorkingCategory)]
    public DueDateRange WorkingRangeProvisional() => provisional.DueDateRange(ProvisionalWorkingReceived, Working);

    /// <summary>Baseline: <see cref="WorkingCalendarExtensions.DueDate"/> on the official calendar.</summary>
    /// <returns>The due date.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(NaturalCategory)]
    public LocalDate NaturalDueOfficial() => official.DueDate(OfficialNaturalReceived, Natural);

    /// <summary><see cref="WorkingCalendarExtensions.DueDateRange"/> on the official calendar: one exact date.</summary>
    /// <returns>The range.</returns>
    [Benchmark]
    [BenchmarkCategory(NaturalCategory)]
    public DueDateRange NaturalRangeOfficial() => official.DueDateRange(OfficialNaturalReceived, Natural);

    /// <summary><see cref="WorkingCalendarExtensions.DueDate"/> on the provisional calendar: the most likely date only.</summary>
    /// <returns>The due date.</returns>
    [Benchmark]
    [BenchmarkCategory(NaturalCategory)]
    public LocalDate NaturalDueProvisional() => provisional.DueDate(ProvisionalNaturalReceived, Natural);

    /// <summary><see cref="WorkingCalendarExtensions.DueDateRange"/> on the provisional calendar.</summary>
    /// <returns>The range.</returns>
    [Benchmark]
    [BenchmarkCategory(NaturalCategory)]
    public DueDateRange NaturalRangeProvisional() => provisional.DueDateRange(ProvisionalNaturalReceived, Natural);
}
