using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// A working-day calendar over a precomputed day table: every query and every working-day
/// calculation is O(1) and allocation-free. Create one with <see cref="WorkingCalendarBuilder"/>
/// or read one from a calendar file with <see cref="Parse(string)"/> / <see cref="Load(TextReader)"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. Working days are numbered once,
/// when the calendar is built: a cumulative count per day and the date of every working day, so
/// that adding or counting working days is two array reads.
/// </remarks>
public sealed class WorkingCalendar : IWorkingCalendar
{
    private readonly int firstYear;
    private readonly int[] yearStartIndex;
    private readonly DayType[] dayTypes;
    private readonly int[] workingDaysThrough;
    private readonly LocalDate[] workingDayByOrdinal;
    private readonly HolidayName?[]? names;
    private readonly IReadOnlyDictionary<LocalDate, HolidayName>? localNames;
    private readonly Lazy<CalendarIdentity> identity;

    internal WorkingCalendar(
        string id,
        string? name,
        DateInterval coverage,
        IReadOnlyList<IsoDayOfWeek> weekendDays,
        DayType[] dayTypes,
        HolidayName?[]? names,
        IReadOnlyDictionary<LocalDate, HolidayName>? localNames,
        IWorkingCalendar? baseCalendar,
        IReadOnlyList<CalendarSource> sources)
    {
        Id = id;
        Name = name;
        Coverage = coverage;
        WeekendDays = ImmutableLists.Of(weekendDays);
        Base = baseCalendar;
        Sources = ImmutableLists.Of(sources);
        this.dayTypes = dayTypes;
        this.names = names;
        this.localNames = localNames;
        var start = coverage.Start;
        firstYear = coverage.Start.Year;

        yearStartIndex = new int[coverage.End.Year - firstYear + 1];
        yearStartIndex[0] = 1 - start.DayOfYear;
        for (var i = 1; i < yearStartIndex.Length; i++)
        {
            yearStartIndex[i] = yearStartIndex[i - 1] + CalendarSystem.Iso.GetDaysInYear(firstYear + i - 1);
        }

        workingDaysThrough = new int[dayTypes.Length];
        var working = new List<LocalDate>(dayTypes.Length);
        var date = start;
        for (var i = 0; i < dayTypes.Length; i++)
        {
            if (IsWorking(dayTypes[i]))
            {
                working.Add(date);
            }

            workingDaysThrough[i] = working.Count;
            if (i + 1 < dayTypes.Length)
            {
                date = date.PlusDays(1);
            }
        }

        workingDayByOrdinal = working.ToArray();
        identity = new Lazy<CalendarIdentity>(() => CalendarIdentity.Of(this));
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <summary>Gets the calendar's display name, e.g. <c>中国法定节假日安排 | China official holiday arrangements</c>, if one was given.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public DateInterval Coverage { get; }

    /// <inheritdoc />
    public CalendarIdentity Identity => identity.Value;

    /// <summary>Gets the days of the week that are weekend days unless made working days (usually Saturday and Sunday).</summary>
    public IReadOnlyList<IsoDayOfWeek> WeekendDays { get; }

    /// <summary>
    /// Gets the calendar this one overlays (e.g. the official calendar under a province's local
    /// holidays), or <see langword="null"/> when this calendar stands alone.
    /// </summary>
    public IWorkingCalendar? Base { get; }

    /// <summary>Gets the official documents the data comes from, in the order given.</summary>
    public IReadOnlyList<CalendarSource> Sources { get; }

    /// <summary>Gets the number of working days in <see cref="Coverage"/>.</summary>
    public int WorkingDayCount => workingDayByOrdinal.Length;

    /// <summary>Reads a calendar from the text of a calendar file (format 1, described in the remarks).</summary>
    /// <param name="text">The whole file's text; at most <see cref="LoadedCalendar.MaxInputBytes"/> characters.</param>
    /// <returns>The calendar.</returns>
    /// <remarks>
    /// <para>
    /// The format: one directive per line, its words separated by spaces or tabs; lines end with LF, CR LF or CR; blank
    /// lines and lines starting with <c>#</c> are ignored; a leading byte order mark is allowed.
    /// <c>calendar &lt;id&gt;</c> (required, once); <c>name &lt;display name&gt;</c> (once);
    /// <c>weekend &lt;day&gt; …</c> (once; English weekday names <c>Monday</c> … <c>Sunday</c> exactly as written, separated
    /// by spaces or tabs, never commas, each at most once; <c>weekend none</c> for a calendar without weekend days; without
    /// the line, Saturday and Sunday); <c>coverage &lt;first&gt; &lt;last&gt;</c> (once, both ends inclusive);
    /// <c>source &lt;year&gt; &lt;issued&gt; &lt;title&gt;</c>; <c>holiday &lt;first&gt;[..&lt;last&gt;] &lt;中文名&gt; | &lt;English name&gt;</c>;
    /// <c>workday &lt;date&gt; &lt;中文名&gt; | &lt;English name&gt;</c>. Dates are exactly <c>yyyy-MM-dd</c> in ASCII digits, up
    /// to 9999-12-31.
    /// </para>
    /// <para>
    /// Strict: a line may hold no control character other than a tab (a NUL included) and no unpaired surrogate; nothing
    /// may follow a date. Bounded: the reader's work is linear in the input, and it reports at most
    /// <see cref="LoadedCalendar.MaxProblems"/> problems, then one <see cref="CalendarRuleCodes.TooManyProblems"/> problem with
    /// the total; the message is at most <see cref="InvalidCalendarException.MaxMessageLength"/> characters.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidCalendarException">The text is too large or has problems; every one is reported with its line number.</exception>
    public static WorkingCalendar Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return WorkingCalendarFileReader.Read(text);
    }

