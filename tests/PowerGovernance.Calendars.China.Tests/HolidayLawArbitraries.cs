using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace PowerGovernance.Calendars.China.Tests;

/// <summary>FsCheck generators over the years and dates the holiday law types support, with shrinkers.</summary>
public static class HolidayLawArbitraries
{
    private static readonly LocalDate Epoch = new(1999, 9, 18);
    private static readonly int LastDay = Period.DaysBetween(Epoch, new LocalDate(2100, 12, 31));

    /// <summary>Any year from 2000 to 2100; shrinks toward 2000.</summary>
    public static Arbitrary<int> Years() =>
        Arb.From(Gen.Choose(HolidayLawVersion.FirstYear, HolidayLawVersion.LastYear), ShrinkYear);

    /// <summary>Any date from 1999-09-18 to 2100-12-31; shrinks toward 1999-09-18.</summary>
    public static Arbitrary<LocalDate> Dates() =>
        Arb.From(Gen.Choose(0, LastDay).Select(Epoch.PlusDays), ShrinkDate);

    private static IEnumerable<int> ShrinkYear(int year)
    {
        for (var step = (year - HolidayLawVersion.FirstYear) / 2; step > 0; step /= 2)
        {
            yield return year - step;
        }
    }

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate date)
    {
        for (var step = Period.DaysBetween(Epoch, date); step > 0; step /= 2)
        {
            yield return date.PlusDays(-step);
        }
    }
}
