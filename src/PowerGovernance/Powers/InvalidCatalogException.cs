using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// Thrown when a <see cref="PowerCatalog"/> cannot be built (duplicate codes) or a change set cannot
/// be applied (adding a listed code, amending or abolishing an unlisted one). Every problem is
/// reported at once (一次性告知); nothing is changed.
/// </summary>
/// <remarks>
/// The message is in English and Simplified Chinese: a heading, then one line per finding in the form of
/// <see cref="Finding.ToString"/>. Each finding's <see cref="Finding.Code"/> is one of <see cref="CatalogRuleCodes"/>
/// and its <see cref="Finding.Path"/> names the power, e.g. <c>Powers[62052400MZ-XK-0001]</c>.
/// </remarks>
public sealed class InvalidCatalogException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="findings">Every finding; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    public InvalidCatalogException(IReadOnlyList<Finding> findings)
        : base(BuildMessage(findings))
    {
        Findings = findings;
    }

    /// <summary>Gets every finding, each with its code, path and English and Chinese explanation.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string BuildMessage(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return Internal.ProblemList.Describe("The catalog", "职权目录", findings);
    }
}
