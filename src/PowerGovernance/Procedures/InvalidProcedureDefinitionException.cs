using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>
/// Thrown by <see cref="ProcedureDefinitionBuilder.Build"/> when the definition breaks one or more
/// rules; every finding is reported at once (一次性告知).
/// </summary>
public sealed class InvalidProcedureDefinitionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="definitionId">The definition's id.</param>
    /// <param name="findings">Every finding (errors, and any warnings found on the way).</param>
    public InvalidProcedureDefinitionException(string definitionId, IReadOnlyList<Finding> findings)
        : base(BuildMessage(definitionId, findings))
    {
        DefinitionId = definitionId;
        Findings = findings;
    }

    /// <summary>Gets the definition's id.</summary>
    public string DefinitionId { get; }

    /// <summary>Gets every finding.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string BuildMessage(string definitionId, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return Internal.ProblemList.Describe("Procedure definition '" + definitionId + "'", "流程定义“" + definitionId + "”", findings);
    }
}
