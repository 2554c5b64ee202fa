using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Serialization.Internal;
using IcalCalendar = Ical.Net.Calendar;

namespace PowerGovernance.Serialization;

/// <summary>
/// Reads and writes a working calendar as iCalendar (RFC 5545, <c>.ics</c>; 日历订阅文件) with Ical.Net, so that
/// holidays and make-up working days show in Outlook, Apple or Google calendars and the file reads back into the
/// same calendar.
/// </summary>
/// <remarks>
/// <para>The profile written (Ical.Net puts properties in alphabetical order, folds lines at 75 octets and ends them with CRLF):</para>
/// <code>
/// BEGIN:VCALENDAR
/// CALSCALE:GREGORIAN
/// PRODID:-//PowerGovernance//Working calendar//EN
/// VERSION:2.0
/// X-POWERGOVERNANCE-COVERAGE:2004-01-01/2026-12-31
/// X-POWERGOVERNANCE-ID:cn-official
/// X-POWERGOVERNANCE-SOURCE:2024 2023-10-25 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）
/// X-POWERGOVERNANCE-WEEKEND:Saturday Sunday
/// X-WR-CALNAME:中国法定节假日安排（国务院办公厅） | China official holiday arrangements (State Council General Office)
/// BEGIN:VEVENT
/// CATEGORIES:HOLIDAY
/// DTEND;VALUE=DATE:20240218
/// DTSTAMP:20251104T000000Z
/// DTSTART;VALUE=DATE:20240210
/// SEQUENCE:0
/// SUMMARY:春节 | Spring Festival
/// TRANSP:TRANSPARENT
/// UID:20240210-holiday-cn-official@powergovernance
/// END:VEVENT
/// BEGIN:VEVENT
/// CATEGORIES:WORKDAY
/// DTEND;VALUE=DATE:20240219
/// DTSTAMP:20251104T000000Z
/// DTSTART;VALUE=DATE:20240218
/// SEQUENCE:0
/// SUMMARY:春节 调休上班 | Spring Festival make-up working day
/// TRANSP:TRANSPARENT
/// UID:20240218-workday-cn-official@powergovernance
/// END:VEVENT
/// END:VCALENDAR
/// </code>
/// <para>
/// One all-day VEVENT per holiday block (<c>DTSTART;VALUE=DATE</c> its first day, <c>DTEND;VALUE=DATE</c> the day
/// after its last, as RFC 5545 makes DTEND exclusive) and one per make-up working day (one day long), in date
/// order (<see cref="WorkingCalendar.GetEntries"/>). The kind is <c>CATEGORIES:HOLIDAY</c> or
/// <c>CATEGORIES:WORKDAY</c> (the words of the calendar file's <c>holiday</c>/<c>workday</c> lines); SUMMARY
/// is for people: <c>中文 | English</c> for a holiday, <c>中文 调休上班 | English make-up working day</c> for a make-up
/// day, and the reader takes the name from it. The calendar's identifier, coverage, weekend days (English names)
/// and sources (<c>year issued title</c>, one property each, in order) are in <c>X-POWERGOVERNANCE-*</c>
/// properties, its display name in <c>X-WR-CALNAME</c> (written only when there is one). Every event is
/// <c>TRANSP:TRANSPARENT</c>; its UID is derived from the date, the kind and the calendar's identifier, and its
/// DTSTAMP is the latest source's issue date (or the coverage start when there is no source), so that the same
/// calendar always gives the same text.
/// </para>
/// <para>
/// <b>Reading</b> is strict and reports every problem at once in one <see cref="InvalidCalendarException"/>, each
/// with the VEVENT index and property (<c>VEVENT[3].DTSTART</c>) and the line, in English and Chinese. Ical.Net 5
/// records no line numbers and stops at the first value it cannot read, so a first pass over the content lines
/// locates everything, and what Ical.Net throws is turned into a located <see cref="CalendarRuleCodes.InvalidValue"/>
/// (never thrown on). Refused: a broken line or BEGIN/END structure, or more than one VCALENDAR
/// (<see cref="CalendarRuleCodes.Syntax"/>); a property or component the profile does not have — RRULE, RDATE,
/// EXDATE, RECURRENCE-ID and DURATION included, since every day must be listed; VTODO and the like
/// (<see cref="CalendarRuleCodes.UnknownProperty"/>); a missing VERSION, identifier, coverage, weekend, DTSTART,
/// DTEND, SUMMARY or CATEGORIES (<see cref="CalendarRuleCodes.MissingProperty"/>); a repeated single property
/// (<see cref="CalendarRuleCodes.DuplicateProperty"/>); a date with a time, an unknown category, a make-up day longer
/// than a day, a DTEND not after DTSTART (<see cref="CalendarRuleCodes.InvalidValue"/>); a summary not in the forms
/// above (<see cref="CalendarRuleCodes.InvalidName"/>); an event outside the coverage
/// (<see cref="CalendarRuleCodes.OutsideCoverage"/>); overlapping holidays, a day both off and worked, a repeated
/// make-up day, a make-up day that is not a weekend day (<see cref="CalendarRuleCodes.OverlappingHolidays"/>,
/// <see cref="CalendarRuleCodes.HolidayAndMakeUpDay"/>, <see cref="CalendarRuleCodes.DuplicateMakeUpDay"/>,
/// <see cref="CalendarRuleCodes.MakeUpDayNotWeekend"/>). Ignored: UID, DTSTAMP, TRANSP, SEQUENCE, DESCRIPTION, CLASS,
/// STATUS, CREATED, LAST-MODIFIED, COMMENT, PRODID, METHOD, X-WR-CALDESC, X-WR-TIMEZONE, other vendors' X-
/// properties, VTIMEZONE and VALARM. Other calendars' .ics files (holiday-cn's own, say) do not follow this
/// profile and are refused. Strict text: bytes that are not UTF-8, or a text with an unpaired surrogate, are refused
/// with the line and byte offset of the first invalid sequence (<see cref="CalendarRuleCodes.InvalidEncoding"/>, never
/// read as U+FFFD); a content line holding a control character other than tab (a NUL included) is refused
/// (<see cref="CalendarRuleCodes.Syntax"/>); dates in the coverage and sources are exactly <c>yyyy-MM-dd</c>; weekday
/// names are <c>Monday</c> … <c>Sunday</c> exactly as written, separated by spaces (never commas), each at most once, and
/// an empty weekend property means no weekend day. Reading is linear in the input. Inputs over <see cref="LoadedCalendar.MaxInputBytes"/> (16 MiB) are refused unread,
/// and so are files with more than <see cref="MaxEvents"/> events;
/// at most <see cref="LoadedCalendar.MaxProblems"/> problems are reported.
/// </para>
/// </remarks>
public static class CalendarIcs
{
    /// <summary>
    /// The most VEVENTs a file may hold: 10,000 (a calendar of 200 years, the longest coverage, holds about 6,000 holiday
    /// blocks and make-up days). A file with more is refused with <see cref="CalendarRuleCodes.InputTooLarge"/> before its
    /// events are parsed, so that reading stays within bounded time and memory.
    /// </summary>
    public const int MaxEvents = 10_000;

