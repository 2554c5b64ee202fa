using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Output;

/// <summary>
/// The text listing of findings that every command prints (<c>catalog check</c>, <c>calendar check</c>, a failure's
/// problems): one line with the severity, code, location and English message and one with the Chinese message per
/// finding, at most <see cref="MaxListed"/> findings and <see cref="MaxListedBytes"/> bytes of UTF-8, then one line in
/// both languages saying how many were not listed. Whatever a file holds, a listing stays under 64 KB.
/// </summary>
internal static class FindingListing
{
    /// <summary>The most findings a text listing shows; the rest are counted. (<c>--json</c> lists up to <see cref="ToolContext.MaxItems"/>.)</summary>
    public const int MaxListed = 100;

    /// <summary>The most bytes (UTF-8) of the listed findings: a finding that would go past them is counted, not shown.</summary>
    public const int MaxListedBytes = 48 * 1024;

    /// <summary>
    /// Writes the first findings of <paramref name="findings"/> that fit (each cut by <see cref="Bounds.Cut(Finding)"/>),
    /// then, when <paramref name="total"/> is larger than the number written, how many more there are.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="findings">The findings in the order to list them; only as many are read as are written.</param>
    /// <param name="total">How many findings there are in all (at least as many as <paramref name="findings"/> holds).</param>
    public static void Write(TextWriter writer, IEnumerable<Finding> findings, int total)
    {
        var listed = 0;
        var bytes = 0;
        foreach (var finding in findings)
        {
            if (listed >= MaxListed)
            {
                break;
            }

            var text = Lines(Bounds.Cut(finding));
            var size = Encoding.UTF8.GetByteCount(text);
            if (bytes + size > MaxListedBytes)
            {
                break;
            }

            writer.Write(text);
            bytes += size;
            listed++;
        }

        if (total > listed)
        {
            writer.Write(NotListed(total - listed, listed));
        }
    }

    /// <summary>Writes every finding of a list that fits, then how many more there are.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<Finding> findings) => Write(writer, findings, findings.Count);

    /// <summary>The line that counts the findings not listed, in both languages.</summary>
    /// <param name="more">How many were not listed.</param>
    /// <param name="listed">How many were.</param>
    public static string NotListed(int more, int listed) => string.Create(
        CultureInfo.InvariantCulture,
        $"  … and {more} more finding(s) not listed (only the first {listed} are shown); correct those and check again to see the next. 另有 {more} 项未列出（仅列出前 {listed} 项）；请先更正已列出的问题，再次检查即可看到其余各项。\n");

    private static string Lines(Finding finding)
    {
        var location = FindingLocation.Describe(finding);
        var severity = finding.Severity.ToString().ToLowerInvariant();
        return "  " + severity + " [" + finding.Code + "] " + (location.Length > 0 ? location + ": " : string.Empty) + finding.Message + "\n"
            + "      " + finding.ChineseMessage + "\n";
    }
}
