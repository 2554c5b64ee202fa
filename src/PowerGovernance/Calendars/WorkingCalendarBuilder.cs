using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// Builds a <see cref="WorkingCalendar"/> (工作日历): weekend days, holidays, make-up working days
/// (调休上班日) and coverage; or, with <see cref="OverlayOn"/>, a local calendar on top of a base
/// calendar (a province's extra holiday, a closure).
/// </summary>
/// <remarks>
/// The builder collects data without judging it; <see cref="Build"/> checks everything and reports
/// every problem at once in an <see cref="InvalidCalendarException"/>. A builder is not thread-safe;
/// the calendars it builds are.
/// </remarks>
public sealed class WorkingCalendarBuilder
{
    /// <summary>The longest coverage a calendar may have, in days (about 200 years).</summary>
    public const int MaxCoverageDays = 73_000;

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly IsoDayOfWeek[] DefaultWeekend = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private readonly List<HolidayEntry> holidays = [];
    private readonly List<MakeUpEntry> makeUpDays = [];
    private readonly List<CalendarSource> sources = [];
    private readonly IWorkingCalendar? baseCalendar;
    private IsoDayOfWeek[] weekendDays = DefaultWeekend;
    private string id;
    private string? name;
    private (LocalDate Start, LocalDate End, int? Line)? coverage;

    /// <summary>Starts a standalone calendar with Saturday and Sunday as weekend days and no coverage yet.</summary>
    /// <param name="id">The calendar's identifier, e.g. <c>cn-official</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public WorkingCalendarBuilder(string id)
    {
        this.id = Preconditions.CheckNotNull(id);
    }

    private WorkingCalendarBuilder(string id, IWorkingCalendar baseCalendar)
        : this(id)
    {
        this.baseCalendar = baseCalendar;
        coverage = (baseCalendar.Coverage.Start, baseCalendar.Coverage.End, null);
    }

    /// <summary>
    /// Starts a local calendar on top of <paramref name="baseCalendar"/>: every day keeps its base day
    /// type unless this builder adds a local holiday or closure (or a local make-up working day) on it.
    /// The base is referenced, not copied; coverage defaults to the base's coverage.
    /// </summary>
    /// <param name="baseCalendar">The calendar to overlay, usually <c>ChinaCalendars.Official</c>.</param>
    /// <param name="id">The local calendar's identifier, e.g. <c>cn-gx</c>.</param>
    /// <returns>A builder for the overlay.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static WorkingCalendarBuilder OverlayOn(IWorkingCalendar baseCalendar, string id) =>
        new(Preconditions.CheckNotNull(id), Preconditions.CheckNotNull(baseCalendar));

    /// <summary>Sets the calendar's identifier.</summary>
    /// <param name="calendarId">The identifier.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithId(string calendarId)
    {
        id = Preconditions.CheckNotNull(calendarId);
        return this;
    }

    /// <summary>Sets the calendar's display name.</summary>
    /// <param name="displayName">The display name.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithName(string displayName)
    {
        name = Preconditions.CheckNotNull(displayName);
        return this;
    }

    /// <summary>Sets the dates the calendar knows, both ends inclusive.</summary>
    /// <param name="first">The first known date.</param>
    /// <param name="last">The last known date.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder WithCoverage(LocalDate first, LocalDate last) => WithCoverage(first, last, null);

