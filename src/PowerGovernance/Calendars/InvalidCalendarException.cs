using System;
using System.Collections.Generic;

namespace PowerGovernance.Calendars;

/// <summary>
/// Thrown when calendar data (from a <see cref="WorkingCalendarBuilder"/> or a calendar file) breaks
/// one or more rules. It reports every problem at once (一次性告知), never just the first.
/// </summary>
public sealed class InvalidCalendarException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="calendarId">The identifier of the calendar being built, if known.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidCalendarException(string? calendarId, IReadOnlyList<CalendarProblem> problems)
        : base(BuildMessage(calendarId, problems))
    {
        CalendarId = calendarId;
        Problems = problems;
    }

    /// <summary>Gets the identifier of the calendar being built, or <see langword="null"/> when it was not given.</summary>
    public string? CalendarId { get; }

    /// <summary>Gets every problem found, in the order of the data.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }

    private static string BuildMessage(string? calendarId, IReadOnlyList<CalendarProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var name = string.IsNullOrWhiteSpace(calendarId) ? "The working calendar" : "Working calendar '" + calendarId + "'";
        var chinese = string.IsNullOrWhiteSpace(calendarId) ? "工作日历" : "工作日历“" + calendarId + "”";
        return Internal.ProblemList.Describe(name, chinese, problems);
    }
}
