using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Calendars;

/// <summary>
/// Working-day arithmetic on randomly generated calendars (random coverage, holiday blocks and make-up
/// days) agrees with the Testing package's naive <see cref="ReferenceWorkingCalendar"/> built from the
/// generating data.
/// </summary>
[Properties(Arbitrary = [typeof(RandomCalendarProperties)], MaxTest = 200)]
public class RandomCalendarProperties
{
    private static readonly HolidayName Name = new("假日", "Holiday");

    /// <summary>A random calendar plus a start date and a count inside a generous range.</summary>
    public static Arbitrary<Scenario> Scenarios() => Arb.From(
        from startOffset in Gen.Choose(0, 365 * 20)
        from length in Gen.Choose(1, 900)
        from holidayStarts in Gen.ListOf(Gen.Choose(0, 899))
        from holidayLengths in Gen.ListOf(Gen.Choose(1, 9))
        from makeUps in Gen.ListOf(Gen.Choose(0, 899))
        from at in Gen.Choose(0, 899)
        from count in Gen.Choose(-700, 700)
        select Scenario.Create(new LocalDate(2010, 1, 1).PlusDays(startOffset), length, holidayStarts, holidayLengths, makeUps, at % length, count));

    [Property]
    public bool AddWorkingDays_agrees_with_a_naive_walk(Scenario scenario)
    {
        var calendar = scenario.Build();
        var reference = scenario.Reference();
        return Outcome(() => calendar.AddWorkingDays(scenario.Start, scenario.Count)) == Outcome(() => reference.AddWorkingDays(scenario.Start, scenario.Count));
    }

    [Property]
    public bool DueDate_agrees_with_the_reference_for_both_kinds_of_limit(Scenario scenario)
    {
        var calendar = scenario.Build();
        var reference = scenario.Reference();
        var days = Math.Abs(scenario.Count) % 60;
        return Outcome(() => calendar.DueDate(scenario.Start, TimeLimit.WorkingDays(days))) == Outcome(() => reference.DueDate(scenario.Start, TimeLimit.WorkingDays(days)))
            && Outcome(() => calendar.DueDate(scenario.Start, TimeLimit.NaturalDays(days))) == Outcome(() => reference.DueDate(scenario.Start, TimeLimit.NaturalDays(days)));
    }

    [Property]
    public bool CountWorkingDays_agrees_with_a_naive_count(Scenario scenario)
    {
        var calendar = scenario.Build();
        var end = scenario.First.PlusDays(Math.Abs(scenario.Count) % scenario.Length);
        return calendar.CountWorkingDays(scenario.Start, end) == scenario.Reference().CountWorkingDays(scenario.Start, end);
    }

    [Property]
    public bool Every_day_type_matches_the_generating_data(Scenario scenario)
    {
        var calendar = scenario.Build();
        var reference = scenario.Reference();
        for (var day = scenario.First; day <= scenario.Last; day = day.PlusDays(1))
        {
            if (calendar.IsWorkingDay(day) != reference.IsWorkingDay(day) || calendar.GetDayType(day) != reference.GetDayType(day))
            {
                return false;
            }
        }

        return true;
    }

    private static string Outcome(Func<LocalDate> compute)
    {
        try
        {
            return compute().ToString();
        }
        catch (CalendarCoverageException)
        {
            return "outside coverage";
        }
    }

    /// <summary>A generated calendar specification.</summary>
    public sealed class Scenario
    {
        private readonly HashSet<LocalDate> holidays = [];
        private readonly HashSet<LocalDate> makeUps = [];
        private readonly List<(LocalDate First, LocalDate Last)> blocks = [];

        private Scenario(LocalDate first, int length, LocalDate start, int count)
        {
            First = first;
            Length = length;
            Last = first.PlusDays(length - 1);
            Start = start;
            Count = count;
        }

        public LocalDate First { get; }

        public LocalDate Last { get; }

        public int Length { get; }

        public LocalDate Start { get; }

        public int Count { get; }

        public static Scenario Create(LocalDate first, int length, IReadOnlyList<int> holidayStarts, IReadOnlyList<int> holidayLengths, IReadOnlyList<int> makeUpDays, int at, int count)
        {
            var scenario = new Scenario(first, length, first.PlusDays(at), count);
            for (var i = 0; i < Math.Min(holidayStarts.Count, holidayLengths.Count); i++)
            {
                var blockFirst = first.PlusDays(holidayStarts[i] % length);
                var blockLast = blockFirst.PlusDays(holidayLengths[i] - 1);
                if (blockLast > scenario.Last || scenario.blocks.Any(b => blockFirst <= b.Last && b.First <= blockLast))
                {
                    continue;
                }

                scenario.blocks.Add((blockFirst, blockLast));
                for (var day = blockFirst; day <= blockLast; day = day.PlusDays(1))
                {
                    scenario.holidays.Add(day);
                }
            }

            foreach (var offset in makeUpDays)
            {
                var day = first.PlusDays(offset % length);
                if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && !scenario.holidays.Contains(day))
                {
                    scenario.makeUps.Add(day);
                }
            }

            return scenario;
        }

        public ReferenceWorkingCalendar Reference() =>
            new("reference", new DateInterval(First, Last), holidays, makeUps, holidayName: Name);

        public WorkingCalendar Build()
        {
            var builder = new WorkingCalendarBuilder("random").WithCoverage(First, Last);
            foreach (var (blockFirst, blockLast) in blocks)
            {
                builder.AddHoliday(blockFirst, blockLast, Name);
            }

            foreach (var day in makeUps)
            {
                builder.AddMakeUpWorkingDay(day, Name);
            }

            return builder.Build();
        }

        public override string ToString() =>
            $"coverage {First:uuuu-MM-dd}..{Last:uuuu-MM-dd}, {blocks.Count} holiday blocks, {makeUps.Count} make-up days, start {Start:uuuu-MM-dd}, count {Count}";
    }
}
