using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>FsCheck generators over the official calendar's coverage, with shrinkers.</summary>
public static class CalendarArbitraries
{
    private static readonly LocalDate Epoch = ReferenceCalendar.First;
    private static readonly int LastDay = Period.DaysBetween(ReferenceCalendar.First, ReferenceCalendar.Last);

    /// <summary>Any date from 2004-01-01 to 2026-12-31; shrinks toward 2004-01-01.</summary>
    public static Arbitrary<LocalDate> Dates() =>
        Arb.From(Gen.Choose(0, LastDay).Select(Epoch.PlusDays), ShrinkDate);

    /// <summary>Working-day counts from -3,000 to 3,000, biased toward small ones; shrinks toward 0.</summary>
    public static Arbitrary<int> Counts() =>
        Arb.From(
            Gen.Frequency(
                (3, Gen.Choose(-30, 30)),
                (2, Gen.Choose(-400, 400)),
                (1, Gen.Choose(-3_000, 3_000))),
            ShrinkCount);

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate date)
    {
        var days = Period.DaysBetween(Epoch, date);
        for (var step = days; step > 0; step /= 2)
        {
            yield return date.PlusDays(-step);
        }
    }

    private static IEnumerable<int> ShrinkCount(int count)
    {
        for (var value = count / 2; value != 0; value /= 2)
        {
            yield return value;
        }

        if (count != 0)
        {
            yield return 0;
        }
    }
}
