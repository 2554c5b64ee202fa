using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PowerGovernance.Internal;

/// <summary>The one message shape for reporting every problem at once (一次性告知): "… has N problem(s):" and one line each.</summary>
internal static class ProblemList
{
    /// <param name="subject">What has the problems, e.g. "The sanction table".</param>
    /// <param name="problems">The problems, each written on its own line.</param>
    internal static string Describe<T>(string subject, IReadOnlyCollection<T> problems) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject} has {problems.Count} problem(s):")
        + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