    /// <summary>Sets the dates the calendar knows.</summary>
    /// <param name="interval">The known dates.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public WorkingCalendarBuilder WithCoverage(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval);
        return WithCoverage(interval.Start, interval.End, null);
    }

    /// <summary>
    /// Sets the weekend days (default Saturday and Sunday). Not available on an overlay, whose days
    /// keep the base calendar's day types.
    /// </summary>
    /// <param name="days">The weekend days; may be empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is not Monday … Sunday.</exception>
    /// <exception cref="InvalidOperationException">This builder is an overlay.</exception>
    public WorkingCalendarBuilder WithWeekendDays(params IsoDayOfWeek[] days)
    {
        Preconditions.CheckNotNull(days);
        if (baseCalendar is not null)
        {
            throw new InvalidOperationException("An overlay keeps the weekend days of its base calendar.");
        }

        foreach (var day in days)
        {
            Preconditions.CheckArgumentRange((int)day, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Sunday, nameof(days));
        }

        weekendDays = days.Distinct().OrderBy(d => d).ToArray();
        return this;
    }

    /// <summary>Adds a one-day holiday (or, on an overlay, a local holiday or closure).</summary>
    /// <param name="date">The day off.</param>
    /// <param name="holiday">The holiday's name.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder AddHoliday(LocalDate date, HolidayName holiday) => AddHoliday(date, date, holiday, null);

    /// <summary>Adds a holiday block, both ends inclusive, including any weekend days inside it.</summary>
    /// <param name="first">The first day off.</param>
    /// <param name="last">The last day off.</param>
    /// <param name="holiday">The holiday's name.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder AddHoliday(LocalDate first, LocalDate last, HolidayName holiday) => AddHoliday(first, last, holiday, null);

    /// <summary>Adds a make-up working day (调休上班日): a weekend day that is worked to make up for <paramref name="holiday"/>.</summary>
    /// <param name="date">The weekend day that is worked.</param>
    /// <param name="holiday">The holiday it makes up for.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder AddMakeUpWorkingDay(LocalDate date, HolidayName holiday) => AddMakeUpWorkingDay(date, holiday, null);

    /// <summary>Records the official document a year's arrangement comes from.</summary>
    /// <param name="source">The source document.</param>
    /// <returns>This builder.</returns>
    public WorkingCalendarBuilder AddSource(CalendarSource source)
    {
        sources.Add(Preconditions.CheckNotNull(source));
        return this;
    }

    /// <summary>Checks the data and builds the calendar.</summary>
    /// <returns>An immutable, thread-safe calendar.</returns>
    /// <exception cref="InvalidCalendarException">
    /// The data breaks one or more rules (see <see cref="CalendarRuleCodes"/>); every problem is reported.
    /// </exception>
    public WorkingCalendar Build()
    {
        var problems = Check();
        if (problems.Count > 0)
        {
            throw new InvalidCalendarException(string.IsNullOrWhiteSpace(id) ? null : id, problems);
        }

        var (first, last, _) = coverage!.Value;
        var interval = new DateInterval(first, last);
        var length = interval.Length;
        var types = new DayType[length];
        var weekend = new bool[8];
        foreach (var day in weekendDays)
        {
            weekend[(int)day] = true;
        }

        HolidayName?[]? names = baseCalendar is null ? new HolidayName?[length] : null;
        var localNames = baseCalendar is null ? null : new Dictionary<LocalDate, HolidayName>();
        var date = first;
        for (var i = 0; i < length; i++)
        {
            types[i] = baseCalendar is null
                ? (weekend[(int)date.DayOfWeek] ? DayType.Weekend : DayType.WorkingWeekday)
                : baseCalendar.GetDayType(date);
            date = date.PlusDays(1);
        }

        foreach (var holiday in holidays)
        {
            for (var day = holiday.First; day <= holiday.Last; day = day.PlusDays(1))
            {
                Mark(day, DayType.Holiday, holiday.Name);
            }
        }

        foreach (var makeUp in makeUpDays)
        {
            Mark(makeUp.Date, DayType.MakeUpWorkingDay, makeUp.Name);
        }

        var weekendList = baseCalendar is WorkingCalendar baseWorking ? baseWorking.WeekendDays : weekendDays;
        return new WorkingCalendar(id, name, interval, weekendList, types, names, localNames, baseCalendar, sources.ToArray());

        void Mark(LocalDate day, DayType type, HolidayName holidayName)
        {
            var index = Period.DaysBetween(first, day);
            types[index] = type;
            if (names is not null)
            {
                names[index] = holidayName;
            }
            else
            {
                localNames![day] = holidayName;
            }
        }
    }

    internal WorkingCalendarBuilder WithCoverage(LocalDate first, LocalDate last, int? line)
    {
        coverage = (IsoDates.ToIso(first), IsoDates.ToIso(last), line);
        return this;
    }

    internal WorkingCalendarBuilder AddHoliday(LocalDate first, LocalDate last, HolidayName holiday, int? line)
    {
        Preconditions.CheckNotNull(holiday);
        holidays.Add(new HolidayEntry(IsoDates.ToIso(first), IsoDates.ToIso(last), holiday, line));
        return this;
    }

    internal WorkingCalendarBuilder AddMakeUpWorkingDay(LocalDate date, HolidayName holiday, int? line)
    {
        Preconditions.CheckNotNull(holiday);
        makeUpDays.Add(new MakeUpEntry(IsoDates.ToIso(date), holiday, line));
        return this;
    }

    private static string Format(LocalDate date) => Iso.Format(date);

    private static string Describe(HolidayEntry entry) =>
        entry.First == entry.Last ? Format(entry.First) : Format(entry.First) + ".." + Format(entry.Last);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private List<Finding> Check()
    {
        var problems = new List<Finding>();
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(Problem(CalendarRuleCodes.IdRequired, "calendar", null, "The calendar needs an identifier, e.g. 'cn-official'.", "日历需要标识，例如“cn-official”。", null));
        }

        DateInterval? known = CheckCoverage(problems);
        CheckHolidays(problems, known);
        CheckMakeUpDays(problems, known);
        return problems.OrderBy(p => p.Line ?? 0).ToList();
    }

    private DateInterval? CheckCoverage(List<Finding> problems)
    {
        if (coverage is not { } c)
        {
            problems.Add(Problem(CalendarRuleCodes.CoverageRequired, "coverage", null, "The calendar needs a coverage: the first and last dates it knows.", "日历需要覆盖范围：所知的第一天和最后一天。", null));
            return null;
        }

        var value = Format(c.Start) + ".." + Format(c.End);
        if (c.End < c.Start)
        {
            problems.Add(Problem(CalendarRuleCodes.ReversedRange, "coverage", value, "The coverage ends before it starts.", "覆盖范围的结束日期早于开始日期。", c.Line));
            return null;
        }

        if (Period.DaysBetween(c.Start, c.End) >= MaxCoverageDays)
        {
            problems.Add(Problem(CalendarRuleCodes.CoverageTooLong, "coverage", value, Invariant($"The coverage may be at most {MaxCoverageDays} days long."), Invariant($"覆盖范围最长为{MaxCoverageDays}天。"), c.Line));
            return null;
        }

        var interval = new DateInterval(c.Start, c.End);
        if (baseCalendar is not null && !(baseCalendar.Coverage.Contains(c.Start) && baseCalendar.Coverage.Contains(c.End)))
        {
            problems.Add(Problem(
                CalendarRuleCodes.OutsideCoverage,
                "coverage",
                value,
                Invariant($"An overlay's coverage must lie inside its base calendar '{baseCalendar.Id}', which covers {Format(baseCalendar.Coverage.Start)}..{Format(baseCalendar.Coverage.End)}."),
                Invariant($"叠加日历的覆盖范围须在其基础日历“{baseCalendar.Id}”的覆盖范围{Format(baseCalendar.Coverage.Start)}..{Format(baseCalendar.Coverage.End)}之内。"),
                c.Line));
            return null;
        }

        return interval;
    }

    private void CheckHolidays(List<Finding> problems, DateInterval? known)
    {
        var ordered = new List<HolidayEntry>();
        foreach (var holiday in holidays)
        {
            var field = "holiday " + Describe(holiday) + " (" + holiday.Name.Chinese + ")";
            if (holiday.Last < holiday.First)
            {
                problems.Add(Problem(CalendarRuleCodes.ReversedRange, field, Format(holiday.First) + ".." + Format(holiday.Last), "The holiday ends before it starts.", "节假日的结束日期早于开始日期。", holiday.Line));
                continue;
            }

            if (known is not null && !(known.Contains(holiday.First) && known.Contains(holiday.Last)))
            {
                problems.Add(Problem(CalendarRuleCodes.OutsideCoverage, field, Describe(holiday), OutsideText(known), OutsideChinese(known), holiday.Line));
                continue;
            }

            if (baseCalendar is not null && known is not null)
            {
                for (var day = holiday.First; day <= holiday.Last; day = day.PlusDays(1))
                {
                    if (baseCalendar.GetDayType(day) is DayType.Holiday or DayType.StatutoryHoliday)
                    {
                        var baseName = baseCalendar.GetHolidayName(day);
                        problems.Add(Problem(
                            CalendarRuleCodes.AlreadyHolidayInBase,
                            field,
                            Format(day),
                            Invariant($"{Format(day)} is already a holiday ({baseName?.Chinese}) in base calendar '{baseCalendar.Id}'."),
                            Invariant($"{Format(day)}在基础日历“{baseCalendar.Id}”中已是节假日（{baseName?.Chinese}）。"),
                            holiday.Line));
                        break;
                    }
                }
            }

            ordered.Add(holiday);
        }

        ordered.Sort((a, b) => a.First.CompareTo(b.First));
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var current = ordered[i];
            if (current.First <= previous.Last)
            {
                var where = previous.Line is { } line ? Invariant($" (line {line})") : string.Empty;
                var whereChinese = previous.Line is { } lineChinese ? Invariant($"（第{lineChinese}行）") : string.Empty;
                problems.Add(Problem(
                    CalendarRuleCodes.OverlappingHolidays,
                    "holiday " + Describe(current) + " (" + current.Name.Chinese + ")",
                    Describe(current),
                    Invariant($"The holiday overlaps holiday {Describe(previous)} ({previous.Name.Chinese}){where}; holiday blocks must not share a day."),
                    Invariant($"该节假日与节假日{Describe(previous)}（{previous.Name.Chinese}）{whereChinese}重叠；节假日不得有相同的日期。"),
                    current.Line));
            }

            if (current.Last < previous.Last)
            {
                ordered[i] = previous;
            }
        }
    }

    private void CheckMakeUpDays(List<Finding> problems, DateInterval? known)
    {
        var seen = new HashSet<LocalDate>();
        foreach (var makeUp in makeUpDays)
        {
            var field = "workday " + Format(makeUp.Date) + " (" + makeUp.Name.Chinese + ")";
            var value = Format(makeUp.Date);
            if (!seen.Add(makeUp.Date))
            {
                problems.Add(Problem(CalendarRuleCodes.DuplicateMakeUpDay, field, value, "The make-up working day is listed more than once.", "调休上班日重复列出。", makeUp.Line));
                continue;
            }

            if (known is not null && !known.Contains(makeUp.Date))
            {
                problems.Add(Problem(CalendarRuleCodes.OutsideCoverage, field, value, OutsideText(known), OutsideChinese(known), makeUp.Line));
                continue;
            }

            var holiday = holidays.FirstOrDefault(h => h.First <= makeUp.Date && makeUp.Date <= h.Last);
            if (holiday.Name is not null)
            {
                problems.Add(Problem(
                    CalendarRuleCodes.HolidayAndMakeUpDay,
                    field,
                    value,
                    Invariant($"{value} is also inside holiday {Describe(holiday)} ({holiday.Name.Chinese}); a day cannot be both a holiday and a make-up working day."),
                    Invariant($"{value}也在节假日{Describe(holiday)}（{holiday.Name.Chinese}）之内；同一天不能既是节假日又是调休上班日。"),
                    makeUp.Line));
                continue;
            }

            var isWeekend = baseCalendar is null || known is null
                ? weekendDays.Contains(makeUp.Date.DayOfWeek)
                : baseCalendar.GetDayType(makeUp.Date) == DayType.Weekend;
            if (!isWeekend)
            {
                var what = baseCalendar is null
                    ? Invariant($"{value} is a {makeUp.Date.DayOfWeek}, not one of the weekend days ({string.Join(", ", weekendDays)})")
                    : Invariant($"{value} is a {baseCalendar.GetDayType(makeUp.Date)} day in base calendar '{baseCalendar.Id}', not a weekend day");
                var whatChinese = baseCalendar is null
                    ? Invariant($"{value}是{ChineseWeekday(makeUp.Date.DayOfWeek)}，不是周末")
                    : Invariant($"{value}在基础日历“{baseCalendar.Id}”中不是周末");
                problems.Add(Problem(CalendarRuleCodes.MakeUpDayNotWeekend, field, value, what + "; only a weekend day can be made a working day.", whatChinese + "；只有周末才能调为上班日。", makeUp.Line));
            }
        }
    }

    private static string OutsideText(DateInterval known) =>
        Invariant($"The date is outside the calendar's coverage {Format(known.Start)}..{Format(known.End)}.");

    private static string OutsideChinese(DateInterval known) =>
        Invariant($"日期不在日历覆盖范围{Format(known.Start)}..{Format(known.End)}之内。");

    private static string ChineseWeekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    private static Finding Problem(string code, string path, string? value, string message, string chineseMessage, int? line) =>
        Finding.Error(code, path, value, message, chineseMessage) with { Line = line };

    private readonly record struct HolidayEntry(LocalDate First, LocalDate Last, HolidayName Name, int? Line);

    private readonly record struct MakeUpEntry(LocalDate Date, HolidayName Name, int? Line);
}
