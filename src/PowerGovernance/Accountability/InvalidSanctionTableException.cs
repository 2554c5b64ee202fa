using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Accountability;

/// <summary>A <see cref="SanctionTable"/> override breaks the table's rules; <see cref="Findings"/> lists every one at once (一次性告知).</summary>
public sealed class InvalidSanctionTableException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="findings">Every finding.</param>
    public InvalidSanctionTableException(IReadOnlyList<Finding> findings)
        : base(BuildMessage(findings))
    {
        Findings = findings;
    }

    /// <summary>Every problem found, each with its rule code, path, value and messages.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string BuildMessage(IReadOnlyList<Finding> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return Internal.ProblemList.Describe("The sanction table", "问责表", problems);
    }
}
