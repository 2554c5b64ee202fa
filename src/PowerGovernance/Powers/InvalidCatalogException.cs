using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PowerGovernance.Powers;

/// <summary>
/// Thrown when a <see cref="PowerCatalog"/> cannot be built (duplicate codes) or a change set cannot
/// be applied (adding a listed code, amending or abolishing an unlisted one). Every problem is
/// reported at once (一次性告知); nothing is changed.
/// </summary>
/// <remarks>
/// The message is in English and Simplified Chinese: a heading, then one line per problem in the form of
/// <see cref="CatalogProblem.ToString"/> (<c>code: [Rule] English / 中文</c>).
/// </remarks>
public sealed class InvalidCatalogException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidCatalogException(IReadOnlyList<CatalogProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, each with its English and Chinese explanation.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<CatalogProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var count = problems.Count.ToString(CultureInfo.InvariantCulture);
        return "The catalog has " + count + " problem(s) / 职权目录有" + count + "个问题:"
            + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }
}
