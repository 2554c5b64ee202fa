using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Serialization.Internal;

namespace PowerGovernance.Serialization;

/// <summary>
/// Reads and writes the JSON of the open data project holiday-cn (NateScarlet/holiday-cn, 中国法定节假日数据): one
/// file per year listing only the exceptions to Monday–Friday work: every day off of a holiday block (周末在内)
/// with <c>"isOffDay": true</c> and every make-up working day (调休上班) with <c>"isOffDay": false</c>.
/// </summary>
/// <remarks>
/// <para>The format (holiday-cn's <c>schema.json</c>; a file per year):</para>
/// <code language="json">
/// {
///   "$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
///   "$id": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2024.json",
///   "year": 2024,
///   "papers": [ "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm" ],
///   "days": [
///     { "name": "春节", "date": "2024-02-04", "isOffDay": false },
///     { "name": "春节", "date": "2024-02-10", "isOffDay": true }
///   ]
/// }
/// </code>
/// <para>
/// <b>Reading</b> accepts one year object or — our extension, not part of holiday-cn — a JSON array of year
/// objects for consecutive years, in any order. The calendar covers 1 January of the first year to 31 December
/// of the last, with Saturday and Sunday as weekend days; holiday blocks are the runs of consecutive days off with
/// the same name. A day may lie in the file's year or the year before (a New Year arrangement, e.g. 2006's file
/// lists 2005-12-31); such a day of the first year's previous year lies outside the coverage and is checked but
/// not kept. The calendar has no display name.
/// </para>
/// <para>
/// Reading is strict, and reports every problem at once in one <see cref="InvalidCalendarException"/>, each with
/// its JSON path (<c>$.days[3].date</c>, <c>$[1].year</c>), line and rule (<see cref="CalendarRuleCodes"/>) in English
/// and Chinese: JSON that is not well-formed (<see cref="CalendarRuleCodes.Syntax"/>; comments are not allowed); a
/// property other than <c>$schema</c>, <c>$id</c>, <c>year</c>, <c>papers</c>, <c>days</c> on a year or
/// <c>name</c>, <c>date</c>, <c>isOffDay</c> on a day (<see cref="CalendarRuleCodes.UnknownProperty"/>); a missing
/// <c>year</c>, <c>days</c> or day property (<see cref="CalendarRuleCodes.MissingProperty"/>; <c>$schema</c>,
/// <c>$id</c> and <c>papers</c> are optional); a repeated property (<see cref="CalendarRuleCodes.DuplicateProperty"/>);
/// a value of the wrong type, such as an <c>isOffDay</c> that is not <c>true</c>/<c>false</c> or a year outside
/// 1..9999 (<see cref="CalendarRuleCodes.InvalidValue"/>); a date that is not exactly <c>yyyy-MM-dd</c>, nothing after it
/// (<see cref="CalendarRuleCodes.InvalidDate"/>); bytes that are not UTF-8, located by line and byte offset, or a string
/// whose escapes make an unpaired surrogate (<see cref="CalendarRuleCodes.InvalidEncoding"/>); a
/// date outside its year and the year before (<see cref="CalendarRuleCodes.DateOutsideYear"/>); a date listed twice
/// (<see cref="CalendarRuleCodes.DuplicateDate"/>) or both off and worked (<see cref="CalendarRuleCodes.HolidayAndMakeUpDay"/>);
/// a make-up working day on a weekday (<see cref="CalendarRuleCodes.MakeUpDayNotWeekend"/>); a repeated or missing year
/// in an array (<see cref="CalendarRuleCodes.DuplicateYear"/>, <see cref="CalendarRuleCodes.MissingYear"/>). Inputs over
/// <see cref="LoadedCalendar.MaxInputBytes"/> (16 MiB) are refused unread; at most
/// <see cref="LoadedCalendar.MaxProblems"/> problems are reported.
/// </para>
/// <para>
/// <b>Names.</b> holiday-cn names are Chinese only. The names the official data uses get its English names
/// (元旦 New Year's Day, 春节 Spring Festival, 清明节 Qingming Festival, 劳动节 Labour Day, 端午节 Dragon Boat
/// Festival, 中秋节 Mid-Autumn Festival, 国庆节 National Day, 国庆节、中秋节 National Day and Mid-Autumn Festival,
/// 中秋节、国庆节 Mid-Autumn Festival and National Day, and the 2015 抗日战争暨世界反法西斯战争胜利70周年纪念日, with or
/// without 中国人民, 70th Anniversary of Victory Day); any other name keeps its Chinese text as its English name.
/// Writing writes only the Chinese name.
/// </para>
/// <para>
/// <b>Papers and sources.</b> Each paper URL becomes a <see cref="CalendarSource"/> of the file's year with the
/// URL as its title. holiday-cn does not record issue dates, so <see cref="CalendarSource.Issued"/> is taken from
/// the URL where gov.cn's path carries it (<c>…/2019-11/21/content_…</c> → 2019-11-21; <c>…/202310/content_…</c>
/// → 2023-10-01, right to the month only) and is otherwise 1 January of the file's year, a placeholder. Writing
/// lists as papers the titles of the year's sources that are absolute http(s) URLs; other sources (such as the
/// official data's document titles) are not written, since holiday-cn expects URLs there.
/// </para>
/// </remarks>
public static class HolidayCnJson
{
    /// <summary>The <see cref="LoadedCalendar.Format"/> of holiday-cn JSON: <c>holiday-cn-json</c>.</summary>
    public const string FormatName = "holiday-cn-json";

