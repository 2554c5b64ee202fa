using System;
using System.Collections.Generic;
using System.Text;
using PowerGovernance.Powers;
using PowerGovernance.Internal;

namespace PowerGovernance.Serialization;

/// <summary>
/// Options for <see cref="CatalogCsv"/>. Immutable: change a copy with a <c>with</c> expression, e.g.
/// <c>CatalogCsvOptions.Default with { Version = 3 }</c>.
/// </summary>
public sealed record CatalogCsvOptions
{
    /// <summary>Gets the default options: version 1, well-known categories only, unknown columns refused, comma separated, Chinese headers on export.</summary>
    public static CatalogCsvOptions Default { get; } = new();

    /// <summary>Gets the version given to an imported catalog (a CSV file does not record it). Defaults to 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>
    /// Gets the host's own categories, resolved by type code or name before the well-known ones
    /// (<see cref="PowerCategory.TryFind"/>). Defaults to none.
    /// </summary>
    public IReadOnlyList<PowerCategory> AdditionalCategories { get; init; } = [];

    /// <summary>
    /// Gets whether columns with an unknown header are ignored on import. Defaults to
    /// <see langword="false"/>: an unknown header is an import error (<see cref="CatalogImportRuleCodes.UnknownColumn"/>),
    /// which catches misspelt headers.
    /// </summary>
    public bool IgnoreUnknownColumns { get; init; }

    /// <summary>Gets the field separator, an ASCII character other than the quote and line breaks (others make import and export throw <see cref="System.ArgumentException"/>). Defaults to a comma.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>
    /// Gets the encoding of a stream being imported when it has no byte order mark. Defaults to
    /// <see langword="null"/>: UTF-8. Spreadsheets saved as "CSV" (not "CSV UTF-8") on Chinese Windows
    /// are GB18030/GBK: register <c>CodePagesEncodingProvider</c> and pass <c>Encoding.GetEncoding("GB18030")</c>.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Gets the language of the headers and words an export writes. Defaults to <see cref="CatalogCsvLanguage.Chinese"/>.</summary>
    public CatalogCsvLanguage Language { get; init; }

    /// <summary>
    /// Gets whether an export to a stream starts with a UTF-8 byte order mark. Defaults to
    /// <see langword="true"/>, without which Excel shows Chinese text as mojibake.
    /// </summary>
    public bool WriteByteOrderMark { get; init; } = true;

    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="AdditionalCategories"/> element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CatalogCsvOptions? other) =>
        other is not null
        && Version == other.Version
        && ValueEquality.SequenceEqual(AdditionalCategories, other.AdditionalCategories)
        && IgnoreUnknownColumns == other.IgnoreUnknownColumns
        && Separator == other.Separator
        && Equals(Encoding, other.Encoding)
        && Language == other.Language
        && WriteByteOrderMark == other.WriteByteOrderMark;

    /// <summary>Returns a hash code consistent with <see cref="Equals(CatalogCsvOptions)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Version, Separator, Language, IgnoreUnknownColumns, WriteByteOrderMark);
}
