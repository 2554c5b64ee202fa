using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Stability;

/// <summary>
/// The dispute-screening duty schedule (矛盾纠纷排查值班表) of a township's comprehensive-governance and stability office, as
/// its dispute screening rules set it: "综治维稳办公室每十五天进行一次矛盾纠纷排查，重大节日、重大活动和敏感时期前夕集中排查".
/// Given a range of dates it yields the days a screening is due. Pure, immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// <b>Every 15 days.</b> The rule says days (天), so the cadence is natural days: the office's first screening (the
/// anchor) and every 15th day after it. A screening whose day is not a working day is held on the next working day; the
/// cadence keeps counting from the anchor, so one moved screening never shifts the ones after it.
/// </para>
/// <para>
/// <b>Before holidays.</b> Every official holiday block the calendar knows (a run of holiday rest days with no working
/// day between them, e.g. 2025-10-01..10-08 国庆节、中秋节) calls for a concentrated screening on its eve: the last working
/// day before the block, a make-up working day included (the eve of Spring Festival 2026 is Saturday 2026-02-14, a
/// make-up working day). Weekends next to a block do not start it: the eve of a block that starts on a Monday is the
/// Friday before.
/// </para>
/// <para>
/// <b>Before sensitive periods and major events.</b> The host names them (<see cref="SensitivePeriod"/>); the eve is the
/// last working day before the first day of the period.
/// </para>
/// <para>
/// A day with several reasons appears once for each, ordered by date and then by reason.
/// </para>
/// </remarks>
public sealed class ScreeningSchedule
{
    /// <summary>The cadence of the regular screening, in natural days: 15 (每十五天进行一次).</summary>
    public const int IntervalDays = 15;

    private const int LongestRestRun = 31;

    private readonly OfficeCalendar office;
    private readonly IReadOnlyList<SensitivePeriod> sensitivePeriods;

    /// <summary>Creates a schedule.</summary>
    /// <param name="calendar">The office's calendar; its holidays are the holidays before which a screening is due.</param>
    /// <param name="anchor">The day of the office's first regular screening; the cadence counts from it.</param>
    /// <param name="sensitivePeriods">The sensitive periods and major events the office names, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or an element of <paramref name="sensitivePeriods"/> is null.</exception>
    public ScreeningSchedule(OfficeCalendar calendar, LocalDate anchor, IEnumerable<SensitivePeriod>? sensitivePeriods = null)
    {
        office = Preconditions.CheckNotNull(calendar);
        Anchor = anchor;
        var periods = (sensitivePeriods ?? []).ToArray();
        if (Array.IndexOf(periods, null) >= 0)
        {
            throw new ArgumentNullException(nameof(sensitivePeriods), "A sensitive period is null. / 敏感时期不能为空。");
        }

        this.sensitivePeriods = ImmutableLists.Of(periods);
    }

    /// <summary>Gets the working calendar.</summary>
    public IWorkingCalendar Calendar => office.Calendar;

    /// <summary>Gets the day of the first regular screening (首次排查日).</summary>
    public LocalDate Anchor { get; }

    /// <summary>Gets the sensitive periods and major events the office named (敏感时期、重大活动).</summary>
    public IReadOnlyList<SensitivePeriod> SensitivePeriods => sensitivePeriods;

    /// <summary>Lists the screenings due on the days of <paramref name="range"/>, by date and then by reason.</summary>
    /// <param name="range">The days asked about, both ends included.</param>
    /// <returns>The screenings due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public IReadOnlyList<ScreeningDate> Due(DateInterval range)
    {
        Preconditions.CheckNotNull(range);
        Calendar.GetDayType(range.Start);
        Calendar.GetDayType(range.End);
        var due = new List<ScreeningDate>();
        AddPeriodic(range, due);
        AddHolidayEves(range, due);
        foreach (var period in sensitivePeriods)
        {
            var eve = LastWorkingDayBefore(period.Period.Start);
            if (eve is { } day && range.Contains(day))
            {
                var first = Iso(period.Period.Start);
                due.Add(new ScreeningDate(day, ScreeningReason.BeforeSensitivePeriod, period.ChineseName + "（" + first + "起）前夕集中排查", "concentrated screening before " + period.EnglishName + " (from " + first + ")"));
            }
        }

        return ImmutableLists.Of(due.OrderBy(d => d.Date).ThenBy(d => d.Reason).ThenBy(d => d.Occasion, StringComparer.Ordinal));
    }