    /// <summary>The calendar identifier used when the caller gives none: <c>holiday-cn</c>.</summary>
    public const string DefaultCalendarId = "holiday-cn";

    /// <summary>The <c>$schema</c> written: holiday-cn's schema.</summary>
    public const string SchemaUrl = "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };

    /// <summary>Reads holiday-cn JSON text into a calendar with identifier <see cref="DefaultCalendarId"/>.</summary>
    /// <param name="json">One year object, or an array of year objects for consecutive years.</param>
    /// <param name="sourceName">The name the host gives the input (e.g. <c>2024.json</c>), recorded in the result. Must not be blank.</param>
    /// <returns>The calendar with the source name and the SHA-256 of the text's UTF-8 encoding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The input has problems; every one is reported (see the remarks on the type).</exception>
    public static LoadedCalendar Read(string json, string sourceName) => Read(json, sourceName, DefaultCalendarId);

    /// <summary>Reads holiday-cn JSON text into a calendar with the given identifier.</summary>
    /// <param name="json">One year object, or an array of year objects for consecutive years.</param>
    /// <param name="sourceName">The name the host gives the input, recorded in the result. Must not be blank.</param>
    /// <param name="calendarId">The calendar's identifier, e.g. <c>cn-holiday-cn</c>. Must not be blank.</param>
    /// <returns>The calendar with the source name and the SHA-256 of the text's UTF-8 encoding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> or <paramref name="calendarId"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The input has problems; every one is reported (see the remarks on the type).</exception>
    public static LoadedCalendar Read(string json, string sourceName, string calendarId)
    {
        ArgumentNullException.ThrowIfNull(json);
        CheckNames(sourceName, calendarId);
        return Read(CalendarInput.FromString(json), sourceName, calendarId);
    }

    /// <summary>Reads UTF-8 holiday-cn JSON from a stream into a calendar with identifier <see cref="DefaultCalendarId"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end (at most <see cref="LoadedCalendar.MaxInputBytes"/> + 1 bytes); a UTF-8 byte order mark is allowed. It is not disposed.</param>
    /// <param name="sourceName">The name the host gives the input, recorded in the result. Must not be blank.</param>
    /// <returns>The calendar with the source name and the SHA-256 of the exact bytes read.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The input has problems; every one is reported (see the remarks on the type).</exception>
    public static LoadedCalendar Read(Stream utf8Json, string sourceName) => Read(utf8Json, sourceName, DefaultCalendarId);

