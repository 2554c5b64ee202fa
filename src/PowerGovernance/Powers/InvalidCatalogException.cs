using System;
using System.Collections.Generic;
using System.Linq;

namespace PowerGovernance.Powers;

/// <summary>
/// Thrown when a <see cref="PowerCatalog"/> cannot be built (duplicate codes) or a change set cannot
/// be applied (adding a listed code, amending or abolishing an unlisted one). Every problem is
/// reported at once; nothing is changed.
/// </summary>
public sealed class InvalidCatalogException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidCatalogException(IReadOnlyList<CatalogProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<CatalogProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return Internal.ProblemList.Describe("The catalog", problems.Select(p => $"{p.Code}: [{p.Rule}] {p.Message}").ToArray());
    }
}
