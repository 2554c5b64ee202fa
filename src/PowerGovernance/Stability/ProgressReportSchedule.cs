using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The progress reports due on a case assigned by a superior or a leader (办理进度报告), as the office's supervision rules
/// set them: "一般情况下应当对办理进度进行一月一报，必要时可一周一报。在办结时应当立即向上级领导、相关部门和当事人进行结果反馈".
/// Pure and thread-safe.
/// </summary>
/// <remarks>
/// A monthly report is due on the same day of each following month as the day of assignment (the month's last day when
/// the month is shorter: assigned on 31 January, due 28 or 29 February), a weekly report every 7 days. A report whose day is
/// not a working day is due on the next working day; two reports that fall due on the same working day (weekly reports over a
/// holiday block) are one report. Reports stop once the case is closed: closing calls for immediate
/// feedback instead, so a report whose day comes after the closing day is not due.
/// </remarks>
public sealed class ProgressReportSchedule
{
    private readonly OfficeCalendar office;

    /// <summary>Creates a schedule.</summary>
    /// <param name="calendar">The office's calendar.</param>
    /// <param name="interval">How often to report; monthly by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is not defined.</exception>
    public ProgressReportSchedule(OfficeCalendar calendar, ReportInterval interval = ReportInterval.Monthly)
    {
        office = Preconditions.CheckNotNull(calendar);
        if (!Enum.IsDefined(interval))
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The report interval is Monthly or Weekly. / 报告周期须为一月一报或一周一报。");
        }

        Interval = interval;
    }

    /// <summary>Gets how often progress is reported.</summary>
    public ReportInterval Interval { get; }

    /// <summary>Lists the days progress reports are due on a case assigned on <paramref name="assigned"/>, up to <paramref name="through"/>.</summary>
    /// <param name="assigned">The day the case was assigned (交办之日), not itself a report day.</param>
    /// <param name="through">The last day asked about: the closing day, or today for an open case.</param>
    /// <returns>The working days reports are due, in order; empty when <paramref name="through"/> is before the first report.</returns>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public IReadOnlyList<LocalDate> DueDates(LocalDate assigned, LocalDate through)
    {
        var due = new List<LocalDate>();
        for (var k = 1; ; k++)
        {
            var nominal = Interval == ReportInterval.Monthly ? assigned.PlusMonths(k) : assigned.PlusWeeks(k);
            if (nominal > through)
            {
                break;
            }

            var day = office.Calendar.IsWorkingDay(nominal) ? nominal : office.Calendar.NextWorkingDay(nominal);
            if (day <= through && (due.Count == 0 || due[^1] != day))
            {
                due.Add(day);
            }
        }

        return ImmutableLists.Of(due);
    }
}
