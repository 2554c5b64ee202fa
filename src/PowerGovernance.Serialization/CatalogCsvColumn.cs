using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Serialization;

/// <summary>
/// One column of the catalog spreadsheet (职权目录表) that <see cref="CatalogCsv"/> reads and writes.
/// <see cref="CatalogCsv.Columns"/> lists all of them in the default order.
/// </summary>
/// <param name="Number">The column's position in the default layout, 1-based (files may order columns freely).</param>
/// <param name="ChineseHeader">The Chinese header, e.g. <c>权力编码</c>; written by a Chinese export.</param>
/// <param name="EnglishHeader">The English header, e.g. <c>Code</c>; written by an English export.</param>
/// <param name="OtherHeaders">Further headers accepted on import, e.g. <c>权力依据</c> for <c>法律依据</c>.</param>
/// <param name="IsRequired">Whether a file without this column is refused; a missing optional column reads as empty cells.</param>
/// <param name="Description">What the cells hold and how they are written, in English.</param>
public sealed record CatalogCsvColumn(
    int Number,
    string ChineseHeader,
    string EnglishHeader,
    IReadOnlyList<string> OtherHeaders,
    bool IsRequired,
    string Description)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="OtherHeaders"/> element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CatalogCsvColumn? other) =>
        other is not null
        && Number == other.Number
        && ChineseHeader == other.ChineseHeader
        && EnglishHeader == other.EnglishHeader
        && ValueEquality.SequenceEqual(OtherHeaders, other.OtherHeaders)
        && IsRequired == other.IsRequired
        && Description == other.Description;

    /// <summary>Returns a hash code consistent with <see cref="Equals(CatalogCsvColumn)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Number, ChineseHeader, EnglishHeader);
}
