using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars;

/// <summary>
/// Thrown when a date, or the result of a calculation, lies outside the dates a working calendar
/// knows (日历未覆盖该日期). Official arrangements are published year by year, so a calendar never
/// guesses a day it does not know.
/// </summary>
/// <remarks>
/// <see cref="Message"/> is one sentence in English and one in Simplified Chinese, without the parameter name and
/// the actual value that <see cref="ArgumentOutOfRangeException"/> would append; those stay available as
/// <see cref="ArgumentException.ParamName"/> and <see cref="ArgumentOutOfRangeException.ActualValue"/>.
/// </remarks>
public sealed class CalendarCoverageException : ArgumentOutOfRangeException
{
    private static readonly LocalDatePattern IsoPattern = LocalDatePattern.Iso;

    private readonly string message;

    /// <summary>Creates an exception for a date that is outside a calendar's coverage.</summary>
    /// <param name="calendarId">The calendar's identifier.</param>
    /// <param name="coverage">The calendar's coverage.</param>
    /// <param name="date">The date that is outside the coverage.</param>
    /// <param name="paramName">The name of the parameter that held the date.</param>
    public CalendarCoverageException(string calendarId, DateInterval coverage, LocalDate date, string? paramName)
        : this(calendarId, coverage, date, paramName, OutsideMessage(calendarId, coverage, date))
    {
    }

    private CalendarCoverageException(string calendarId, DateInterval coverage, LocalDate date, string? paramName, string message)
        : base(paramName, date, message)
    {
        this.message = message;
        CalendarId = calendarId;
        Coverage = coverage;
        Date = date;
    }

    /// <summary>
    /// Gets the message: what lies outside which calendar and what to do, in English and then in Simplified Chinese,
    /// without the parameter name or the actual value (see <see cref="ArgumentException.ParamName"/> and
    /// <see cref="ArgumentOutOfRangeException.ActualValue"/>).
    /// </summary>
    public override string Message => message;

    /// <summary>Gets the message in English alone.</summary>
    public string EnglishMessage => Separator() is var at and >= 0 ? message[..at] : message;

    /// <summary>Gets the message in Simplified Chinese alone (中文说明).</summary>
    public string ChineseMessage => Separator() is var at and >= 0 ? message[(at + 3)..] : message;

    /// <summary>Gets the identifier of the calendar that does not know the date.</summary>
    public string CalendarId { get; }

    /// <summary>Gets the dates the calendar knows.</summary>
    public DateInterval Coverage { get; }

    /// <summary>
    /// Gets the date that is outside the coverage, or, when a calculation would have left the
    /// coverage, the date the calculation started from.
    /// </summary>
    public LocalDate Date { get; }

    /// <summary>Creates the exception for a calculation from <paramref name="start"/> whose result would leave the coverage.</summary>
    internal static CalendarCoverageException ResultOutside(string calendarId, DateInterval coverage, LocalDate start, long workingDays, string? paramName, TimeLimitKind kind = TimeLimitKind.WorkingDays)
    {
        var forward = workingDays >= 0;
        var count = Math.Abs(workingDays);
        var unit = kind == TimeLimitKind.WorkingDays ? "working day(s)" : "natural day(s)";
        var unitChinese = kind == TimeLimitKind.WorkingDays ? "个工作日" : "日";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Counting {count} {unit} {(forward ? "after" : "before")} {Format(start)} leads outside working calendar '{calendarId}', which {Known(coverage)}. Add the arrangement for the missing year to the calendar; dates outside the known years are never guessed. / 从{Format(start)}{(forward ? "往后" : "往前")}计算{count}{unitChinese}超出了工作日历“{calendarId}”的范围（{KnownChinese(coverage)}）。请在日历中补充所缺年份的放假安排；日历不推测未知年份的日期。");
        return new CalendarCoverageException(calendarId, coverage, start, paramName, message);
    }

    private static string OutsideMessage(string calendarId, DateInterval coverage, LocalDate date) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The date {Format(date)} is outside working calendar '{calendarId}', which {Known(coverage)}. Add the arrangement for year {date.Year} to the calendar; dates outside the known years are never guessed. / 日期{Format(date)}不在工作日历“{calendarId}”的范围内（{KnownChinese(coverage)}）。请在日历中补充{date.Year}年的放假安排；日历不推测未知年份的日期。");

    private static string Known(DateInterval coverage)
    {
        var wholeYears = coverage.Start.Month == 1 && coverage.Start.Day == 1 && coverage.End.Month == 12 && coverage.End.Day == 31;
        var range = string.Create(CultureInfo.InvariantCulture, $"covers {Format(coverage.Start)} to {Format(coverage.End)}");
        return wholeYears
            ? string.Create(CultureInfo.InvariantCulture, $"{range} (known years {coverage.Start.Year}–{coverage.End.Year})")
            : range;
    }

    private static string KnownChinese(DateInterval coverage) =>
        string.Create(CultureInfo.InvariantCulture, $"覆盖{Format(coverage.Start)}至{Format(coverage.End)}");

    private static string Format(LocalDate date) => IsoPattern.Format(date);

    private int Separator()
    {
        // Every message is built here as "English / 中文"; the English part holds no " / ".
        return message.IndexOf(" / ", StringComparison.Ordinal);
    }
}
