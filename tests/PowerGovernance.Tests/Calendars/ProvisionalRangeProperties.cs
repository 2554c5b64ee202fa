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
/// Due-date ranges on random provisional calendars: whatever the unpublished notice decides on the uncertain days,
/// the due date counted naively on that outcome (<see cref="ReferenceWorkingCalendar"/>) lies inside the range.
/// </summary>
[Properties(Arbitrary = [typeof(ProvisionalRangeProperties)], MaxTest = 300)]
public class ProvisionalRangeProperties
{
    private static readonly HolidayName Name = new("假日", "Holiday");
    private static readonly LocalDate First = new(2030, 1, 1);
    private const int Length = 1000; // days after the first 400 are plain, so every due date stays inside

    /// <summary>Holidays of the most likely year, uncertain days, one outcome of the notice, a start and a limit.</summary>
    public static Arbitrary<Scenario> Scenarios() => Arb.From(
        from holidays in Gen.ListOf(Gen.Choose(0, 399))
        from uncertain in Gen.ListOf(Gen.Choose(0, 399))
        from outcome in Gen.ListOf(Gen.Elements(true, false))
        from start in Gen.Choose(0, 200)
        from days in Gen.Choose(0, 60)
        from working in Gen.Elements(true, false)
        select new Scenario([.. holidays.Distinct()], [.. uncertain.Distinct()], [.. outcome], start, working ? TimeLimit.WorkingDays(days) : TimeLimit.NaturalDays(days)));

    [Property]
    public bool Every_outcome_of_the_uncertain_days_is_inside_the_range(Scenario scenario)
    {
        var calendar = scenario.Provisional();
        var range = calendar.DueDateRange(scenario.Start, scenario.Limit);
        var actual = scenario.Outcome().DueDate(scenario.Start, scenario.Limit);
        return range.Earliest <= range.MostLikely && range.MostLikely <= range.Latest
            && range.Earliest <= actual && actual <= range.Latest
            && range.MostLikely == calendar.DueDate(scenario.Start, scenario.Limit)
            && range.IsProvisional == (calendar.CountUncertainDays(scenario.Start, range.Latest) > 0);
    }

    [Property]
    public bool The_bounds_are_reached_by_the_extreme_outcomes(Scenario scenario)
    {
        var calendar = scenario.Provisional();
        var range = calendar.DueDateRange(scenario.Start, scenario.Limit);
        return range.Earliest == scenario.Extreme(working: true).DueDate(scenario.Start, scenario.Limit)
            && range.Latest == scenario.Extreme(working: false).DueDate(scenario.Start, scenario.Limit);
    }

    public sealed record Scenario(int[] Holidays, int[] Uncertain, bool[] Outcomes, int StartOffset, TimeLimit Limit)
    {
        public LocalDate Start => First.PlusDays(StartOffset);

        private static DateInterval Coverage => new(First, First.PlusDays(Length - 1));

        public ProvisionalWorkingCalendar Provisional()
        {
            var builder = new WorkingCalendarBuilder("random").WithCoverage(Coverage);
            foreach (var offset in Holidays)
            {
                builder.AddHoliday(First.PlusDays(offset), Name);
            }

            var uncertain = Uncertain.Select(o => new ProvisionalDay(First.PlusDays(o), Name, "open", "待定"));
            return ProvisionalWorkingCalendar.Create("random", builder.Build(), new DateInterval(First, First.PlusDays(Length / 2)), uncertain, []);
        }

        /// <summary>One outcome: each uncertain day working or not as <see cref="Outcomes"/> says (cycled), every other day as in the most likely year.</summary>
        public ReferenceWorkingCalendar Outcome() => Reference(i => Outcomes.Length == 0 || Outcomes[i % Outcomes.Length]);

        public ReferenceWorkingCalendar Extreme(bool working) => Reference(_ => working);

        private ReferenceWorkingCalendar Reference(Func<int, bool> isWorking)
        {
            var holidays = new HashSet<LocalDate>(Holidays.Select(o => First.PlusDays(o)));
            var makeUps = new HashSet<LocalDate>();
            for (var i = 0; i < Uncertain.Length; i++)
            {
                var day = First.PlusDays(Uncertain[i]);
                holidays.Remove(day);
                if (isWorking(i))
                {
                    makeUps.Add(day);
                }
                else
                {
                    holidays.Add(day);
                }
            }

            return new ReferenceWorkingCalendar("outcome", Coverage, holidays, makeUps, holidayName: Name);
        }
    }
}
