using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Procedures;

/// <summary>Reads the guards a refusal names back from its findings, as "中文 (English)".</summary>
internal static class RefusalAssertions
{
    internal static IReadOnlyList<string> UnmetGuards(this OperationResult result) =>
        result.Findings
            .Select(f =>
            {
                var english = After(f.Message, "not met: ").TrimEnd('.');
                var chinese = After(f.ChineseMessage, "不符合条件：").TrimEnd('。');
                return english.Length == 0 || chinese.Length == 0 ? f.ChineseMessage : english == chinese ? chinese : chinese + " (" + english + ")";
            })
            .ToArray();

    private static string After(string text, string marker)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? string.Empty : text[(at + marker.Length)..];
    }
}
