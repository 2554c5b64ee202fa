using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Testing;
using Xunit;

namespace PowerGovernance.Tests.Testing;

/// <summary>
/// The official China calendar (2004–2026, table-driven O(1) arithmetic) agrees with the package's naive
/// day-by-day <see cref="ReferenceWorkingCalendar"/>, on dates drawn from the package's calendar generators.
/// </summary>
public class ReferenceWorkingCalendarProperties
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;
    private static readonly ReferenceWorkingCalendar Reference = ReferenceWorkingCalendar.Of(Official);

    [Property(MaxTest = 300)]
    public Property DueDate_agrees_with_the_reference_for_both_kinds_of_limit() =>
        Prop.ForAll(CalendarArbitraries.ReceiptsWithLimits(Official, 120), pair =>
            Official.DueDate(pair.Received, pair.Limit) == Reference.DueDate(pair.Received, pair.Limit));

    [Property(MaxTest = 300)]
    public Property AddWorkingDays_agrees_with_the_reference_or_both_leave_the_coverage() =>
        Prop.ForAll(CalendarArbitraries.DatesIn(Official), Gen.Choose(-400, 400).ToArbitrary(), (start, count) =>
            Outcome(() => Official.AddWorkingDays(start, count)) == Outcome(() => Reference.AddWorkingDays(start, count)));

    [Property(MaxTest = 300)]
    public Property CountWorkingDays_agrees_with_the_reference() =>
        Prop.ForAll(CalendarArbitraries.DatesIn(Official), Gen.Choose(-400, 400).ToArbitrary(), (start, days) =>
        {
            var end = start.PlusDays(days);
            return Outcome(() => Official.CountWorkingDays(start, end)) == Outcome(() => Reference.CountWorkingDays(start, end));
        });

    [Property(MaxTest = 200)]
    public Property Next_and_previous_working_days_agree_with_the_reference() =>
        Prop.ForAll(CalendarArbitraries.DatesIn(Official), date =>
            Outcome(() => Official.NextWorkingDay(date)) == Outcome(() => Reference.NextWorkingDay(date))
            && Outcome(() => Official.PreviousWorkingDay(date)) == Outcome(() => Reference.PreviousWorkingDay(date)));

    [Fact]
    public void Every_day_of_the_coverage_has_the_same_type_and_working_status()
    {
        Assert.Equal(Official.Coverage, Reference.Coverage);
        foreach (var day in Official.Coverage)
        {
            Assert.Equal(Official.IsWorkingDay(day), Reference.IsWorkingDay(day));
        }
    }

    [Fact]
    public void DueDate_skips_National_Day_2024_and_counts_the_make_up_Saturday()
    {
        // Received Monday 2024-09-30: 10-01..10-07 are holidays, Saturday 10-12 is a make-up working day.
        Assert.Equal(new LocalDate(2024, 10, 8), Reference.DueDate(new LocalDate(2024, 9, 30), TimeLimit.WorkingDays(1)));
        Assert.Equal(new LocalDate(2024, 10, 12), Reference.DueDate(new LocalDate(2024, 9, 30), TimeLimit.WorkingDays(5)));
        Assert.Equal(new LocalDate(2024, 10, 8), Reference.DueDate(new LocalDate(2024, 9, 30), TimeLimit.NaturalDays(3)));
    }

    [Fact]
    public void Dates_outside_the_coverage_throw_as_the_kernel_does()
    {
        var before = Official.Coverage.Start.PlusDays(-1);
        Assert.Throws<CalendarCoverageException>(() => Reference.IsWorkingDay(before));
        Assert.Throws<CalendarCoverageException>(() => Reference.AddWorkingDays(Official.Coverage.End, 1));
        Assert.Throws<CalendarCoverageException>(() => Reference.DueDate(Official.Coverage.End, TimeLimit.NaturalDays(1)));
    }

    [Fact]
    public void Explicit_sets_make_holidays_win_over_make_up_days_and_weekends_rest()
    {
        var coverage = new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 1, 31));
        var calendar = new ReferenceWorkingCalendar("explicit", coverage, [new LocalDate(2030, 1, 2), new LocalDate(2030, 1, 5)], [new LocalDate(2030, 1, 5), new LocalDate(2030, 1, 6)]);
        Assert.Equal(DayType.Holiday, calendar.GetDayType(new LocalDate(2030, 1, 5)));
        Assert.Equal(DayType.MakeUpWorkingDay, calendar.GetDayType(new LocalDate(2030, 1, 6)));
        Assert.Equal(DayType.Weekend, calendar.GetDayType(new LocalDate(2030, 1, 12)));
        Assert.Equal(new LocalDate(2030, 1, 6), calendar.AddWorkingDays(new LocalDate(2030, 1, 4), 1));
    }

    private static string Outcome<T>(Func<T> compute)
    {
        try
        {
            return compute()!.ToString()!;
        }
        catch (CalendarCoverageException)
        {
            return "outside coverage";
        }
    }
}
