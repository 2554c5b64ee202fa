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
        var problems = new CalendarProblemList();
        Check(problems, reportMissingId: true);
        problems.ThrowIfAny(id);
        return BuildChecked();
    }

    /// <summary>Builds the calendar from data <see cref="Check"/> found no problem in.</summary>
    internal WorkingCalendar BuildChecked()
    {
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
            if (i + 1 < length)
            {
                date = date.PlusDays(1);
            }
        }

        foreach (var holiday in holidays)
        {
            var start = Period.DaysBetween(first, holiday.First);
            var days = Period.DaysBetween(holiday.First, holiday.Last);
            for (var offset = 0; offset <= days; offset++)
            {
                Mark(start + offset, DayType.Holiday, holiday.Name);
            }
        }

        foreach (var makeUp in makeUpDays)
        {
            Mark(Period.DaysBetween(first, makeUp.Date), DayType.MakeUpWorkingDay, makeUp.Name);
        }

        var weekendList = baseCalendar is WorkingCalendar baseWorking ? baseWorking.WeekendDays : weekendDays;
        return new WorkingCalendar(id, name, interval, weekendList, types, names, localNames, baseCalendar, sources.ToArray());

        void Mark(int index, DayType type, HolidayName holidayName)
        {
            types[index] = type;
            if (names is not null)
            {
                names[index] = holidayName;
            }
            else
            {
                localNames![first.PlusDays(index)] = holidayName;
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

    /// <summary>Adds every problem of the data to <paramref name="problems"/>; linear in the number of entries (plus the coverage's days for an overlay).</summary>
    internal void Check(CalendarProblemList problems, bool reportMissingId)
    {
        if (reportMissingId && string.IsNullOrWhiteSpace(id))
        {
            problems.Add(Problem(CalendarRuleCodes.IdRequired, "calendar", null, "The calendar needs an identifier, e.g. 'cn-official'.", "日历需要标识，例如“cn-official”。", null));
        }

        DateInterval? known = CheckCoverage(problems);
        var sorted = CheckHolidays(problems, known);
        CheckMakeUpDays(problems, known, sorted);
    }

    private DateInterval? CheckCoverage(CalendarProblemList problems)
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

    /// <summary>
    /// Checks the holidays; returns those that do not end before they start, sorted by first day, each with the
    /// holiday reaching furthest among it and those before it (for <see cref="HolidayContaining"/>).
    /// </summary>
    private List<(HolidayEntry Entry, HolidayEntry Reaching)> CheckHolidays(CalendarProblemList problems, DateInterval? known)
    {
        var ordered = new List<HolidayEntry>(holidays.Count);
        var all = new List<HolidayEntry>(holidays.Count);
        var baseHolidays = baseCalendar is not null && known is not null ? NextBaseHoliday(known) : null;
        foreach (var holiday in holidays)
        {
            if (holiday.Last < holiday.First)
            {
                if (!problems.Skip(holiday.Line))
                {
                    problems.Add(Problem(CalendarRuleCodes.ReversedRange, Field(holiday), Format(holiday.First) + ".." + Format(holiday.Last), "The holiday ends before it starts.", "节假日的结束日期早于开始日期。", holiday.Line));
                }

                continue;
            }

            all.Add(holiday);
            if (known is not null && !(known.Contains(holiday.First) && known.Contains(holiday.Last)))
            {
                if (!problems.Skip(holiday.Line))
                {
                    problems.Add(Problem(CalendarRuleCodes.OutsideCoverage, Field(holiday), Describe(holiday), OutsideText(known), OutsideChinese(known), holiday.Line));
                }

                continue;
            }

            if (baseHolidays is not null && known is not null)
            {
                var next = baseHolidays[Period.DaysBetween(known.Start, holiday.First)];
                if (next >= 0 && next <= Period.DaysBetween(known.Start, holiday.Last))
                {
                    var day = known.Start.PlusDays(next);
                    var baseName = baseCalendar!.GetHolidayName(day);
                    if (!problems.Skip(holiday.Line))
                    {
                        problems.Add(Problem(
                            CalendarRuleCodes.AlreadyHolidayInBase,
                            Field(holiday),
                            Format(day),
                            Invariant($"{Format(day)} is already a holiday ({baseName?.Chinese}) in base calendar '{baseCalendar.Id}'."),
                            Invariant($"{Format(day)}在基础日历“{baseCalendar.Id}”中已是节假日（{baseName?.Chinese}）。"),
                            holiday.Line));
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
                if (!problems.Skip(current.Line))
                {
                    var where = previous.Line is { } line ? Invariant($" (line {line})") : string.Empty;
                    var whereChinese = previous.Line is { } lineChinese ? Invariant($"（第{lineChinese}行）") : string.Empty;
                    problems.Add(Problem(
                        CalendarRuleCodes.OverlappingHolidays,
                        Field(current),
                        Describe(current),
                        Invariant($"The holiday overlaps holiday {Describe(previous)} ({previous.Name.Chinese}){where}; holiday blocks must not share a day."),
                        Invariant($"该节假日与节假日{Describe(previous)}（{previous.Name.Chinese}）{whereChinese}重叠；节假日不得有相同的日期。"),
                        current.Line));
                }
            }

            if (current.Last < previous.Last)
            {
                ordered[i] = previous;
            }
        }

        // Sorted by first day (ties in the order added), each with the holiday reaching furthest so far; only make-up days need it.
        if (makeUpDays.Count == 0)
        {
            return [];
        }

        var indexed = new List<(HolidayEntry Entry, int Order)>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            indexed.Add((all[i], i));
        }

        indexed.Sort((a, b) => a.Entry.First != b.Entry.First ? a.Entry.First.CompareTo(b.Entry.First) : a.Order.CompareTo(b.Order));
        var sorted = new List<(HolidayEntry Entry, HolidayEntry Reaching)>(indexed.Count);
        foreach (var (entry, _) in indexed)
        {
            var reaching = sorted.Count > 0 && sorted[^1].Reaching.Last >= entry.Last ? sorted[^1].Reaching : entry;
            sorted.Add((entry, reaching));
        }

        return sorted;
    }

    /// <summary>For each day of <paramref name="known"/>, the index of the first base-calendar holiday on or after it, or -1.</summary>
    private int[] NextBaseHoliday(DateInterval known)
    {
        var next = new int[known.Length];
        var following = -1;
        var day = known.End;
        for (var i = next.Length - 1; i >= 0; i--)
        {
            if (baseCalendar!.GetDayType(day) is DayType.Holiday or DayType.StatutoryHoliday)
            {
                following = i;
            }

            next[i] = following;
            if (i > 0)
            {
                day = day.PlusDays(-1);
            }
        }

        return next;
    }

    private static string Field(HolidayEntry holiday) => "holiday " + Describe(holiday) + " (" + holiday.Name.Chinese + ")";

    /// <summary>The holiday (of those sorted by <see cref="CheckHolidays"/>) that contains <paramref name="date"/>, if any; a binary search.</summary>
    private static HolidayEntry? HolidayContaining(List<(HolidayEntry Entry, HolidayEntry Reaching)> sorted, LocalDate date)
    {
        int low = 0, high = sorted.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle].Entry.First <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && sorted[found].Reaching.Last >= date ? sorted[found].Reaching : null;
    }

    private void CheckMakeUpDays(CalendarProblemList problems, DateInterval? known, List<(HolidayEntry Entry, HolidayEntry Reaching)> sorted)
    {
        var seen = new HashSet<LocalDate>();
        foreach (var makeUp in makeUpDays)
        {
            if (!seen.Add(makeUp.Date))
            {
                if (!problems.Skip(makeUp.Line))
                {
                    problems.Add(Problem(CalendarRuleCodes.DuplicateMakeUpDay, MakeUpField(makeUp), Format(makeUp.Date), "The make-up working day is listed more than once.", "调休上班日重复列出。", makeUp.Line));
                }

                continue;
            }

            if (known is not null && !known.Contains(makeUp.Date))
            {
                if (!problems.Skip(makeUp.Line))
                {
                    problems.Add(Problem(CalendarRuleCodes.OutsideCoverage, MakeUpField(makeUp), Format(makeUp.Date), OutsideText(known), OutsideChinese(known), makeUp.Line));
                }

                continue;
            }

            if (HolidayContaining(sorted, makeUp.Date) is { } holiday)
            {
                if (!problems.Skip(makeUp.Line))
                {
                    problems.Add(Problem(
                        CalendarRuleCodes.HolidayAndMakeUpDay,
                        MakeUpField(makeUp),
                        Format(makeUp.Date),
                        Invariant($"{Format(makeUp.Date)} is also inside holiday {Describe(holiday)} ({holiday.Name.Chinese}); a day cannot be both a holiday and a make-up working day."),
                        Invariant($"{Format(makeUp.Date)}也在节假日{Describe(holiday)}（{holiday.Name.Chinese}）之内；同一天不能既是节假日又是调休上班日。"),
                        makeUp.Line));
                }

                continue;
            }

            var isWeekend = baseCalendar is null || known is null
                ? weekendDays.Contains(makeUp.Date.DayOfWeek)
                : baseCalendar.GetDayType(makeUp.Date) == DayType.Weekend;
            if (!isWeekend && !problems.Skip(makeUp.Line))
            {
                var value = Format(makeUp.Date);
                var what = baseCalendar is null
                    ? Invariant($"{value} is a {makeUp.Date.DayOfWeek}, not one of the weekend days ({string.Join(", ", weekendDays)})")
                    : Invariant($"{value} is a {baseCalendar.GetDayType(makeUp.Date)} day in base calendar '{baseCalendar.Id}', not a weekend day");
                var whatChinese = baseCalendar is null
                    ? Invariant($"{value}是{ChineseWeekday(makeUp.Date.DayOfWeek)}，不是周末")
                    : Invariant($"{value}在基础日历“{baseCalendar.Id}”中不是周末");
                problems.Add(Problem(CalendarRuleCodes.MakeUpDayNotWeekend, MakeUpField(makeUp), value, what + "; only a weekend day can be made a working day.", whatChinese + "；只有周末才能调为上班日。", makeUp.Line));
            }
        }
    }

    private static string MakeUpField(MakeUpEntry makeUp) => "workday " + Format(makeUp.Date) + " (" + makeUp.Name.Chinese + ")";

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
