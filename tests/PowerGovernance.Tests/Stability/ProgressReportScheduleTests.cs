using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Progress reports once a month (or once a week where needed) until the case is closed.</summary>
public class ProgressReportScheduleTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Monthly_reports_from_a_case_assigned_on_31_December_2025_fall_on_working_days_across_the_Spring_Festival()
    {
        // Assigned Wed 2025-12-31: 2026-01-31 is a Saturday → Mon 02-02; February has no 31st, so 02-28, which is a
        // make-up working day (Spring Festival) and stays; 03-31 Tue.
        var schedule = new ProgressReportSchedule(ChinaCalendars.Official);

        Assert.Equal([D(2026, 2, 2), D(2026, 2, 28), D(2026, 3, 31)], schedule.DueDates(D(2025, 12, 31), D(2026, 4, 15)));
    }

    [Fact]
    public void Monthly_reports_across_National_Day_2025_and_none_after_the_case_is_closed()
    {
        // Assigned Fri 2025-08-29: 09-29 Mon, 10-29 Wed, 11-29 Sat → Mon 12-01. Closed on 11-30: the report due on
        // 12-01 is not owed (closing calls for immediate feedback instead).
        var schedule = new ProgressReportSchedule(ChinaCalendars.Official);

        Assert.Equal([D(2025, 9, 29), D(2025, 10, 29), D(2025, 12, 1)], schedule.DueDates(D(2025, 8, 29), D(2025, 12, 1)));
        Assert.Equal([D(2025, 9, 29), D(2025, 10, 29)], schedule.DueDates(D(2025, 8, 29), D(2025, 11, 30)));
    }

    [Fact]
    public void Weekly_reports_when_needed_skip_the_holiday_block_of_National_Day_2025()
    {
        // Assigned Wed 2025-09-24: 10-01 (holiday) → Thu 10-09; 10-08 (holiday) → Thu 10-09 as well, one report for both; 10-15 Wed.
        var schedule = new ProgressReportSchedule(ChinaCalendars.Official, ReportInterval.Weekly);

        Assert.Equal([D(2025, 10, 9), D(2025, 10, 15)], schedule.DueDates(D(2025, 9, 24), D(2025, 10, 15)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new ProgressReportSchedule(ChinaCalendars.Official, (ReportInterval)7));
    }
}
