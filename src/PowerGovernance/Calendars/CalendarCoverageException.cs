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
public sealed class CalendarCoverageException : ArgumentOutOfRangeException
{
    private static readonly LocalDatePattern IsoPattern = LocalDatePattern.Iso;

    /// <summary>Creates an exception for a date that is outside a calendar's coverage.</summary>
    /// <param name="calendarId">The calendar's identifier.</param>
    /// <param name="coverage">The calendar's coverage.</param>
    /// <param name="date">The date that is outside the coverage.</param>
    /// <param name="paramName">The name of the parameter that held the date.</param>
    public CalendarCoverageException(string calendarId, DateInterval coverage, LocalDate date, string? paramName)
        : base(paramName, date, OutsideMessage(calendarId, coverage, date))
    {
        CalendarId = calendarId;
        Coverage = coverage;
        Date = date;
    }

    private CalendarCoverageException(string calendarId, DateInterval coverage, LocalDate date, string? paramName, string message)
        : base(paramName, date, message)
    {
        CalendarId = calendarId;
        Coverage = coverage;
        Date = date;
    }

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
    internal static CalendarCoverageException ResultOutside(string calendarId, DateInterval coverage, LocalDate start, long workingDays, string? paramName)
    {
        var direction = workingDays >= 0 ? "after" : "before";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Counting {Math.Abs(workingDays)} working day(s) {direction} {Format(start)} leads outside working calendar '{calendarId}', which {Known(coverage)}. Add the arrangement for the missing year to the calendar; dates outside the known years are never guessed.");
        return new CalendarCoverageException(calendarId, coverage, start, paramName, message);
    }

    private static string OutsideMessage(string calendarId, DateInterval coverage, LocalDate date) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The date {Format(date)} is outside working calendar '{calendarId}', which {Known(coverage)}. Add the arrangement for year {date.Year} to the calendar; dates outside the known years are never guessed.");

    private static string Known(DateInterval coverage)
    {
        var wholeYears = coverage.Start.Month == 1 && coverage.Start.Day == 1 && coverage.End.Month == 12 && coverage.End.Day == 31;
        var range = string.Create(CultureInfo.InvariantCulture, $"covers {Format(coverage.Start)} to {Format(coverage.End)}");
        return wholeYears
            ? string.Create(CultureInfo.InvariantCulture, $"{range} (known years {coverage.Start.Year}–{coverage.End.Year})")
            : range;
    }

    private static string Format(LocalDate date) => IsoPattern.Format(date);
}
