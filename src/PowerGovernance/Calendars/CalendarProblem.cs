using System.Globalization;

namespace PowerGovernance.Calendars;

/// <summary>
/// One problem found in calendar data (日历数据问题): which field, which value, which rule it
/// breaks and, for data read from a file, on which line.
/// </summary>
/// <param name="Field">What the problem is about, e.g. <c>holiday 2024-02-10..2024-02-17</c> or <c>coverage</c>.</param>
/// <param name="Value">The offending value as written, or <see langword="null"/> when the value is missing.</param>
/// <param name="Rule">A stable code naming the broken rule; one of <see cref="CalendarRuleCodes"/>.</param>
/// <param name="Message">A human-readable English explanation.</param>
/// <param name="Line">The 1-based line number in the calendar file, or <see langword="null"/> for builder data.</param>
public sealed record CalendarProblem(string Field, string? Value, string Rule, string Message, int? Line = null)
{
    /// <summary>
    /// Gets the explanation in Simplified Chinese (中文说明), or <see langword="null"/> where the reader gives
    /// none. The holiday-cn JSON and iCalendar readers (PowerGovernance.Serialization) always set it; the
    /// builder and the format-1 reader give English only so far.
    /// </summary>
    public string? ChineseMessage { get; init; }

    /// <summary>
    /// Returns the problem as one line: <c>line 12: holiday 2024-13-01: [InvalidDate] …</c>, followed by
    /// <c> / </c> and the Chinese explanation when there is one.
    /// </summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var prefix = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: ") : string.Empty;
        var value = Value is null ? string.Empty : " = '" + Value + "'";
        var chinese = ChineseMessage is null ? string.Empty : " / " + ChineseMessage;
        return prefix + Field + value + ": [" + Rule + "] " + Message + chinese;
    }
}