    /// <summary>Reads a calendar file from a reader (format 1, described on <see cref="Parse(string)"/>).</summary>
    /// <param name="reader">The reader, positioned at the start of the file; read to its end, at most <see cref="LoadedCalendar.MaxInputBytes"/> characters. It is not disposed.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidCalendarException">The file is too large or has problems; every one is reported with its line number.</exception>
    public static WorkingCalendar Load(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
        return WorkingCalendarFileReader.Read(reader);
    }

    /// <summary>Reads a UTF-8 calendar file from a stream (format 1, described on <see cref="Parse(string)"/>).</summary>
    /// <param name="stream">The stream, positioned at the start of the file; read to its end, never more than <see cref="LoadedCalendar.MaxInputBytes"/> + 1 bytes. It is not disposed.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidCalendarException">
    /// The file is larger than <see cref="LoadedCalendar.MaxInputBytes"/>, is not UTF-8 (<see cref="CalendarRuleCodes.InvalidEncoding"/>,
    /// with the line and byte offset of the first invalid sequence: never read as U+FFFD) or has problems; every one is reported with its line number.
    /// </exception>
    public static WorkingCalendar Load(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        var bytes = LoadedCalendar.ReadBounded(stream) ?? throw LoadedCalendar.TooLarge(null);
        return WorkingCalendarFileReader.Read(bytes);
    }

    /// <summary>
    /// Lists the calendar's holiday blocks and make-up working days (节假日安排条目) in date order, as a calendar
    /// file would: a block is a maximal run of consecutive non-working days with the same holiday name
    /// (weekend days inside it included; any non-working day with a holiday name counts, whatever its
    /// <see cref="DayType"/>), a make-up working day is one entry. Each entry carries the year whose
    /// arrangement it belongs to (see <see cref="CalendarEntry.Year"/>).
    /// </summary>
    /// <returns>The entries, ordered by first day. With <see cref="WeekendDays"/> and <see cref="Coverage"/> they describe every day.</returns>
    /// <remarks>An overlay is described flattened: its entries include those of its base calendar. Computed on each call (one pass over the coverage).</remarks>
    /// <exception cref="InvalidOperationException">
    /// Some day cannot be described by the weekend days and entries (possible only for an overlay whose base is not
    /// a <see cref="WorkingCalendar"/>): a non-working day without a holiday name that is not a weekend day, a
    /// working weekend day that is not a make-up working day, and the like. The message lists up to ten such days.
    /// </exception>
    public IReadOnlyList<CalendarEntry> GetEntries() => CalendarEntries.Describe(this);