    /// <summary>Reads UTF-8 holiday-cn JSON from a stream into a calendar with the given identifier.</summary>
    /// <param name="utf8Json">The stream, read to its end (at most <see cref="LoadedCalendar.MaxInputBytes"/> + 1 bytes); a UTF-8 byte order mark is allowed. It is not disposed.</param>
    /// <param name="sourceName">The name the host gives the input, recorded in the result. Must not be blank.</param>
    /// <param name="calendarId">The calendar's identifier. Must not be blank.</param>
    /// <returns>The calendar with the source name and the SHA-256 of the exact bytes read.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> or <paramref name="calendarId"/> is blank.</exception>
    /// <exception cref="InvalidCalendarException">The input has problems; every one is reported (see the remarks on the type).</exception>
    public static LoadedCalendar Read(Stream utf8Json, string sourceName, string calendarId)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        CheckNames(sourceName, calendarId);
        return Read(CalendarInput.FromStream(utf8Json), sourceName, calendarId);
    }

    /// <summary>
    /// Writes one year of a calendar as a holiday-cn year object: <c>$schema</c>, <c>year</c>, <c>papers</c> and the
    /// days of the entries that belong to the year (<see cref="CalendarEntry.Year"/>, so a New Year make-up day in
    /// the previous December is included and one that belongs to next year is not), ordered by date.
    /// </summary>
    /// <param name="calendar">The calendar; its weekend days must be Saturday and Sunday.</param>
    /// <param name="year">The year; 1 January to 31 December of it must lie in the coverage.</param>
    /// <returns>Indented JSON text, Chinese unescaped; lines end with <c>\n</c> on .NET 9 and later, with <see cref="Environment.NewLine"/> on .NET 8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar's weekend days are not Saturday and Sunday, which holiday-cn assumes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The coverage does not include the whole <paramref name="year"/>.</exception>
    /// <exception cref="InvalidOperationException">Some day cannot be described (see <see cref="WorkingCalendar.GetEntries"/>).</exception>
    public static string Write(WorkingCalendar calendar, int year)
    {
        CheckWritable(calendar);
        CheckYear(calendar, year, nameof(year));
        var entries = calendar.GetEntries();
        return WriteJson(writer => WriteYear(writer, calendar, entries, year));
    }

    /// <summary>
    /// Writes every year of a calendar as a JSON array of holiday-cn year objects (our multi-year extension; see
    /// <see cref="Write(WorkingCalendar, int)"/> for each object). <see cref="Read(string, string)"/> reads it back
    /// into a calendar with the same coverage, weekend days and days (and names, where the English name is the
    /// one reading gives).
    /// </summary>
    /// <param name="calendar">The calendar; its weekend days must be Saturday and Sunday and its coverage whole years (1 January to 31 December).</param>
    /// <returns>Indented JSON text, Chinese unescaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The weekend days are not Saturday and Sunday, or the coverage is not whole years.</exception>
    /// <exception cref="InvalidOperationException">Some day cannot be described (see <see cref="WorkingCalendar.GetEntries"/>).</exception>
    public static string Write(WorkingCalendar calendar)
    {
        CheckWritable(calendar);
        var coverage = calendar.Coverage;
        if (coverage.Start.Month != 1 || coverage.Start.Day != 1 || coverage.End.Month != 12 || coverage.End.Day != 31)
        {
            throw new ArgumentException("holiday-cn files hold whole years; the coverage " + coverage + " does not start on 1 January and end on 31 December. / holiday-cn 按整年存储，日历覆盖范围须从1月1日至12月31日。", nameof(calendar));
        }

        var entries = calendar.GetEntries();
        return WriteJson(writer =>
        {
            writer.WriteStartArray();
            for (var year = coverage.Start.Year; year <= coverage.End.Year; year++)
            {
                WriteYear(writer, calendar, entries, year);
            }

            writer.WriteEndArray();
        });
    }

    private static LoadedCalendar Read(CalendarInput input, string sourceName, string calendarId) =>
        new(HolidayCnJsonReader.Read(input, calendarId), sourceName, FormatName, input.Sha256);

    private static void CheckNames(string sourceName, string calendarId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
    }

    private static void CheckWritable(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.WeekendDays.OrderBy(d => d).SequenceEqual([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]))
        {
            throw new ArgumentException("holiday-cn assumes Saturday and Sunday are the weekend; calendar '" + calendar.Id + "' has " + string.Join(", ", calendar.WeekendDays) + ". / holiday-cn 以周六、周日为周末。", nameof(calendar));
        }
    }

    private static void CheckYear(WorkingCalendar calendar, int year, string paramName)
    {
        if (year is < 1 or > 9999 || !calendar.Coverage.Contains(new LocalDate(year, 1, 1)) || !calendar.Coverage.Contains(new LocalDate(year, 12, 31)))
        {
            throw new ArgumentOutOfRangeException(paramName, year, "The whole year must lie in the calendar's coverage " + calendar.Coverage + ". / 该年须完整位于日历覆盖范围内。");
        }
    }

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteYear(Utf8JsonWriter writer, WorkingCalendar calendar, IReadOnlyList<CalendarEntry> entries, int year)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUrl);
        writer.WriteNumber("year", year);
        writer.WriteStartArray("papers");
        foreach (var source in calendar.Sources.Where(s => s.Year == year && IsWebUrl(s.Title)))
        {
            writer.WriteStringValue(source.Title);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("days");
        var days = entries
            .Where(e => e.Year == year)
            .SelectMany(e => new DateInterval(e.First, e.Last).Select(date => (Date: date, e.Name, IsOff: e.Kind == CalendarEntryKind.Holiday)))
            .OrderBy(d => d.Date);
        foreach (var (date, name, isOff) in days)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name.Chinese);
            writer.WriteString("date", LocalDatePattern.Iso.Format(date));
            writer.WriteBoolean("isOffDay", isOff);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
