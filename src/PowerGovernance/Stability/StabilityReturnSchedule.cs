using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The periodic returns of a township's comprehensive-governance and stability office: the monthly and quarterly returns of
/// visits of its visitor-reception rules (接访制度: "对每月和季度来访情况进行归类并及时形成文书上报主管领导和部门并通报有关单位")
/// and the quarterly summary report of its dispute screening rules (矛盾纠纷排查制度: "矛盾纠纷排查实行总结报告制度，一季度一总结一报告").
/// Given a range of dates it yields the returns due. Pure, immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The rules say only "及时" (timely) and name no day. The reading here is the simplest one: a return reports on a whole month
/// or quarter, so it is due on the period's last day, or on the next working day when that day is a rest day (as a period's
/// last day is moved forward); never before the period's last day. It is the reading of
/// <see cref="ScreeningSchedule.QuarterlyReportDue"/>, which gives the same day for the screening summary.
/// </para>
/// <para>
/// Quarters are January–March, April–June, July–September and October–December. A return is listed when its due day falls
/// in the range asked about, ordered by due day and then by kind.
/// </para>
/// </remarks>
public sealed class StabilityReturnSchedule
{
    private const int LongestRestRun = 31;

    private readonly OfficeCalendar office;

    /// <summary>Creates a schedule.</summary>
    /// <param name="calendar">The office's calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public StabilityReturnSchedule(OfficeCalendar calendar)
    {
        office = Preconditions.CheckNotNull(calendar);
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar => office.Calendar;

    /// <summary>Lists the returns due on the days of <paramref name="range"/>, by due day and then by kind.</summary>
    /// <param name="range">The days asked about, both ends included.</param>
    /// <returns>The returns due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public IReadOnlyList<StabilityReturn> Due(DateInterval range)
    {
        Preconditions.CheckNotNull(range);
        Calendar.GetDayType(range.Start);
        Calendar.GetDayType(range.End);
        var due = new List<StabilityReturn>();

        // A period that ended a little before the range can be due in it, when its last day starts a run of rest days.
        for (var month = Quarters.MonthOf(range.Start.PlusDays(-LongestRestRun)); month.Start <= range.End; month = Quarters.MonthOf(month.End.PlusDays(1)))
        {
            if (month.End < Calendar.Coverage.Start)
            {
                continue;
            }

            foreach (var kind in Enum.GetValues<StabilityReturnKind>())
            {
                if (kind == StabilityReturnKind.MonthlyVisitReturn || month.End == Quarters.Of(month.Start).End)
                {
                    var item = For(kind, month.Start);
                    if (range.Contains(item.Due))
                    {
                        due.Add(item);
                    }
                }
            }
        }

        return ImmutableLists.Of(due.OrderBy(r => r.Due).ThenBy(r => r.Kind));
    }

    /// <summary>Returns the return of kind <paramref name="kind"/> for the month or quarter holding <paramref name="date"/>.</summary>
    /// <param name="kind">Which return.</param>
    /// <param name="date">Any day of the period.</param>
    /// <returns>The return and its due day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public StabilityReturn For(StabilityReturnKind kind, LocalDate date)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind = " + ((int)kind).ToString(CultureInfo.InvariantCulture) + ": the return is MonthlyVisitReturn, QuarterlyVisitReturn or QuarterlyScreeningSummary. / 报告种类须为每月来访情况、季度来访情况或季度排查总结报告。");
        }

        var period = kind == StabilityReturnKind.MonthlyVisitReturn ? Quarters.MonthOf(date) : Quarters.Of(date);
        var dueDay = Calendar.IsWorkingDay(period.End) ? period.End : Calendar.NextWorkingDay(period.End);
        return kind switch
        {
            StabilityReturnKind.MonthlyVisitReturn => new StabilityReturn(kind, period, dueDay, Quarters.ChineseMonth(period) + "来访情况归类上报", "monthly return of visits for " + Quarters.EnglishMonth(period)),
            StabilityReturnKind.QuarterlyVisitReturn => new StabilityReturn(kind, period, dueDay, Quarters.Chinese(period) + "来访情况归类上报", "quarterly return of visits for " + Quarters.English(period)),
            _ => new StabilityReturn(kind, period, dueDay, Quarters.Chinese(period) + "矛盾纠纷排查总结报告", "quarterly summary report of the dispute screening for " + Quarters.English(period)),
        };
    }
}
