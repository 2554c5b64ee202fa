using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The regular meetings of a township's comprehensive-governance and stability office, as its briefing rules (情况通报制度)
/// set them: "每周一组织召开一次办公例会，总结上周工作并对本周工作进行研究部署" and "每季度召开一次会议，分析、通报前阶段矛盾纠纷排查调处、
/// 治安形势和部门工作等情况，研究部署下阶段工作任务". Given a range of dates it yields the meetings due. Pure, immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// <b>Every Monday.</b> Weeks run Monday to Sunday. The weekly meeting is held on the week's Monday; when that Monday is not a
/// working day (a holiday block), it is held on the first working day of the same week after it, a make-up working day
/// included, because the meeting sums up last week and plans this one and so belongs to its own week. A week with no working
/// day at all (the Spring Festival week of 2026, 02-16..02-22) has no meeting: there is no week's work to plan, and the next
/// week's meeting sums up both. This is a reading of the rule, which does not say what happens when Monday is a rest day.
/// </para>
/// <para>
/// <b>Every quarter.</b> The rule names no day, so the quarterly meeting may be held on any working day of its quarter
/// (January–March, April–June, July–September, October–December) and is due by the quarter's last working day: a quarter
/// with no meeting by then has missed it. This too is a reading.
/// </para>
/// <para>
/// A meeting is listed when its due day falls in the range asked about, ordered by due day and then by kind.
/// </para>
/// </remarks>
public sealed class MeetingSchedule
{
    private readonly OfficeCalendar office;

    /// <summary>Creates a schedule.</summary>
    /// <param name="calendar">The office's calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public MeetingSchedule(OfficeCalendar calendar)
    {
        office = Preconditions.CheckNotNull(calendar);
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar => office.Calendar;

    /// <summary>Lists the meetings due on the days of <paramref name="range"/>, by due day and then by kind.</summary>
    /// <param name="range">The days asked about, both ends included.</param>
    /// <returns>The weekly meetings held in the range and the quarterly meetings whose last day is in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage: every day from the Monday of the range's first
    /// week, and every day of each quarter the range touches.</exception>
    public IReadOnlyList<MeetingDue> Due(DateInterval range)
    {
        Preconditions.CheckNotNull(range);
        Calendar.GetDayType(range.Start);
        Calendar.GetDayType(range.End);
        var due = new List<MeetingDue>();
        for (var monday = MondayOf(range.Start); monday <= range.End; monday = monday.PlusWeeks(1))
        {
            if (Weekly(monday, range.End) is { } meeting && range.Contains(meeting.Due))
            {
                due.Add(meeting);
            }
        }

        for (var quarter = Quarters.Of(range.Start); quarter.Start <= range.End; quarter = Quarters.Of(quarter.End.PlusDays(1)))
        {
            if (Quarterly(quarter) is { } meeting && range.Contains(meeting.Due))
            {
                due.Add(meeting);
            }
        }

        return ImmutableLists.Of(due.OrderBy(m => m.Due).ThenBy(m => m.Kind));
    }

    /// <summary>Returns the weekly office meeting of the week (Monday to Sunday) holding <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the week.</param>
    /// <returns>The meeting, or <see langword="null"/> when the week has no working day.</returns>
    /// <exception cref="CalendarCoverageException">A day of the week up to its first working day is outside the calendar's coverage.</exception>
    public MeetingDue? WeeklyMeeting(LocalDate date) => Weekly(MondayOf(date), MondayOf(date).PlusDays(6));

    /// <summary>Returns the quarterly meeting of the quarter holding <paramref name="date"/>.</summary>
    /// <param name="date">Any day of the quarter.</param>
    /// <returns>The meeting, or <see langword="null"/> when the quarter has no working day.</returns>
    /// <exception cref="CalendarCoverageException">A day of the quarter is outside the calendar's coverage.</exception>
    public MeetingDue? QuarterlyMeeting(LocalDate date) => Quarterly(Quarters.Of(date));

    private static LocalDate MondayOf(LocalDate date) => date.PlusDays(-((int)date.DayOfWeek - (int)IsoDayOfWeek.Monday));

    private MeetingDue? Weekly(LocalDate monday, LocalDate lastNeeded)
    {
        var sunday = monday.PlusDays(6);
        var last = lastNeeded < sunday ? lastNeeded : sunday;
        for (var day = monday; day <= last; day = day.PlusDays(1))
        {
            if (!Calendar.IsWorkingDay(day))
            {
                continue;
            }

            var week = new DateInterval(monday, sunday);
            var weekOf = Quarters.Iso(monday);
            return day == monday
                ? new MeetingDue(MeetingKind.WeeklyOfficeMeeting, week, day, day, weekOf + "当周办公例会", "weekly office meeting of the week of " + weekOf)
                : new MeetingDue(MeetingKind.WeeklyOfficeMeeting, week, day, day, weekOf + "当周办公例会（周一逢休息日，顺延至本周首个工作日" + Quarters.Iso(day) + "）", "weekly office meeting of the week of " + weekOf + " (Monday is a rest day: held on the week's first working day, " + Quarters.Iso(day) + ")");
        }

        return null;
    }

    private MeetingDue? Quarterly(DateInterval quarter)
    {
        Calendar.GetDayType(quarter.Start);
        Calendar.GetDayType(quarter.End);
        var first = Calendar.IsWorkingDay(quarter.Start) ? quarter.Start : Calendar.NextWorkingDay(quarter.Start);
        if (first > quarter.End)
        {
            return null;
        }

        var last = Calendar.IsWorkingDay(quarter.End) ? quarter.End : Calendar.PreviousWorkingDay(quarter.End);
        return new MeetingDue(MeetingKind.QuarterlyAnalysisMeeting, quarter, first, last, Quarters.Chinese(quarter) + "综治维稳分析通报会", "quarterly analysis meeting of " + Quarters.English(quarter));
    }
}
