using System.Linq;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>The dispute-screening schedule: every 15 days, and on the eve of holidays and sensitive periods, on real calendars.</summary>
public class ScreeningScheduleTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Across_National_Day_2025_the_eve_is_30_September_and_a_regular_screening_on_1_October_moves_to_9_October()
    {
        // Anchor Mon 2025-09-01; every 15 days: 09-01, 09-16, 10-01, 10-16, 10-31.
        // 10-01 is in the holiday block 10-01..10-08 (国庆节、中秋节), so that screening is held on the next working day, Thu 10-09.
        // The block's eve: the last working day before 10-01 is Tue 09-30 (the make-up Sunday 09-28 is further back).
        var schedule = new ScreeningSchedule(ChinaCalendars.Official, D(2025, 9, 1));

        var due = schedule.Due(new DateInterval(D(2025, 9, 1), D(2025, 10, 31)));

        Assert.Equal(
            [
                (D(2025, 9, 1), ScreeningReason.Periodic),
                (D(2025, 9, 16), ScreeningReason.Periodic),
                (D(2025, 9, 30), ScreeningReason.BeforeHoliday),
                (D(2025, 10, 9), ScreeningReason.Periodic),
                (D(2025, 10, 16), ScreeningReason.Periodic),
                (D(2025, 10, 31), ScreeningReason.Periodic),
            ],
            due.Select(d => (d.Date, d.Reason)));
        Assert.Equal("国庆节、中秋节（2025-10-01起）前夕集中排查", due[2].Occasion);
        Assert.Equal("第3次定期排查（2025-10-01逢休息日顺延）", due[3].Occasion);
        Assert.Contains("moved to the next working day", due[3].EnglishOccasion, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Across_Spring_Festival_2026_the_eve_is_the_make_up_Saturday_14_February()
    {
        // Anchor Mon 2026-01-05; every 15 days: 01-05, 01-20, 02-04, 02-19 (inside the block 02-15..02-23 → Tue 02-24).
        // The block's eve is Sat 02-14, a make-up working day. The county congress 02-26..02-28 has its eve on Wed 02-25.
        var schedule = new ScreeningSchedule(ChinaCalendars.Official, D(2026, 1, 5), [new SensitivePeriod("县人代会", "County people's congress", new DateInterval(D(2026, 2, 26), D(2026, 2, 28)))]);

        var due = schedule.Due(new DateInterval(D(2026, 1, 5), D(2026, 2, 28)));

        Assert.Equal(
            [
                (D(2026, 1, 5), ScreeningReason.Periodic),
                (D(2026, 1, 20), ScreeningReason.Periodic),
                (D(2026, 2, 4), ScreeningReason.Periodic),
                (D(2026, 2, 14), ScreeningReason.BeforeHoliday),
                (D(2026, 2, 24), ScreeningReason.Periodic),
                (D(2026, 2, 25), ScreeningReason.BeforeSensitivePeriod),
            ],
            due.Select(d => (d.Date, d.Reason)));
        Assert.Equal("春节（2026-02-15起）前夕集中排查", due[3].Occasion);
        Assert.Equal("县人代会（2026-02-26起）前夕集中排查", due[5].Occasion);
        Assert.True(schedule.IsDue(D(2026, 2, 14)));
        Assert.False(schedule.IsDue(D(2026, 2, 13)));
    }

    [Fact]
    public void Two_blocks_with_working_days_between_have_two_eves_Mid_Autumn_and_National_Day_2026()
    {
        // 2026: Mid-Autumn 09-25..09-27 (Fri–Sun), working 09-28..09-30, National Day 10-01..10-07.
        // Eves: Thu 09-24 and Wed 09-30. The make-up Sunday 09-20 is an ordinary working day here.
        var schedule = new ScreeningSchedule(ChinaCalendars.Official, D(2026, 1, 5));

        var eves = schedule.Due(new DateInterval(D(2026, 9, 1), D(2026, 10, 31))).Where(d => d.Reason == ScreeningReason.BeforeHoliday);

        Assert.Equal([D(2026, 9, 24), D(2026, 9, 30)], eves.Select(d => d.Date));
    }

    [Fact]
    public void A_block_that_starts_on_a_weekend_has_its_eve_on_the_Friday_before()
    {
        // Dragon Boat 2025: 05-31..06-02 (Sat–Mon): the eve is Fri 05-30.
        var schedule = new ScreeningSchedule(ChinaCalendars.Official, D(2025, 1, 6));

        var eves = schedule.Due(new DateInterval(D(2025, 5, 20), D(2025, 6, 10))).Where(d => d.Reason == ScreeningReason.BeforeHoliday);

        Assert.Equal([D(2025, 5, 30)], eves.Select(d => d.Date));
    }

    [Fact]
    public void The_quarterly_summary_report_is_due_on_the_quarter_s_last_day_or_the_next_working_day()
    {
        var schedule = new ScreeningSchedule(ChinaCalendars.Official, D(2024, 1, 2));

        // Q3 2025 (National Day quarter): 09-30 is a Tuesday, a working day. Q1 2026 (Spring Festival quarter): 03-31 Tue.
        // Q2 2024: 06-30 is a Sunday → Mon 07-01. Q4 2026: 12-31 Thu.
        Assert.Equal(D(2025, 9, 30), schedule.QuarterlyReportDue(D(2025, 8, 15)));
        Assert.Equal(D(2026, 3, 31), schedule.QuarterlyReportDue(D(2026, 2, 14)));
        Assert.Equal(D(2024, 7, 1), schedule.QuarterlyReportDue(D(2024, 4, 1)));
        Assert.Equal(D(2026, 12, 31), schedule.QuarterlyReportDue(D(2026, 10, 1)));
    }

    [Fact]
    public void A_range_outside_the_calendar_is_a_coverage_error_and_null_input_is_refused()
    {
        var schedule = new ScreeningSchedule(ChinaCalendars.Official, D(2025, 1, 6));
        Assert.Throws<PowerGovernance.Calendars.CalendarCoverageException>(() => schedule.Due(new DateInterval(D(2026, 12, 1), D(2027, 1, 31))));
        Assert.Throws<System.ArgumentNullException>(() => schedule.Due(null!));
        Assert.Throws<System.ArgumentNullException>(() => new ScreeningSchedule(ChinaCalendars.Official, D(2025, 1, 6), [null!]));
    }
}
