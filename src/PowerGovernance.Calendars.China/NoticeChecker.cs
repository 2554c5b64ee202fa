using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// Checks one year's holiday arrangement (节假日安排, as set by the yearly notice 国务院办公厅关于…部分节假日安排的通知
/// and read from a working calendar) against the holiday law (全国年节及纪念日放假办法) in force that year, and
/// reports what it finds as <see cref="Finding"/> values with the codes of <see cref="NoticeCheckCodes"/>.
/// </summary>
/// <remarks>
/// <para>The rules, in the order their findings are reported:</para>
/// <list type="number">
/// <item><description><see cref="NoticeCheckCodes.StatutoryDayWorked"/> (error): every statutory day of
/// <see cref="HolidayLawVersion.StatutoryDays"/> (Art. 2) is a rest day.</description></item>
/// <item><description><see cref="NoticeCheckCodes.MakeUpDayNotOnWeekend"/> (error): every make-up working day is a
/// Saturday or Sunday.</description></item>
/// <item><description><see cref="NoticeCheckCodes.HolidayBlockInterrupted"/> (error): between two days of the same
/// named holiday less than a week apart there is no working day.</description></item>
/// <item><description><see cref="NoticeCheckCodes.StatutoryDayNotGivenBack"/> (error): Art. 6 — a statutory day on a
/// Saturday or Sunday is given back on a working day. Then the year's weekdays off, less its make-up working days,
/// are at least <see cref="HolidayLawVersion.StatutoryDayCount"/>. Days of the New Year holiday in December
/// (off or worked) are counted with the next year, whose notice sets them (e.g. 2007-12-29 worked and
/// 2007-12-31 off for 2008's New Year).</description></item>
/// <item><description><see cref="NoticeCheckCodes.LongWorkingRun"/> (warning, only under a version with
/// <see cref="HolidayLawVersion.HasConsecutiveWorkingDaysRule"/>): Art. 7 — no more than
/// <see cref="HolidayLawVersion.MaxConsecutiveWorkingDays"/> consecutive working days right before or after a
/// holiday block (the run of rest days around a statutory day), counting only days the calendar covers. The official
/// arrangements of 2004–2023 had 25 such runs (e.g. 10 days, 2004-01-12 to 01-21), when no rule limited them.</description></item>
/// <item><description><see cref="NoticeCheckCodes.UnusualWorkingDayTotal"/> (warning): the year has
/// <see cref="UsualMinWorkingDays"/>–<see cref="UsualMaxWorkingDays"/> working days.</description></item>
/// </list>
/// <para>
/// Saturday and Sunday are the weekend (Art. 6: 星期六、星期日), whatever weekend the calendar uses. Pure: it only
/// reads the calendar; thread-safe.
/// </para>
/// </remarks>
public static partial class NoticeChecker
{
    /// <summary>The fewest working days a year is expected to have (245); 2004–2026 had 248 to 252.</summary>
    public const int UsualMinWorkingDays = 245;

    /// <summary>The most working days a year is expected to have (252); 2004–2026 had 248 to 252.</summary>
    public const int UsualMaxWorkingDays = 252;

    /// <summary>Days of the same holiday further apart than this belong to different blocks (e.g. January 1 and a December 31 New Year).</summary>
    private const int SameBlockMaxGap = 7;

    /// <summary>
    /// Checks <paramref name="year"/>'s arrangement in <paramref name="calendar"/> against the version of the
    /// holiday law in force on January 1 of that year (<see cref="HolidayLawVersion.InForceIn"/>).
    /// </summary>
    /// <param name="calendar">The working calendar holding the arrangement, e.g. <see cref="ChinaCalendars.Official"/>.</param>
    /// <param name="year">The year, from <see cref="HolidayLawVersion.FirstYear"/> to <see cref="HolidayLawVersion.LastYear"/>, wholly inside the calendar's coverage.</param>
    /// <returns>The findings, errors first; empty when the arrangement keeps the law.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2000–2100.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the whole year.</exception>
    public static IReadOnlyList<Finding> Check(IWorkingCalendar calendar, int year) =>
        Check(calendar, year, HolidayLawVersion.InForceIn(year));

