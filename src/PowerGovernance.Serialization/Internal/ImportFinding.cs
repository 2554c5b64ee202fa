using System;
using System.Globalization;
using PowerGovernance.Validation;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Builds the <see cref="Finding"/> of one thing in a CSV file that cannot be turned into a catalog: the path is the
/// location as a spreadsheet shows it, e.g. <c>row 3, column 6 (法定时限)</c>, and <see cref="Finding.Line"/> the line of
/// the file where the row starts.
/// </summary>
internal static class ImportFinding
{
    /// <param name="row">The row as a spreadsheet numbers it (header = row 1).</param>
    /// <param name="line">The 1-based line where the row starts.</param>
    /// <param name="column">The 1-based column, or 0 when no single column.</param>
    /// <param name="header">The column's header as written (or expected), or null.</param>
    /// <param name="value">The offending value, or null.</param>
    /// <param name="code">One of <see cref="CatalogImportRuleCodes"/>.</param>
    /// <param name="message">English.</param>
    /// <param name="chineseMessage">Simplified Chinese.</param>
    internal static Finding Create(int row, int line, int column, string? header, string? value, string code, string message, string chineseMessage) =>
        Finding.Error(code, Location(row, column, Cut(header)), Cut(value), CutMessage(message), CutMessage(chineseMessage)) with { Line = line };

    /// <summary>The most characters of a message (a safety net: values quoted in messages are already cut).</summary>
    internal const int MaxMessageChars = 2000;

    /// <summary>The most characters of a value quoted in a finding or its message.</summary>
    internal const int MaxValueChars = 200;

    /// <summary>Returns the text cut to <see cref="MaxValueChars"/> characters (never splitting a surrogate pair), marked with an ellipsis and the full length.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    internal static string? Cut(string? text)
    {
        if (text is null || text.Length <= MaxValueChars)
        {
            return text;
        }

        var keep = MaxValueChars - 20;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, keep)}… ({text.Length} chars 字符)");
    }

    internal static string Location(int row, int column, string? header)
    {
        var where = column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"row {row}, column {column}")
            : string.Create(CultureInfo.InvariantCulture, $"row {row}");
        return header is null ? where : where + " (" + header + ")";
    }

    private static string CutMessage(string message) =>
        message.Length <= MaxMessageChars ? message : message[..(char.IsHighSurrogate(message[MaxMessageChars - 2]) ? MaxMessageChars - 2 : MaxMessageChars - 1)] + "…";
}
