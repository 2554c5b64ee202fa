using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Laws of the meeting schedule over ranges in 2024–2026 on the official calendar.</summary>
public class MeetingScheduleProperties
{
    private static readonly LocalDate Base = new(2024, 1, 1);
    private static readonly WorkingCalendar Calendar = ChinaCalendars.Official;

    [Property(MaxTest = 100)]
    public bool Every_weekly_meeting_is_the_first_working_day_of_its_own_week_and_no_week_has_two(NonNegativeInt startOffset, NonNegativeInt length)
    {
        var start = Base.PlusDays(startOffset.Get % 900);
        var range = new DateInterval(start, start.PlusDays(length.Get % 150));
        var weekly = new MeetingSchedule(Calendar).Due(range).Where(m => m.Kind == MeetingKind.WeeklyOfficeMeeting).ToArray();
        return weekly.All(m => Calendar.IsWorkingDay(m.Due) && range.Contains(m.Due) && m.Period.Contains(m.Due) && m.Earliest == m.Due
                && m.Period.Start.DayOfWeek == IsoDayOfWeek.Monday && m.Period.Length == 7
                && Enumerable.Range(0, Period.Between(m.Period.Start, m.Due, PeriodUnits.Days).Days).All(k => !Calendar.IsWorkingDay(m.Period.Start.PlusDays(k))))
            && weekly.Select(m => m.Period.Start).Distinct().Count() == weekly.Length;
    }

    [Property(MaxTest = 100)]
    public bool Every_week_inside_the_range_with_a_working_day_has_its_meeting(NonNegativeInt startOffset, NonNegativeInt length)
    {
        var start = Base.PlusDays(startOffset.Get % 900);
        var range = new DateInterval(start, start.PlusDays(length.Get % 150));
        var weeks = new MeetingSchedule(Calendar).Due(range).Where(m => m.Kind == MeetingKind.WeeklyOfficeMeeting).Select(m => m.Period.Start).ToHashSet();
        return Enumerable.Range(0, range.Length).Select(range.Start.PlusDays)
            .Where(d => d.DayOfWeek == IsoDayOfWeek.Monday && range.Contains(d.PlusDays(6)))
            .All(monday => weeks.Contains(monday) == Enumerable.Range(0, 7).Any(k => Calendar.IsWorkingDay(monday.PlusDays(k))));
    }

    [Property(MaxTest = 100)]
    public bool The_quarterly_meeting_window_is_the_quarter_s_first_to_last_working_day(NonNegativeInt offset)
    {
        var day = Base.PlusDays(offset.Get % 1090);
        var meeting = new MeetingSchedule(Calendar).QuarterlyMeeting(day)!;
        var workingDays = Enumerable.Range(0, meeting.Period.Length).Select(meeting.Period.Start.PlusDays).Where(Calendar.IsWorkingDay).ToArray();
        return meeting.Period.Contains(day) && meeting.Period.Start.Day == 1 && (meeting.Period.Start.Month - 1) % 3 == 0
            && meeting.Earliest == workingDays[0] && meeting.Due == workingDays[^1];
    }
}