    /// <summary>
    /// Checks <paramref name="year"/>'s arrangement in <paramref name="calendar"/> against
    /// <paramref name="version"/> of the holiday law, e.g. to see how a year would fare under another version.
    /// </summary>
    /// <param name="calendar">The working calendar holding the arrangement.</param>
    /// <param name="year">The year, from <see cref="HolidayLawVersion.FirstYear"/> to <see cref="HolidayLawVersion.LastYear"/>, wholly inside the calendar's coverage.</param>
    /// <param name="version">The version of the law to check against.</param>
    /// <returns>The findings, errors first; empty when the arrangement keeps the law.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2000–2100.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not cover the whole year.</exception>
    public static IReadOnlyList<Finding> Check(IWorkingCalendar calendar, int year, HolidayLawVersion version)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(version);
        var statutoryDays = version.StatutoryDays(year);
        var first = new LocalDate(year, 1, 1);
        var last = new LocalDate(year, 12, 31);
        foreach (var edge in new[] { first, last })
        {
            if (!calendar.Coverage.Contains(edge))
            {
                throw new CalendarCoverageException(calendar.Id, calendar.Coverage, edge, nameof(year));
            }
        }

        var findings = new List<Finding>();
        CheckStatutoryDaysRest(calendar, version, statutoryDays, findings);
        CheckMakeUpDaysOnWeekends(calendar, first, last, findings);
        CheckBlocksContiguous(calendar, first, last, findings);
        CheckGivenBack(calendar, version, year, statutoryDays, findings);
        if (version.HasConsecutiveWorkingDaysRule)
        {
            CheckWorkingRuns(calendar, version, statutoryDays, findings);
        }

