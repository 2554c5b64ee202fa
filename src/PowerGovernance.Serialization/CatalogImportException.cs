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
/// <see cref="Finding.AttemptedValue"/> is the offending cell (cut to 200 characters); its <see cref="Finding.Line"/> the
/// 1-based line of the file where the row starts. An import lists at most <see cref="CatalogCsv.MaxProblems"/> problems
/// (then one <see cref="CatalogImportRuleCodes.TooManyProblems"/>); the message names the first 50 and stays under
/// 64 KB whatever the findings hold.
/// </remarks>
public sealed class CatalogImportException : FormatException
{
    private const int ProblemsInMessage = 50;

    // 50 lines of at most ~2,200 characters fit; the message stays below 64 KB in UTF-8 (3 bytes a character at most).
    private const int MaxMessageChars = 20_000;

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
        var listed = 0;
        foreach (var finding in findings.Take(ProblemsInMessage))
        {
            var line = Describe(finding);
            if (message.Length + line.Length > MaxMessageChars)
            {
                break;
            }

            message.AppendLine().Append("  - ").Append(line);
            listed++;
        }

        if (findings.Count > listed)
        {
            message.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {findings.Count - listed} more (see Findings) / 另有{findings.Count - listed}个问题（见 Findings）。");
        }

        return message.ToString();
    }

    // e.g. row 3, column 11 (法定时限) '二十日': [TimeLimitFormat] … / …; every part cut, so one line stays short
    // whatever the findings hold.
    private static string Describe(Finding finding) =>
        Cut(finding.Path, 300) + (finding.AttemptedValue is null ? string.Empty : " '" + Cut(finding.AttemptedValue, 200) + "'") + ": [" + Cut(finding.Code, 100) + "] "
        + Cut(finding.Message, 800) + " / " + Cut(finding.ChineseMessage, 800);

    private static string Cut(string? text, int max) =>
        text is null ? string.Empty : text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1)] + "…";
}
