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
/// <para>
/// The <see cref="Exception.Message"/> is bounded whatever the input: at most <see cref="MaxMessageLength"/> characters
/// (so at most 64 KB in UTF-8 or UTF-16), each path and value cut to 200 characters; the problems that do not fit are
/// counted, not listed. The library's readers and <see cref="WorkingCalendarBuilder"/> keep at most
/// <see cref="LoadedCalendar.MaxProblems"/> findings and then one <see cref="CalendarRuleCodes.TooManyProblems"/>
/// finding with the total.
/// </para>
/// </remarks>
public sealed class InvalidCalendarException : FormatException
{
    /// <summary>The longest <see cref="Exception.Message"/>, in characters: 21,000 (at most 63,000 bytes in UTF-8, 42,000 in UTF-16).</summary>
    public const int MaxMessageLength = CalendarProblemMessage.MaxLength;

    /// <summary>Creates the exception from the findings.</summary>
    /// <param name="calendarId">The identifier of the calendar being built, if known.</param>
    /// <param name="findings">Every finding; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public InvalidCalendarException(string? calendarId, IReadOnlyList<Finding> findings)
        : this(calendarId, findings, findings?.Count ?? 0)
    {
    }

    /// <summary>Creates the exception from the first findings of <paramref name="total"/> problems.</summary>
    internal InvalidCalendarException(string? calendarId, IReadOnlyList<Finding> findings, int total)
        : base(CalendarProblemMessage.Describe(calendarId, findings, total))
    {
        CalendarId = calendarId;
        Findings = findings;
    }

    /// <summary>Gets the identifier of the calendar being built, or <see langword="null"/> when it was not given.</summary>
    public string? CalendarId { get; }

    /// <summary>Gets every finding, in the order of the data.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
