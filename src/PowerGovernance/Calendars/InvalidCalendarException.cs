using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// Thrown when calendar data (from a <see cref="WorkingCalendarBuilder"/> or a calendar file) breaks
/// one or more rules. It reports every problem at once (一次性告知), never just the first.
/// </summary>
/// <remarks>
/// Each <see cref="Finding"/> has a <see cref="Finding.Code"/> from <see cref="CalendarRuleCodes"/>, a
/// <see cref="Finding.Path"/> naming what it is about (e.g. <c>holiday 2024-02-10..2024-02-17 (春节)</c>,
/// <c>coverage</c> or, in JSON, <c>$.days[4].isOffDay</c>), the offending value, messages in English and Simplified
/// Chinese, and for data read from a file its <see cref="Finding.Line"/>.
/// </remarks>
public sealed class InvalidCalendarException : FormatException
{
    /// <summary>Creates the exception from the findings.</summary>
    /// <param name="calendarId">The identifier of the calendar being built, if known.</param>
    /// <param name="findings">Every finding; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public InvalidCalendarException(string? calendarId, IReadOnlyList<Finding> findings)
        : base(BuildMessage(calendarId, findings))
    {
        CalendarId = calendarId;
        Findings = findings;
    }

    /// <summary>Gets the identifier of the calendar being built, or <see langword="null"/> when it was not given.</summary>
    public string? CalendarId { get; }

    /// <summary>Gets every finding, in the order of the data.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string BuildMessage(string? calendarId, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var name = string.IsNullOrWhiteSpace(calendarId) ? "The working calendar" : "Working calendar '" + calendarId + "'";
        var chinese = string.IsNullOrWhiteSpace(calendarId) ? "工作日历" : "工作日历“" + calendarId + "”";
        return Internal.ProblemList.Describe(name, chinese, findings);
    }
}
