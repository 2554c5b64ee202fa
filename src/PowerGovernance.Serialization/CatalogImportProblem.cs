using System.Globalization;

namespace PowerGovernance.Serialization;

/// <summary>One thing in a CSV file that cannot be turned into a catalog, located by row and column.</summary>
/// <param name="Row">
/// The row as a spreadsheet numbers it: the header is row 1, and a record whose quoted cells span several
/// lines is one row.
/// </param>
/// <param name="Line">The 1-based line of the file where the row starts (differs from <paramref name="Row"/> after cells with line breaks).</param>
/// <param name="Column">The 1-based column, or 0 when the problem concerns no single column (a missing column, broken quoting).</param>
/// <param name="Header">The column's header as written in the file (or the expected header of a missing column), or <see langword="null"/>.</param>
/// <param name="Value">The offending cell value, or <see langword="null"/>.</param>
/// <param name="Rule">A stable code from <see cref="CatalogImportRuleCodes"/>.</param>
/// <param name="Message">What is wrong and what is accepted, in English.</param>
/// <param name="ChineseMessage">The same in Simplified Chinese.</param>
public sealed record CatalogImportProblem(
    int Row,
    int Line,
    int Column,
    string? Header,
    string? Value,
    string Rule,
    string Message,
    string ChineseMessage)
{
    /// <summary>Returns e.g. <c>row 3, column 11 (法定时限) '20周': [TimeLimitFormat] …</c>.</summary>
    /// <returns>The location, the rule and the English message.</returns>
    public override string ToString()
    {
        var where = Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"row {Row}, column {Column}")
            : string.Create(CultureInfo.InvariantCulture, $"row {Row}");
        if (Header is not null)
        {
            where += " (" + Header + ")";
        }

        if (Value is not null)
        {
            where += " '" + Value + "'";
        }

        return where + ": [" + Rule + "] " + Message;
    }
}
