using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PowerGovernance.Validation;

namespace PowerGovernance.Calendars;

/// <summary>
/// The bounded message of an <see cref="InvalidCalendarException"/>: "… has N problem(s) / …共有N个问题：" and one line per
/// finding (<c>line 3: weekend = 'Caturday': [InvalidWeekday] Expected … / 应为…</c>), every part cut, the whole at most
/// <see cref="MaxLength"/> characters; findings that do not fit are counted at the end.
/// </summary>
internal static class CalendarProblemMessage
{
    /// <summary>The longest message, in characters: 21,000, so at most 63,000 bytes in UTF-8 and 42,000 in UTF-16.</summary>
    internal const int MaxLength = 21_000;

    private const int MaxPart = CalendarProblemList.MaxValueLength;
    private const int MaxText = 600;

    // Room kept for the last line ("… N more …").
    private const int Reserve = 300;

    internal static string Describe(string? calendarId, IReadOnlyList<Finding> findings, int total)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var id = string.IsNullOrWhiteSpace(calendarId) ? null : CalendarProblemList.Cut(calendarId, MaxPart);
        var name = id is null ? "The working calendar" : "Working calendar '" + id + "'";
        var chinese = id is null ? "工作日历" : "工作日历“" + id + "”";
        var count = Math.Max(total, findings.Count);
        var text = new StringBuilder(Math.Min(MaxLength, 256 + (findings.Count * 200)));
        text.Append(CultureInfo.InvariantCulture, $"{name} has {count} problem(s) / {chinese}共有{count}个问题：");
        var shown = 0;
        foreach (var finding in findings)
        {
            var line = finding is null ? "(null)" : Line(finding);
            if (text.Length + Environment.NewLine.Length + 4 + line.Length > MaxLength - Reserve)
            {
                break;
            }

            text.Append(Environment.NewLine).Append("  - ").Append(line);
            shown++;
        }

        if (shown < findings.Count)
        {
            var rest = findings.Count - shown;
            text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"  … {rest} more finding(s) not shown; see Findings. / 另有{rest}个问题未在此列出，详见 Findings。");
        }

        return text.ToString();
    }

    /// <summary>Returns e.g. <c>line 3: weekend = 'Caturday': [InvalidWeekday] Expected … / 应为…</c>, every part cut.</summary>
    private static string Line(Finding finding)
    {
        var prefix = finding.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: ") : string.Empty;
        var where = string.IsNullOrEmpty(finding.Path) ? string.Empty : CalendarProblemList.Cut(finding.Path, MaxPart);
        if (finding.AttemptedValue is { } value && value != finding.Path)
        {
            where += (where.Length == 0 ? string.Empty : " ") + "= '" + CalendarProblemList.Cut(value, MaxPart) + "'";
        }

        return prefix + (where.Length == 0 ? string.Empty : where + ": ") + "[" + CalendarProblemList.Cut(finding.Code ?? string.Empty, MaxPart) + "] "
            + CalendarProblemList.Cut(finding.Message ?? string.Empty, MaxText) + " / " + CalendarProblemList.Cut(finding.ChineseMessage ?? string.Empty, MaxText);
    }
}