    /// <summary>
    /// Writes the calendar as a calendar file (format 1, the format <see cref="Parse(string)"/> reads), so that
    /// <c>Parse(calendar.ToText())</c> has the same identifier, name, coverage, weekend days, sources (in the same
    /// order) and, on every day, the same day type and holiday name.
    /// </summary>
    /// <returns>The file's text, lines ending with <c>\n</c>.</returns>
    /// <remarks>See <see cref="Save(TextWriter)"/> for the layout and what cannot be written.</remarks>
    /// <exception cref="ArgumentException">The calendar holds text or dates that a calendar file cannot carry.</exception>
    /// <exception cref="InvalidOperationException">Some day cannot be described (see <see cref="GetEntries"/>).</exception>
    public string ToText()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WorkingCalendarFileWriter.Write(this, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the calendar as a calendar file (format 1) to <paramref name="writer"/>, lines ending with <c>\n</c>
    /// whatever the writer's <see cref="TextWriter.NewLine"/>, so that the output is the same on every platform.
    /// </summary>
    /// <param name="writer">The writer. It is neither flushed nor disposed.</param>
    /// <remarks>
    /// <para>
    /// Layout: a comment header; the <c>calendar</c>, <c>name</c> (when there is one), <c>weekend</c> and
    /// <c>coverage</c> lines; then for each year a <c>#&#160;----&#160;year&#160;----</c> comment, that year's
    /// <c>source</c> lines and its entries (<see cref="GetEntries"/>): for each holiday in the order it first
    /// appears, its <c>holiday</c> blocks and then its <c>workday</c> lines. An entry is listed under the year it
    /// belongs to, so the New Year make-up day 2005-12-31 comes under 2006. When the sources are not in year
    /// order, they are listed together before the entries, so that their order is kept. An overlay is written
    /// flattened: the file stands alone and reads back without a base calendar.
    /// </para>
    /// <para>
    /// The reader trims lines and splits names at the first <c>|</c>, so the following cannot be written and throw
    /// <see cref="ArgumentException"/> (listing up to 20 of them) before anything is written: a line break in the
    /// identifier, name, a source title or a holiday name; an identifier, name or title that starts or ends with
    /// white space; a <c>|</c> in a Chinese holiday name; a year outside 1..9999.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar holds text or dates that a calendar file cannot carry.</exception>
    /// <exception cref="InvalidOperationException">Some day cannot be described (see <see cref="GetEntries"/>).</exception>
    public void Save(TextWriter writer)
    {
        Preconditions.CheckNotNull(writer);
        WorkingCalendarFileWriter.Write(this, writer);
    }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => IsWorking(dayTypes[IndexOf(date, nameof(date))]);

    /// <inheritdoc />
    public DayType GetDayType(LocalDate date) => dayTypes[IndexOf(date, nameof(date))];

    /// <inheritdoc />
    public HolidayName? GetHolidayName(LocalDate date)
    {
        var index = IndexOf(date, nameof(date));
        if (names is not null)
        {
            return names[index];
        }

        var iso = IsoDates.ToIso(date);
        if (localNames is not null && localNames.TryGetValue(iso, out var local))
        {
            return local;
        }

        return Base?.GetHolidayName(iso);
    }

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        var index = IndexOf(start, nameof(start));
        if (count == 0)
        {
            return start;
        }

        // Working days are numbered 1..N in date order; workingDaysThrough[i] is the number of the
        // last working day on or before day i.
        long ordinal = count > 0
            ? (long)workingDaysThrough[index] + count
            : (long)workingDaysThrough[index] - (IsWorking(dayTypes[index]) ? 1 : 0) + count + 1;
        if (ordinal < 1 || ordinal > workingDayByOrdinal.Length)
        {
            ThrowResultOutside(start, count, nameof(count));
        }

        return workingDayByOrdinal[ordinal - 1];
    }

    /// <inheritdoc />
    public int CountWorkingDays(LocalDate start, LocalDate end) =>
        workingDaysThrough[IndexOf(end, nameof(end))] - workingDaysThrough[IndexOf(start, nameof(start))];

