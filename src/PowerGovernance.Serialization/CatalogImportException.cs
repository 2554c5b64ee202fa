using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PowerGovernance.Serialization;

/// <summary>
/// Thrown by <see cref="CatalogCsv"/> when a file cannot be turned into a catalog. Every problem of the
/// file is in <see cref="Problems"/>, each with its row and column; no catalog, not even a partial one,
/// is returned.
/// </summary>
public sealed class CatalogImportException : FormatException
{
    private const int ProblemsInMessage = 50;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CatalogImportException(IReadOnlyList<CatalogImportProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in file order (header problems first).</summary>
    public IReadOnlyList<CatalogImportProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<CatalogImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"The catalog file has {problems.Count} problem(s); nothing was imported:");
        foreach (var problem in problems.Take(ProblemsInMessage))
        {
            message.AppendLine().Append("  - ").Append(problem);
        }

        if (problems.Count > ProblemsInMessage)
        {
            message.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {problems.Count - ProblemsInMessage} more (see Problems).");
        }

        return message.ToString();
    }
}
