using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Validation;

namespace PowerGovernance.Internal;

/// <summary>The one message shape for reporting every finding at once (一次性告知): "… has N problem(s) / …共有N个问题：" and one line each.</summary>
internal static class ProblemList
{
    /// <param name="subject">What has the problems, e.g. "The sanction table".</param>
    /// <param name="chineseSubject">The same in Chinese, e.g. "问责表".</param>
    /// <param name="findings">The findings, each written on its own line by <see cref="Line"/>.</param>
    internal static string Describe(string subject, string chineseSubject, IReadOnlyCollection<Finding> findings) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} has {findings.Count} problem(s) / {chineseSubject}共有{findings.Count}个问题：")
        + Environment.NewLine
        + string.Join(Environment.NewLine, findings.Select(f => "  - " + Line(f)));

    /// <param name="subject">What has the problems, e.g. "The options".</param>
    /// <param name="chineseSubject">The same in Chinese.</param>
    /// <param name="problems">The problems, each written on its own line as its <see cref="object.ToString"/>.</param>
    internal static string Describe<T>(string subject, string chineseSubject, IReadOnlyCollection<T> problems) =>
        problems is IReadOnlyCollection<Finding> findings
            ? Describe(subject, chineseSubject, findings)
            : string.Create(CultureInfo.InvariantCulture, $"{subject} has {problems.Count} problem(s) / {chineseSubject}共有{problems.Count}个问题：")
                + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));

    /// <summary>Returns e.g. <c>line 3: weekend = 'Caturday': [InvalidWeekday] Expected … / 应为…</c>: where, the value, the code and both messages.</summary>
    internal static string Line(Finding finding)
    {
        var prefix = finding.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: ") : string.Empty;
        var where = string.IsNullOrEmpty(finding.Path) ? string.Empty : finding.Path;
        if (finding.AttemptedValue is { } value && value != finding.Path)
        {
            where += (where.Length == 0 ? string.Empty : " ") + "= '" + value + "'";
        }

        return prefix + (where.Length == 0 ? string.Empty : where + ": ") + "[" + finding.Code + "] " + finding.Message + " / " + finding.ChineseMessage;
    }
}
