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
    /// <summary>Gets the default options: version 1, well-known categories only, unknown columns refused, separator and encoding detected on import, comma separated with Chinese headers on export.</summary>
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

    /// <summary>
    /// Gets the field separator (分隔符), an ASCII character other than the quote and line breaks (others make import
    /// and export throw <see cref="System.ArgumentException"/>). Defaults to <see langword="null"/>: on import the
    /// separator is detected — an Excel <c>sep=;</c> first line names it, otherwise the comma, semicolon, tab or
    /// vertical bar that splits the first lines consistently — and an export writes commas.
    /// </summary>
    /// <remarks>
    /// With a separator set, a first line <c>sep=X</c> naming the same separator is skipped, and one naming another
    /// separator is an import error (<see cref="CatalogImportRuleCodes.SeparatorMismatch"/>).
    /// </remarks>
    public char? Separator { get; init; }

    /// <summary>
    /// Gets the encoding (字符编码) of a stream being imported when it has no byte order mark. Defaults to
    /// <see langword="null"/>: detected — UTF-8 when the start of the file (its first 64 KiB) is valid UTF-8,
    /// otherwise GB18030 (which includes GBK, what Excel on Chinese Windows saves as "CSV") when it decodes as that;
    /// a file that is neither is refused (<see cref="CatalogImportRuleCodes.InvalidEncoding"/>). Undecodable bytes
    /// further on are reported at their cell, never silently replaced. Set it to read another encoding.
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
