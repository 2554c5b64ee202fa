using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization;

/// <summary>
/// Thrown by <see cref="CatalogCsv"/> when a file cannot be turned into a catalog. Every problem of the
/// file is in <see cref="Findings"/>, each with its row and column; no catalog, not even a partial one,
/// is returned.
/// </summary>
/// <remarks>
/// Each <see cref="Finding"/> has a <see cref="Finding.Code"/> from <see cref="CatalogImportRuleCodes"/>; its
/// <see cref="Finding.Path"/> is the location as a spreadsheet shows it — <c>row 3, column 6 (法定时限)</c>, where
/// the header is row 1, a record whose quoted cells span several lines is one row, and the column and header are
/// left out when the problem concerns no single column (<c>row 1 (权力编码)</c> for a missing column); its
/// <see cref="Finding.AttemptedValue"/> is the offending cell; its <see cref="Finding.Line"/> the 1-based line of the
/// file where the row starts.
/// </remarks>
public sealed class CatalogImportException : FormatException
{
    private const int ProblemsInMessage = 50;

    /// <summary>Creates the exception.</summary>
    /// <param name="findings">Every finding; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="findings"/> is empty.</exception>
    public CatalogImportException(IReadOnlyList<Finding> findings)
        : base(BuildMessage(findings))
    {
        Findings = findings;
    }

    /// <summary>Gets every finding, in file order (header problems first).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string BuildMessage(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            throw new ArgumentException("At least one finding is required.", nameof(findings));
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"The catalog file has {findings.Count} problem(s); nothing was imported / 目录文件共有{findings.Count}个问题，未导入任何内容：");
        foreach (var finding in findings.Take(ProblemsInMessage))
        {
            message.AppendLine().Append("  - ").Append(Describe(finding));
        }

        if (findings.Count > ProblemsInMessage)
        {
            message.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {findings.Count - ProblemsInMessage} more (see Findings) / 另有{findings.Count - ProblemsInMessage}个问题（见 Findings）。");
        }

        return message.ToString();
    }

    // e.g. row 3, column 11 (法定时限) '二十日': [TimeLimitFormat] … / …
    private static string Describe(Finding finding) =>
        finding.Path + (finding.AttemptedValue is null ? string.Empty : " '" + finding.AttemptedValue + "'") + ": [" + finding.Code + "] " + finding.Message + " / " + finding.ChineseMessage;
}
