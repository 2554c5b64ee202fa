using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PowerGovernance.Internal;

/// <summary>The one message shape for reporting every problem at once (一次性告知): "… has N problem(s) / …共有N个问题：" and one line each.</summary>
internal static class ProblemList
{
    /// <param name="subject">What has the problems, e.g. "The sanction table".</param>
    /// <param name="chineseSubject">The same in Chinese, e.g. "问责表".</param>
    /// <param name="problems">The problems, each written on its own line.</param>
    internal static string Describe<T>(string subject, string chineseSubject, IReadOnlyCollection<T> problems) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} has {problems.Count} problem(s) / {chineseSubject}共有{problems.Count}个问题：")
        + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