    /// <inheritdoc />
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <inheritdoc />
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// Returns a copy in which the given days are statutory holidays (<see cref="DayType.StatutoryHoliday"/>,
    /// 法定节假日) with the given names: a package that knows the holiday law marks the days the law itself
    /// gives, so a host can tell them from the other rest days of a holiday block.
    /// </summary>
    /// <param name="statutoryDays">The statutory days and their holidays' names.</param>
    /// <returns>The marked calendar, with the same identifier, coverage and sources; a day already named keeps its holiday name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statutoryDays"/> is null.</exception>
    /// <exception cref="InvalidCalendarException">A day is outside the coverage or is a working day; every problem is reported.</exception>
    public WorkingCalendar WithStatutoryHolidays(IEnumerable<KeyValuePair<LocalDate, HolidayName>> statutoryDays)
    {
        Preconditions.CheckNotNull(statutoryDays);
        var types = (DayType[])dayTypes.Clone();
        var marked = new HolidayName?[types.Length];
        var date = Coverage.Start;
        for (var i = 0; i < types.Length; i++)
        {
            marked[i] = GetHolidayName(date);
            if (i + 1 < types.Length)
            {
                date = date.PlusDays(1);
            }
        }

        var problems = new List<Finding>();
        foreach (var (day, holiday) in statutoryDays)
        {
            var iso = IsoDates.ToIso(day);
            var text = NodaTime.Text.LocalDatePattern.Iso.Format(iso);
            if (!Coverage.Contains(iso))
            {
                problems.Add(Finding.Error(CalendarRuleCodes.OutsideCoverage, "statutory holiday " + text, text, "The statutory holiday is outside the calendar's coverage " + Coverage + ".", "法定节假日不在日历覆盖范围" + Coverage + "内。"));
                continue;
            }

            var index = IndexOf(iso, nameof(statutoryDays));
            if (IsWorking(types[index]))
            {
                problems.Add(Finding.Error(
                    CalendarRuleCodes.StatutoryDayNotRestDay,
                    "statutory holiday " + text,
                    text,
                    "The statutory holiday " + text + " (" + holiday?.English + ") is a working day (" + types[index] + ") in calendar '" + Id + "'.",
                    "法定节假日" + text + "（" + holiday?.Chinese + "）在日历“" + Id + "”中是工作日。"));
                continue;
            }

            types[index] = DayType.StatutoryHoliday;

            // A day inside a named holiday block keeps the block's name (e.g. 国庆节、中秋节); a rest day without a
            // name (a weekend the notice did not list) takes the statutory holiday's.
            marked[index] ??= Preconditions.CheckNotNull(holiday);
        }

        if (problems.Count > 0)
        {
            throw new InvalidCalendarException(Id, problems);
        }

        return new WorkingCalendar(Id, Name, Coverage, WeekendDays, types, marked, null, null, Sources);
    }

