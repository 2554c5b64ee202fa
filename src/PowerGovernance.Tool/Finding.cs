using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tool;

/// <summary>How serious a finding is. Only <see cref="Error"/> findings make a command exit with <see cref="ExitCodes.Findings"/>.</summary>
internal enum FindingSeverity
{
    /// <summary>For information.</summary>
    Info = 0,

    /// <summary>Worth a look; not an error.</summary>
    Warning = 1,

    /// <summary>An error.</summary>
    Error = 2,
}

/// <summary>
/// One thing a check found (检查发现): a stable code, a severity, the day it is about (if any), the message in
/// English and Simplified Chinese, what found it (<c>file</c> for the reader's structural problems, <c>law</c>
/// for the holiday-law check) and, for a problem in a file, where.
/// </summary>
internal sealed record Finding(
    string Code,
    FindingSeverity Severity,
    LocalDate? Date,
    string Message,
    string MessageZh,
    string Source,
    int? Line = null,
    string? Field = null,
    string? Value = null)
{
    /// <summary>The source of a problem found while reading a calendar file.</summary>
    public const string FileSource = "file";

    /// <summary>The source of a finding of the holiday-law check.</summary>
    public const string LawSource = "law";

    /// <summary>
    /// Turns a problem the calendar readers report into an error finding: the reader's own Chinese message, or,
    /// where the reader gives English only (the text format so far), the Chinese for its rule.
    /// </summary>
    public static Finding FromProblem(CalendarProblem problem) =>
        new(problem.Rule, FindingSeverity.Error, null, problem.Message, problem.ChineseMessage ?? Bilingual.RuleInChinese(problem.Rule), FileSource, problem.Line, problem.Field, problem.Value);

    /// <summary>Turns every problem into a finding, in order.</summary>
    public static IReadOnlyList<Finding> FromProblems(IEnumerable<CalendarProblem> problems)
    {
        var list = new List<Finding>();
        foreach (var problem in problems)
        {
            list.Add(FromProblem(problem));
        }

        return list;
    }

    /// <summary>Returns where the finding is, e.g. <c>line 12: holiday = '2024-13-01'</c>, or the date, or an empty string.</summary>
    public string Location()
    {
        var parts = new List<string>();
        if (Line is { } line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line} 第{line}行"));
        }

        if (Date is { } date)
        {
            parts.Add(Bilingual.Iso(date));
        }

        if (Field is not null)
        {
            parts.Add(Value is null ? Field : Field + " = '" + Value + "'");
        }

        return string.Join(": ", parts);
    }
}