    /// <summary>The <see cref="LoadedCalendar.Format"/> of iCalendar: <c>icalendar</c>.</summary>
    public const string FormatName = "icalendar";

    /// <summary>The calendar property holding the calendar's identifier.</summary>
    public const string IdProperty = "X-POWERGOVERNANCE-ID";

    /// <summary>The calendar property holding the coverage, <c>yyyy-MM-dd/yyyy-MM-dd</c> (both ends inclusive).</summary>
    public const string CoverageProperty = "X-POWERGOVERNANCE-COVERAGE";

    /// <summary>The calendar property holding the weekend days, English names separated by spaces (may be empty).</summary>
    public const string WeekendProperty = "X-POWERGOVERNANCE-WEEKEND";

    /// <summary>The calendar property holding one source, <c>year issued title</c>; repeated for each source.</summary>
    public const string SourceProperty = "X-POWERGOVERNANCE-SOURCE";

    /// <summary>The category of a holiday block's event.</summary>
    public const string HolidayCategory = "HOLIDAY";

    /// <summary>The category of a make-up working day's event.</summary>
    public const string WorkdayCategory = "WORKDAY";

    internal const string ChineseWorkdaySuffix = " 调休上班";
    internal const string EnglishWorkdaySuffix = " make-up working day";

    /// <summary>Reads iCalendar text written in this profile.</summary>
    /// <param name="ics">The whole file's text.</param>
    /// <param name="sourceName">The name the host gives the input (e.g. <c>calendar.ics</c>), recorded in the result. Must not be blank.</param>
    /// <returns>The calendar with the source name and the SHA-256 of the text's UTF-8 encoding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The input has problems; every one is reported (see the remarks on the type).</exception>
    public static LoadedCalendar Read(string ics, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(ics);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var input = CalendarInput.FromString(ics);
        return new LoadedCalendar(IcsCalendarReader.Read(input), sourceName, FormatName, input.Sha256);
    }