    /// <summary>
    /// Combines calendars into one (合并日历): the coverage is the union of theirs, and on every day a later part
    /// overrides an earlier one, so a host's file for a new year, or an amended year, takes precedence over the
    /// embedded data. The sources of all parts are kept, in order.
    /// </summary>
    /// <param name="id">The combined calendar's identifier.</param>
    /// <param name="name">The combined calendar's display name, or <see langword="null"/> for the first part's.</param>
    /// <param name="parts">The calendars, earliest precedence first; at least one.</param>
    /// <returns>The combined calendar, with the first part's weekend days.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidCalendarException">No part is given, a part is null, or the coverages leave a gap.</exception>
    public static WorkingCalendar Combine(string id, string? name, IEnumerable<WorkingCalendar> parts)
    {
        Preconditions.CheckNotNull(id);
        var list = Preconditions.CheckNotNull(parts).ToList();
        var problems = new List<Finding>();
        if (list.Count == 0)
        {
            problems.Add(Finding.Error(CalendarRuleCodes.CoverageRequired, "parts", null, "At least one calendar is needed.", "至少需要一个日历。"));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                problems.Add(Finding.Error(CalendarRuleCodes.Syntax, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parts[{i}]"), null, "A calendar to combine is missing (null).", "待合并的日历缺失。"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidCalendarException(id, problems);
        }

        var first = list.Min(p => p.Coverage.Start);
        var last = list.Max(p => p.Coverage.End);
        var ordered = list.OrderBy(p => p.Coverage.Start).ToList();
        var reached = ordered[0].Coverage.End;
        foreach (var part in ordered.Skip(1))
        {
            if (IsoDates.NextOrNull(reached) is { } next && part.Coverage.Start > next)
            {
                problems.Add(Finding.Error(
                    CalendarRuleCodes.CoverageGap,
                    "parts",
                    part.Id + " " + part.Coverage,
                    "The calendars leave a gap after " + NodaTime.Text.LocalDatePattern.Iso.Format(reached) + "; combined coverage must be continuous.",
                    "各日历在" + NodaTime.Text.LocalDatePattern.Iso.Format(reached) + "之后留有空档；合并后的覆盖范围须连续。"));
            }

            reached = part.Coverage.End > reached ? part.Coverage.End : reached;
        }

        var coverage = new DateInterval(first, last);
        if (coverage.Length > WorkingCalendarBuilder.MaxCoverageDays)
        {
            problems.Add(Finding.Error(CalendarRuleCodes.CoverageTooLong, "parts", coverage.ToString(), "The combined coverage is too long.", "合并后的覆盖范围过长。"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidCalendarException(id, problems);
        }

        var types = new DayType[coverage.Length];
        var names = new HolidayName?[coverage.Length];
        foreach (var part in list)
        {
            var offset = Period.DaysBetween(first, part.Coverage.Start);
            var day = part.Coverage.Start;
            for (var i = 0; i < part.Coverage.Length; i++)
            {
                types[offset + i] = part.GetDayType(day);
                names[offset + i] = part.GetHolidayName(day);
                if (i + 1 < part.Coverage.Length)
                {
                    day = day.PlusDays(1);
                }
            }
        }

        return new WorkingCalendar(id, name ?? list[0].Name, coverage, list[0].WeekendDays, types, names, null, null, list.SelectMany(p => p.Sources).ToArray());
    }

    /// <summary>
    /// Returns the part of this calendar over <paramref name="range"/> (日历截取): the same identifier, name, weekend
    /// days, day types and holiday names on those dates, and the sources of the years the range touches.
    /// </summary>
    /// <param name="range">The dates to keep; inside <see cref="Coverage"/>.</param>
    /// <returns>The slice; this calendar itself when <paramref name="range"/> is its coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="range"/> reaches outside <see cref="Coverage"/>.</exception>
    public WorkingCalendar Slice(DateInterval range)
    {
        Preconditions.CheckNotNull(range);
        var first = IndexOf(range.Start, nameof(range));
        IndexOf(range.End, nameof(range));
        if (range.Equals(Coverage))
        {
            return this;
        }

        var types = new DayType[range.Length];
        var kept = new HolidayName?[range.Length];
        Array.Copy(dayTypes, first, types, 0, range.Length);
        var day = range.Start;
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = GetHolidayName(day);
            if (i + 1 < kept.Length)
            {
                day = day.PlusDays(1);
            }
        }

        var sources = Sources.Where(s => s.Year >= range.Start.Year && s.Year <= range.End.Year).ToArray();
        return new WorkingCalendar(Id, Name, range, WeekendDays, types, kept, null, null, sources);
    }

    /// <summary>Returns <c>Id</c> and coverage, e.g. <c>cn-official [2004-01-01, 2026-12-31]</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " " + Coverage;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWorking(DayType type) => type <= DayType.MakeUpWorkingDay;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int IndexOf(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        // Unsigned comparisons reject negative offsets too; unchecked because the project checks overflow.
        var yearOffset = date.Year - firstYear;
        if (unchecked((uint)yearOffset < (uint)yearStartIndex.Length))
        {
            var index = yearStartIndex[yearOffset] + date.DayOfYear - 1;
            if (unchecked((uint)index < (uint)dayTypes.Length))
            {
                return index;
            }
        }

        ThrowOutside(date, paramName);
        return -1;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowOutside(LocalDate date, string paramName) =>
        throw new CalendarCoverageException(Id, Coverage, date, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowResultOutside(LocalDate from, int count, string paramName) =>
        throw CalendarCoverageException.ResultOutside(Id, Coverage, from, count, paramName);
}
