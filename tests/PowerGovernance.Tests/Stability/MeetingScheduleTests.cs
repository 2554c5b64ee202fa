using System.Linq;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>The weekly office meeting every Monday and the quarterly analysis meeting, on real calendars.</summary>
public class MeetingScheduleTests
{
    private static readonly MeetingSchedule Schedule = new(ChinaCalendars.Official);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Across_Spring_Festival_2026_the_holiday_week_has_no_meeting_and_the_next_one_moves_to_Tuesday()
    {
        // The official calendar: holiday 2026-02-15 (Sun)..02-23 (Mon), make-up working days Sat 02-14 and Sat 02-28.
        // Week of Mon 02-09: Monday is a working day → 02-09.
        // Week of Mon 02-16: 02-16..02-22 are all inside the holiday → no working day, no meeting.
        // Week of Mon 02-23: Monday 02-23 is the block's last day; the week's first working day is Tue 02-24.
        // The range ends Sun 03-01; Q1's quarterly meeting is due by Tue 03-31, outside the range.
        var due = Schedule.Due(new DateInterval(D(2026, 2, 9), D(2026, 3, 1)));

        Assert.Equal([D(2026, 2, 9), D(2026, 2, 24)], due.Select(m => m.Due));
        Assert.All(due, m => Assert.Equal(MeetingKind.WeeklyOfficeMeeting, m.Kind));
        Assert.Null(Schedule.WeeklyMeeting(D(2026, 2, 18)));
        Assert.Equal("2026-02-09当周办公例会", due[0].Occasion);
        Assert.Equal("2026-02-23当周办公例会（周一逢休息日，顺延至本周首个工作日2026-02-24）", due[1].Occasion);
        Assert.Equal(new DateInterval(D(2026, 2, 23), D(2026, 3, 1)), due[1].Period);
        Assert.Contains("Monday is a rest day", due[1].EnglishOccasion, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Across_National_Day_2025_the_week_after_the_holiday_meets_on_Thursday_9_October_and_Q3_is_due_on_30_September()
    {
        // The official calendar: holiday 2025-10-01 (Wed)..10-08 (Wed), make-up working days Sun 09-28 and Sat 10-11.
        // Week of Mon 09-22 → 09-22 (the make-up Sunday 09-28 closes this week; Monday is a working day anyway).
        // Week of Mon 09-29 → 09-29 (the holiday starts on Wednesday).
        // Week of Mon 10-06: 10-06, 10-07, 10-08 are holiday days → the first working day is Thu 10-09.
        // Week of Mon 10-13 → 10-13.
        // Q3 2025 (07-01..09-30): 09-30 is a Tuesday and a working day, so the quarterly meeting is due by 09-30;
        // its first working day is Tue 07-01.
        var due = Schedule.Due(new DateInterval(D(2025, 9, 22), D(2025, 10, 19)));

        Assert.Equal(
            [
                (D(2025, 9, 22), MeetingKind.WeeklyOfficeMeeting),
                (D(2025, 9, 29), MeetingKind.WeeklyOfficeMeeting),
                (D(2025, 9, 30), MeetingKind.QuarterlyAnalysisMeeting),
                (D(2025, 10, 9), MeetingKind.WeeklyOfficeMeeting),
                (D(2025, 10, 13), MeetingKind.WeeklyOfficeMeeting),
            ],
            due.Select(m => (m.Due, m.Kind)));
        Assert.Equal(D(2025, 7, 1), due[2].Earliest);
        Assert.Equal("2025年第三季度综治维稳分析通报会", due[2].Occasion);
        Assert.Equal("2025-10-06当周办公例会（周一逢休息日，顺延至本周首个工作日2025-10-09）", due[3].Occasion);
    }

    [Fact]
    public void The_Q1_2026_meeting_may_be_held_from_the_make_up_Sunday_4_January_and_is_due_by_31_March()
    {
        // Q1 2026: 01-01..01-03 New Year's Day holiday; Sun 01-04 is a make-up working day, so it is the first working day.
        // 03-31 is a Tuesday, a working day: the last working day of the quarter.
        var q1 = Schedule.QuarterlyMeeting(D(2026, 2, 17))!;

        Assert.Equal(MeetingKind.QuarterlyAnalysisMeeting, q1.Kind);
        Assert.Equal(new DateInterval(D(2026, 1, 1), D(2026, 3, 31)), q1.Period);
        Assert.Equal(D(2026, 1, 4), q1.Earliest);
        Assert.Equal(D(2026, 3, 31), q1.Due);
        Assert.Equal("Q1 2026", q1.EnglishOccasion[^7..]);

        // Q4 2025: 10-01..10-08 holiday → first working day Thu 10-09; 12-31 Wed is the last.
        var q4 = Schedule.QuarterlyMeeting(D(2025, 11, 1))!;
        Assert.Equal((D(2025, 10, 9), D(2025, 12, 31)), (q4.Earliest, q4.Due));
    }

    [Fact]
    public void A_quarter_whose_last_day_is_a_weekend_is_due_on_the_Friday_before()
    {
        // Q2 2024 ends Sun 06-30; the last working day is Fri 06-28.
        var q2 = Schedule.QuarterlyMeeting(D(2024, 5, 5))!;

        Assert.Equal(D(2024, 6, 28), q2.Due);
        Assert.Single(Schedule.Due(new DateInterval(D(2024, 6, 28), D(2024, 6, 28))), m => m.Kind == MeetingKind.QuarterlyAnalysisMeeting);
    }

    [Fact]
    public void Outside_the_calendar_is_a_coverage_error_and_null_input_is_refused()
    {
        Assert.Throws<PowerGovernance.Calendars.CalendarCoverageException>(() => Schedule.Due(new DateInterval(D(2026, 12, 1), D(2027, 1, 31))));
        Assert.Throws<System.ArgumentNullException>(() => Schedule.Due(null!));
        Assert.Throws<System.ArgumentNullException>(() => new MeetingSchedule(null!));
    }
}
