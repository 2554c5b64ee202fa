using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>Why the engine refused an operation: the kind and every finding.</summary>
internal sealed record Refusal(RejectionKind Kind, IReadOnlyList<Finding> Findings)
{
    internal static Refusal Of(RejectionKind kind, string path, string? attemptedValue, string english, string chinese) =>
        new(kind, [Finding.Error(kind.ToString(), path, attemptedValue, english, chinese)]);
}