    /// <summary>Reads UTF-8 iCalendar written in this profile from a stream.</summary>
    /// <param name="stream">The stream, read to its end (at most <see cref="LoadedCalendar.MaxInputBytes"/> + 1 bytes); a byte order mark is allowed. It is not disposed.</param>
    /// <param name="sourceName">The name the host gives the input, recorded in the result. Must not be blank.</param>
    /// <returns>The calendar with the source name and the SHA-256 of the exact bytes read.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The input has problems; every one is reported (see the remarks on the type).</exception>
    public static LoadedCalendar Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var input = CalendarInput.FromStream(stream);
        return new LoadedCalendar(IcsCalendarReader.Read(input), sourceName, FormatName, input.Sha256);
    }

    /// <summary>
    /// Writes a calendar as iCalendar text in this profile; <see cref="Read(string, string)"/> reads it back with the
    /// same identifier, display name, coverage, weekend days, sources and days.
    /// </summary>
    /// <param name="calendar">The calendar (an overlay is written flattened).</param>
    /// <returns>The iCalendar text, lines ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">A Chinese holiday name contains <c>|</c>, which separates it from the English name in SUMMARY.</exception>
    /// <exception cref="InvalidOperationException">Some day cannot be described (see <see cref="WorkingCalendar.GetEntries"/>).</exception>
    public static string Write(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var entries = calendar.GetEntries();
        var barred = entries.Select(e => e.Name).FirstOrDefault(n => n.Chinese.Contains('|', StringComparison.Ordinal));
        if (barred is not null)
        {
            throw new ArgumentException("The Chinese holiday name '" + barred.Chinese + "' contains '|', which separates it from the English name in SUMMARY. / 中文节日名称含有分隔符“|”。", nameof(calendar));
        }

        var ical = new IcalCalendar { ProductId = "-//PowerGovernance//Working calendar//EN", Version = "2.0", Scale = "GREGORIAN" };
        ical.AddProperty(IdProperty, calendar.Id);
        if (calendar.Name is not null)
        {
            ical.AddProperty("X-WR-CALNAME", calendar.Name);
        }

        ical.AddProperty(CoverageProperty, LocalDatePattern.Iso.Format(calendar.Coverage.Start) + "/" + LocalDatePattern.Iso.Format(calendar.Coverage.End));
        ical.AddProperty(WeekendProperty, string.Join(" ", calendar.WeekendDays));
        foreach (var source in calendar.Sources)
        {
            ical.AddProperty(SourceProperty, string.Create(CultureInfo.InvariantCulture, $"{source.Year} {LocalDatePattern.Iso.Format(source.Issued)} {source.Title}"));
        }

        var stampDate = calendar.Sources.Count > 0 ? calendar.Sources.Max(s => s.Issued) : calendar.Coverage.Start;
        var stamp = new CalDateTime(stampDate.Year, stampDate.Month, stampDate.Day, 0, 0, 0, CalDateTime.UtcTzId);
        foreach (var entry in entries)
        {
            var holiday = entry.Kind == CalendarEntryKind.Holiday;
            var end = entry.Last.PlusDays(1);
            var calendarEvent = new CalendarEvent
            {
                Uid = entry.First.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (holiday ? "-holiday-" : "-workday-") + calendar.Id + "@powergovernance",
                DtStamp = stamp,
                DtStart = new CalDateTime(entry.First.Year, entry.First.Month, entry.First.Day),
                DtEnd = new CalDateTime(end.Year, end.Month, end.Day),
                Summary = holiday
                    ? entry.Name.Chinese + " | " + entry.Name.English
                    : entry.Name.Chinese + ChineseWorkdaySuffix + " | " + entry.Name.English + EnglishWorkdaySuffix,
                Transparency = "TRANSPARENT",
            };
            calendarEvent.Categories.Add(holiday ? HolidayCategory : WorkdayCategory);
            ical.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(ical) ?? string.Empty;
    }
}