    /// <summary>Returns whether a screening is due on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <see cref="Due"/> lists the day.</returns>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public bool IsDue(LocalDate date) => Due(new DateInterval(date, date)).Count > 0;

    /// <summary>
    /// Returns the day the quarterly summary report of the screening is due (矛盾纠纷排查实行总结报告制度，一季度一总结一报告): the
    /// last day of the quarter holding <paramref name="date"/>, or the next working day when that day is not a working day (as
    /// a period's last day is moved forward).
    /// </summary>
    /// <param name="date">Any day of the quarter.</param>
    /// <returns>The due day, e.g. Mon 2024-07-01 for the second quarter of 2024 (06-30 is a Sunday).</returns>
    /// <exception cref="CalendarCoverageException">A day needed is outside the calendar's coverage.</exception>
    public LocalDate QuarterlyReportDue(LocalDate date)
    {
        var end = new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 3, 1).PlusMonths(1).PlusDays(-1);
        return Calendar.IsWorkingDay(end) ? end : Calendar.NextWorkingDay(end);
    }

    private void AddPeriodic(DateInterval range, List<ScreeningDate> due)
    {
        // Only nominal days from a little before the range can be moved into it (no rest run is longer than a month).
        var skip = Period.Between(Anchor, range.Start, PeriodUnits.Days).Days - LongestRestRun;
        var k = skip <= 0 ? 0 : skip / IntervalDays;
        for (var nominal = Anchor.PlusDays(k * IntervalDays); nominal <= range.End; nominal = nominal.PlusDays(IntervalDays), k++)
        {
            if (nominal < Calendar.Coverage.Start)
            {
                continue;
            }

            var day = Calendar.IsWorkingDay(nominal) ? nominal : Calendar.NextWorkingDay(nominal);
            if (!range.Contains(day))
            {
                continue;
            }

            var number = (k + 1).ToString(CultureInfo.InvariantCulture);
            due.Add(day == nominal
                ? new ScreeningDate(day, ScreeningReason.Periodic, "第" + number + "次定期排查", "regular screening no. " + number)
                : new ScreeningDate(day, ScreeningReason.Periodic, "第" + number + "次定期排查（" + Iso(nominal) + "逢休息日顺延）", "regular screening no. " + number + " (" + Iso(nominal) + " is a rest day, moved to the next working day)"));
        }
    }

    private void AddHolidayEves(DateInterval range, List<ScreeningDate> due)
    {
        var last = range.End.PlusDays(LongestRestRun);
        if (last > Calendar.Coverage.End)
        {
            last = Calendar.Coverage.End;
        }

        for (var day = range.Start.PlusDays(1); day <= last; day = day.PlusDays(1))
        {
            if (!IsHolidayRest(day))
            {
                continue;
            }

            var eve = LastWorkingDayBefore(day);
            if (eve is not { } e || !range.Contains(e) || HolidayRestBetween(e, day))
            {
                continue;
            }

            var name = Calendar.GetHolidayName(day)!;
            var first = Iso(day);
            due.Add(new ScreeningDate(e, ScreeningReason.BeforeHoliday, name.Chinese + "（" + first + "起）前夕集中排查", "concentrated screening before " + name.English + " (from " + first + ")"));
        }
    }

    private bool IsHolidayRest(LocalDate day) =>
        Calendar.GetDayType(day) is DayType.Holiday or DayType.StatutoryHoliday;

    private bool HolidayRestBetween(LocalDate eve, LocalDate day)
    {
        for (var d = eve.PlusDays(1); d < day; d = d.PlusDays(1))
        {
            if (IsHolidayRest(d))
            {
                return true;
            }
        }

        return false;
    }

    private LocalDate? LastWorkingDayBefore(LocalDate day)
    {
        for (var d = day.PlusDays(-1); d >= Calendar.Coverage.Start; d = d.PlusDays(-1))
        {
            if (Calendar.IsWorkingDay(d))
            {
                return d;
            }
        }

        return null;
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
