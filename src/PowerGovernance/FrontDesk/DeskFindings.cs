using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Validation;

namespace PowerGovernance.FrontDesk;

/// <summary>Builds the findings of the front-desk rules.</summary>
internal static class DeskFindings
{
    internal static Finding Error(string code, string path, string? value, string english, string chinese) =>
        new(code, FindingSeverity.Error, path, value, english, chinese);

    internal static Finding Warning(string code, string path, string? value, string english, string chinese) =>
        new(code, FindingSeverity.Warning, path, value, english, chinese);

    internal static bool HasErrors(this IEnumerable<Finding> findings) => findings.Any(f => f.Severity == FindingSeverity.Error);
}
