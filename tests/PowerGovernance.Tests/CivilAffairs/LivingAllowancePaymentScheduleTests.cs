using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>
/// The monthly 低保 payment (按月领取) on the official China calendar. Spring Festival 2026: Feb 15–23 off, Sat 02-14 and
/// Sat 02-28 worked. National Day 2025: Oct 1–8 off, Sun 09-28 and Sat 10-11 worked.
/// </summary>
public class LivingAllowancePaymentScheduleTests
{
    private static readonly LivingAllowancePaymentSchedule OnThe20th = new(ChinaCalendars.Official, 20);

    [Fact]
    public void A_payment_day_inside_Spring_Festival_2026_moves_to_the_first_working_day_after_it()
    {
        var payments = OnThe20th.Between(new YearMonth(2026, 1), new YearMonth(2026, 3));

        // Tue 01-20 is a working day; Fri 02-20 is in the holiday (02-15..02-23) → Tue 02-24; Fri 03-20 is a working day.
        Assert.Equal([new LocalDate(2026, 1, 20), new LocalDate(2026, 2, 24), new LocalDate(2026, 3, 20)], payments.Select(p => p.DueDate));
        Assert.Equal(new LocalDate(2026, 2, 20), payments[1].NominalDate);
        Assert.Equal([false, true, false], payments.Select(p => p.IsMoved));
    }

    [Fact]
    public void A_payment_day_past_the_end_of_February_2026_is_the_28th_a_make_up_working_Saturday()
    {
        // The 31st does not exist in February: the last day, Sat 02-28, which the notice makes a working day.
        var payment = new LivingAllowancePaymentSchedule(ChinaCalendars.Official, 31).For(new YearMonth(2026, 2));

        Assert.Equal(new LocalDate(2026, 2, 28), payment.NominalDate);
        Assert.Equal(new LocalDate(2026, 2, 28), payment.DueDate);
        Assert.False(payment.IsMoved);
    }

    [Fact]
    public void The_default_10th_of_October_2025_is_a_working_day_but_the_5th_moves_past_National_Day()
    {
        // Default day 10: Fri 10-10, a working day. Day 5: Sun 10-05 is in the holiday (10-01..10-08) → Thu 10-09.
        Assert.Equal(new LocalDate(2025, 10, 10), new LivingAllowancePaymentSchedule(ChinaCalendars.Official).For(new YearMonth(2025, 10)).DueDate);
        Assert.Equal(new LocalDate(2025, 10, 9), new LivingAllowancePaymentSchedule(ChinaCalendars.Official, 5).For(new YearMonth(2025, 10)).DueDate);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_rule()
    {
        Assert.Throws<ArgumentNullException>(() => new LivingAllowancePaymentSchedule(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LivingAllowancePaymentSchedule(ChinaCalendars.Official, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LivingAllowancePaymentSchedule(ChinaCalendars.Official, 32));
        var backwards = Assert.Throws<ArgumentOutOfRangeException>(() => OnThe20th.Between(new YearMonth(2026, 3), new YearMonth(2026, 1)));
        Assert.Contains("120", backwards.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool Each_payment_is_due_on_the_first_working_day_on_or_after_its_nominal_day_in_its_month(PositiveInt day, PositiveInt offset)
    {
        var paymentDay = ((day.Get - 1) % 31) + 1;
        var month = new YearMonth(2010, 1).PlusMonths(offset.Get % 200);
        var calendar = ChinaCalendars.Official;
        var payment = new LivingAllowancePaymentSchedule(calendar, paymentDay).For(month);

        var nominalRight = payment.NominalDate.Day == Math.Min(paymentDay, month.ToDateInterval().End.Day) && payment.NominalDate.ToYearMonth() == month;
        var between = Enumerable.Range(0, Period.Between(payment.NominalDate, payment.DueDate, PeriodUnits.Days).Days).Select(i => payment.NominalDate.PlusDays(i));
        return nominalRight && calendar.IsWorkingDay(payment.DueDate) && payment.DueDate >= payment.NominalDate && between.All(d => !calendar.IsWorkingDay(d));
    }
}
