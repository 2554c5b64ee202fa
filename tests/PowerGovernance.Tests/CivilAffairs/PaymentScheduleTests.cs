using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>
/// 优待抚恤 payment schedules on the official calendar. Expected dates are worked out by hand: the window's last day, or the
/// next working day when it is a weekend or holiday (2026: New Year 01-01..01-03, make-up Sun 01-04; Spring Festival
/// 02-15..02-23, make-up Sat 02-14 and Sat 02-28; Labour Day 05-01..05-05, make-up Sat 05-09; National Day 10-01..10-07,
/// make-up Sun 09-20 and Sat 10-10. 2025: National Day 10-01..10-08, make-up Sun 09-28 and Sat 10-11).
/// </summary>
public class PaymentScheduleTests
{
    private static readonly WorkingCalendar Official = ChinaCalendars.Official;

    [Fact]
    public void The_2025_allowance_is_paid_from_December_to_the_first_working_day_after_31_January_2026()
    {
        // Window 2025-12-01..2026-01-31. 2026-01-31 is a Saturday and 02-01 a Sunday (neither a make-up day): due Mon 02-02.
        var payment = PreferentialTreatmentSchedule.Default.DueFor(Official, 2025);

        Assert.Equal(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 31)), payment.Window);
        Assert.Equal(new LocalDate(2026, 2, 2), payment.DueDate);
        Assert.True(payment.IsRolledForward);
    }

    [Fact]
    public void A_county_paying_before_the_Spring_Festival_deadline_of_15_February_2026_is_due_after_the_holiday()
    {
        // 2026-02-15 is the first day of the Spring Festival holiday (02-15..02-23); the next working day is Tue 02-24.
        var schedule = PreferentialTreatmentSchedule.Default with { EarlyNextYearEnds = new AnnualDate(2, 15) };

        Assert.Equal(new LocalDate(2026, 2, 24), schedule.DueFor(Official, 2025).DueDate);
    }

    [Fact]
    public void The_2026_allowance_paid_at_year_end_is_due_on_31_December_2026_and_the_default_needs_the_2027_arrangement()
    {
        // Year end only: window 2026-12-01..2026-12-31; 12-31 is a Thursday, a working day.
        var yearEnd = PreferentialTreatmentSchedule.Default with { EarlyNextYearEnds = null };
        var payment = yearEnd.DueFor(Official, 2026);
        Assert.Equal(new DateInterval(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31)), payment.Window);
        Assert.Equal(new LocalDate(2026, 12, 31), payment.DueDate);
        Assert.False(payment.IsRolledForward);

        // By default it is due in January 2027, which the calendar does not know yet: reported, never guessed.
        Assert.Throws<CalendarCoverageException>(() => PreferentialTreatmentSchedule.Default.DueFor(Official, 2026));
    }

    [Fact]
    public void Early_next_year_must_be_early()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PreferentialTreatmentSchedule.Default with { EarlyNextYearEnds = new AnnualDate(7, 1) });

        Assert.Contains("30 June", error.Message, StringComparison.Ordinal);
        Assert.Contains("6月30日", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Monthly_pensions_in_2025_are_due_by_the_10th_or_the_next_working_day()
    {
        // 2025-05-10 Sat, 05-11 Sun → Mon 05-12; 2025-08-10 Sun → Mon 08-11; 10-10 is a Friday after the National Day
        // holiday (10-01..10-08), a working day. Every other 10th is a weekday working day.
        var due = PensionSchedule.Default.DueDates(Official, 2025).Select(p => p.DueDate).ToArray();

        Assert.Equal(
            [
                new LocalDate(2025, 1, 10), new LocalDate(2025, 2, 10), new LocalDate(2025, 3, 10), new LocalDate(2025, 4, 10),
                new LocalDate(2025, 5, 12), new LocalDate(2025, 6, 10), new LocalDate(2025, 7, 10), new LocalDate(2025, 8, 11),
                new LocalDate(2025, 9, 10), new LocalDate(2025, 10, 10), new LocalDate(2025, 11, 10), new LocalDate(2025, 12, 10),
            ],
            due);
    }

    [Fact]
    public void Monthly_pensions_in_2026_are_due_by_the_10th_or_the_next_working_day()
    {
        // 2026-01-10 Sat, 01-11 Sun → Mon 01-12; 05-10 Sun → Mon 05-11 (the make-up Saturday 05-09 is before it);
        // 10-10 is a Saturday but a make-up working day for National Day: due that day.
        var payments = PensionSchedule.Default.DueDates(Official, 2026);

        Assert.Equal(
            [
                new LocalDate(2026, 1, 12), new LocalDate(2026, 2, 10), new LocalDate(2026, 3, 10), new LocalDate(2026, 4, 10),
                new LocalDate(2026, 5, 11), new LocalDate(2026, 6, 10), new LocalDate(2026, 7, 10), new LocalDate(2026, 8, 10),
                new LocalDate(2026, 9, 10), new LocalDate(2026, 10, 10), new LocalDate(2026, 11, 10), new LocalDate(2026, 12, 10),
            ],
            payments.Select(p => p.DueDate));
        Assert.False(payments[9].IsRolledForward);
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 10)), payments[0].Window);
    }

    [Fact]
    public void Pensions_by_the_15th_in_2026_quarterly_and_monthly_across_Spring_Festival()
    {
        // Quarterly by the 15th: 2026-01-15 Thu; 04-15 Wed; 07-15 Wed; 10-15 Thu: all working days.
        var quarterly = PensionSchedule.Default with { Frequency = PaymentFrequency.Quarterly, DueDay = 15 };
        Assert.Equal(
            [new LocalDate(2026, 1, 15), new LocalDate(2026, 4, 15), new LocalDate(2026, 7, 15), new LocalDate(2026, 10, 15)],
            quarterly.DueDates(Official, 2026).Select(p => p.DueDate));

        // Monthly by the 15th: February's 02-15 is the holiday's first day → Tue 02-24.
        var monthly = PensionSchedule.Default with { DueDay = 15 };
        Assert.Equal(new LocalDate(2026, 2, 24), monthly.DueDates(Official, 2026)[1].DueDate);
    }

    [Fact]
    public void A_due_day_past_the_months_end_is_its_last_day()
    {
        // By the 31st: 2026-02-28 is a make-up Saturday, so February's payment is due that day; 2026-04-30 is a Thursday.
        var payments = (PensionSchedule.Default with { DueDay = 31 }).DueDates(Official, 2026);

        Assert.Equal(new LocalDate(2026, 2, 28), payments[1].DueDate);
        Assert.Equal(new LocalDate(2026, 4, 30), payments[3].DueDate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    public void A_due_day_outside_the_month_is_refused(int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PensionSchedule.Default with { DueDay = day });
    }
}