        CheckWorkingDayTotal(calendar, first, last, findings);
        return findings.AsReadOnly();
    }

    private static void CheckStatutoryDaysRest(IWorkingCalendar calendar, HolidayLawVersion version, IReadOnlyList<StatutoryDay> days, List<Finding> findings)
    {
        foreach (var day in days)
        {
            if (calendar.IsWorkingDay(day.Date))
            {
                var iso = NoticeText.Iso(day.Date);
                findings.Add(new Finding(
                    NoticeCheckCodes.StatutoryDayWorked,
                    FindingSeverity.Error,
                    iso,
                    iso,
                    $"{iso} is {day.Name.English}, a statutory holiday for everyone under Art. 2 of the holiday law ({NoticeText.DecreeEnglish(version)}), but calendar '{calendar.Id}' makes it a working day.",
                    $"{NoticeText.Chinese(day.Date)}为{day.Name.Chinese}，依{NoticeText.DecreeChinese(version)}第二条为全体公民放假的节日，但日历“{calendar.Id}”将其定为工作日。"));
            }
        }
    }

    private static void CheckMakeUpDaysOnWeekends(IWorkingCalendar calendar, LocalDate first, LocalDate last, List<Finding> findings)
    {
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (!IsWeekend(date) && calendar.GetDayType(date) == DayType.MakeUpWorkingDay)
            {
                var iso = NoticeText.Iso(date);
                findings.Add(new Finding(
                    NoticeCheckCodes.MakeUpDayNotOnWeekend,
                    FindingSeverity.Error,
                    iso,
                    iso,
                    $"{iso} ({date.DayOfWeek}) is marked as a make-up working day, but a make-up working day is a Saturday or Sunday made a working day; a weekday is a working day anyway.",
                    $"{NoticeText.Chinese(date)}（{ChineseWeekday(date)}）被标为调休上班日，但调休上班日是被安排上班的星期六或星期日，工作日本来就上班。"));
            }
        }
    }

    private static void CheckBlocksContiguous(IWorkingCalendar calendar, LocalDate first, LocalDate last, List<Finding> findings)
    {
        var daysByName = new Dictionary<HolidayName, List<LocalDate>>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (calendar.GetDayType(date) is DayType.Holiday or DayType.StatutoryHoliday && calendar.GetHolidayName(date) is { } name)
            {
                if (!daysByName.TryGetValue(name, out var dates))
                {
                    dates = [];
                    daysByName.Add(name, dates);
                }

                dates.Add(date);
            }
        }

        var interrupted = new SortedDictionary<LocalDate, Finding>();
        foreach (var (name, dates) in daysByName)
        {
            var blockStart = 0;
            for (var i = 1; i <= dates.Count; i++)
            {
                if (i < dates.Count && Period.Between(dates[i - 1], dates[i], PeriodUnits.Days).Days <= SameBlockMaxGap)
                {
                    continue;
                }

                var start = dates[blockStart];
                var end = dates[i - 1];
                for (var date = start.PlusDays(1); date < end; date = date.PlusDays(1))
                {
                    if (calendar.IsWorkingDay(date) && !interrupted.ContainsKey(date))
                    {
                        var iso = NoticeText.Iso(date);
                        interrupted.Add(date, new Finding(
                            NoticeCheckCodes.HolidayBlockInterrupted,
                            FindingSeverity.Error,
                            iso,
                            iso,
                            $"{iso} is a working day inside the {name.English} holiday ({NoticeText.Iso(start)} to {NoticeText.Iso(end)}): a holiday the notice announces is one run of rest days.",
                            $"{NoticeText.Chinese(date)}为工作日，却位于{name.Chinese}假期（{NoticeText.Chinese(start)}至{NoticeText.Chinese(end)}）之中：通知公布的放假期间应为连续的休息日。"));
                    }
                }

                blockStart = i;
            }
        }

        findings.AddRange(interrupted.Values);
    }

    private static void CheckGivenBack(IWorkingCalendar calendar, HolidayLawVersion version, int year, IReadOnlyList<StatutoryDay> days, List<Finding> findings)
    {
        // The arrangement of a year: its own days, less the December days of next year's New Year holiday,
        // plus the December days of its own New Year holiday in the year before (when covered).
        var weekdaysOff = 0;
        var weekendsWorked = 0;
        var from = new LocalDate(year - 1, 12, 1);
        var to = new LocalDate(year, 12, 31);
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (!Covers(calendar, date))
            {
                continue;
            }

            var partOfThisYear = date.Year == year ? !IsDecemberNewYearDay(calendar, date) : IsDecemberNewYearDay(calendar, date);
            if (!partOfThisYear)
            {
                continue;
            }

            var working = calendar.IsWorkingDay(date);
            if (!working && !IsWeekend(date))
            {
                weekdaysOff++;
            }
            else if (working && IsWeekend(date))
            {
                weekendsWorked++;
            }
        }

        var net = weekdaysOff - weekendsWorked;
        if (net >= version.StatutoryDayCount)
        {
            return;
        }

        var onWeekends = string.Join(", ", days.Where(d => d.IsOnWeekend).Select(d => NoticeText.Iso(d.Date)).Distinct());
        var onWeekendsChinese = string.Join("、", days.Where(d => d.IsOnWeekend).Select(d => NoticeText.Chinese(d.Date)).Distinct());
        var yearText = NoticeText.Invariant(year);
        findings.Add(new Finding(
            NoticeCheckCodes.StatutoryDayNotGivenBack,
            FindingSeverity.Error,
            yearText,
            NoticeText.Invariant(net),
            $"In {yearText} the arrangement gives {NoticeText.Invariant(net)} weekday(s) off net of make-up working days ({NoticeText.Invariant(weekdaysOff)} weekdays off, {NoticeText.Invariant(weekendsWorked)} weekend days worked), fewer than the {NoticeText.Invariant(version.StatutoryDayCount)} statutory days of {NoticeText.DecreeEnglish(version)}: a statutory day on a Saturday or Sunday ({(onWeekends.Length == 0 ? "none this year" : onWeekends)}) must be given back on a working day (Art. 6).",
            $"{yearText}年的安排扣除调休上班日后只有{NoticeText.Invariant(net)}个工作日放假（工作日放假{NoticeText.Invariant(weekdaysOff)}天，周末上班{NoticeText.Invariant(weekendsWorked)}天），少于{NoticeText.DecreeChinese(version)}规定的{NoticeText.Invariant(version.StatutoryDayCount)}天法定节假日：全体公民放假的假日适逢星期六、星期日（{(onWeekendsChinese.Length == 0 ? "本年没有" : onWeekendsChinese)}），应当在工作日补假（第六条）。"));
    }

    private static void CheckWorkingRuns(IWorkingCalendar calendar, HolidayLawVersion version, IReadOnlyList<StatutoryDay> days, List<Finding> findings)
    {
        var reported = new HashSet<LocalDate>();
        foreach (var day in days)
        {
            if (calendar.IsWorkingDay(day.Date))
            {
                continue;
            }

            var blockStart = day.Date;
            while (Covers(calendar, blockStart.PlusDays(-1)) && !calendar.IsWorkingDay(blockStart.PlusDays(-1)))
            {
                blockStart = blockStart.PlusDays(-1);
            }

            var blockEnd = day.Date;
            while (Covers(calendar, blockEnd.PlusDays(1)) && !calendar.IsWorkingDay(blockEnd.PlusDays(1)))
            {
                blockEnd = blockEnd.PlusDays(1);
            }

            var runBeforeStart = blockStart;
            while (Covers(calendar, runBeforeStart.PlusDays(-1)) && calendar.IsWorkingDay(runBeforeStart.PlusDays(-1)))
            {
                runBeforeStart = runBeforeStart.PlusDays(-1);
            }

            var runAfterEnd = blockEnd;
            while (Covers(calendar, runAfterEnd.PlusDays(1)) && calendar.IsWorkingDay(runAfterEnd.PlusDays(1)))
            {
                runAfterEnd = runAfterEnd.PlusDays(1);
            }

            ReportRun(runBeforeStart, blockStart.PlusDays(-1), before: true);
            ReportRun(blockEnd.PlusDays(1), runAfterEnd, before: false);

            void ReportRun(LocalDate start, LocalDate end, bool before)
            {
                var length = Period.Between(start, end, PeriodUnits.Days).Days + 1;
                if (length <= HolidayLawVersion.MaxConsecutiveWorkingDays || !reported.Add(start))
                {
                    return;
                }

                var iso = NoticeText.Iso(start);
                var where = before ? "before" : "after";
                var whereChinese = before ? "之前" : "之后";
                findings.Add(new Finding(
                    NoticeCheckCodes.LongWorkingRun,
                    FindingSeverity.Warning,
                    iso,
                    iso,
                    $"The {NoticeText.Invariant(length)} consecutive working days from {iso} to {NoticeText.Iso(end)}, {where} the {day.Name.English} holiday ({NoticeText.Iso(blockStart)} to {NoticeText.Iso(blockEnd)}), are more than {NoticeText.Invariant(HolidayLawVersion.MaxConsecutiveWorkingDays)}: under Art. 7 of {NoticeText.DecreeEnglish(version)}, apart from special cases, consecutive working days before and after a statutory holiday are generally not more than 6.",
                    $"{NoticeText.Chinese(start)}至{NoticeText.Chinese(end)}连续工作{NoticeText.Invariant(length)}天，在{day.Name.Chinese}假期（{NoticeText.Chinese(blockStart)}至{NoticeText.Chinese(blockEnd)}）{whereChinese}，超过{NoticeText.Invariant(HolidayLawVersion.MaxConsecutiveWorkingDays)}天：依{NoticeText.DecreeChinese(version)}第七条，除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天。"));
            }
        }
    }

    private static void CheckWorkingDayTotal(IWorkingCalendar calendar, LocalDate first, LocalDate last, List<Finding> findings)
    {
        var total = 0;
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                total++;
            }
        }

        if (total is >= UsualMinWorkingDays and <= UsualMaxWorkingDays)
        {
            return;
        }

        var year = NoticeText.Invariant(first.Year);
        findings.Add(new Finding(
            NoticeCheckCodes.UnusualWorkingDayTotal,
            FindingSeverity.Warning,
            year,
            NoticeText.Invariant(total),
            $"{year} has {NoticeText.Invariant(total)} working days in calendar '{calendar.Id}', outside the usual {NoticeText.Invariant(UsualMinWorkingDays)}–{NoticeText.Invariant(UsualMaxWorkingDays)}: check the year's holiday blocks and make-up working days against the notice.",
            $"日历“{calendar.Id}”中{year}年共有{NoticeText.Invariant(total)}个工作日，不在通常的{NoticeText.Invariant(UsualMinWorkingDays)}—{NoticeText.Invariant(UsualMaxWorkingDays)}天范围内：请对照通知核对本年的放假期间和调休上班日。"));
    }

    private static bool IsDecemberNewYearDay(IWorkingCalendar calendar, LocalDate date) =>
        date.Month == 12
        && calendar.GetDayType(date) is DayType.Holiday or DayType.StatutoryHoliday or DayType.MakeUpWorkingDay
        && calendar.GetHolidayName(date) is { } name
        && name.Chinese.Split('、').Contains(FestivalNames.NewYear.Chinese);

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static bool Covers(IWorkingCalendar calendar, LocalDate date) => calendar.Coverage.Contains(date);

    private static string ChineseWeekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };
}
