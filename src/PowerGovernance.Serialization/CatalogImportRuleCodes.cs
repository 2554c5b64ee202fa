namespace PowerGovernance.Serialization;

/// <summary>
/// The stable codes of the <see cref="Validation.Finding.Code"/> of <see cref="CatalogImportException.Findings"/>: what in a CSV file cannot be turned into
/// a catalog. Content that a catalog can hold but the catalog rules object to (a missing legal basis, a
/// committed limit that is too long, a confidential power without a basis) is not an import problem:
/// the catalog validator reports it.
/// </summary>
public static class CatalogImportRuleCodes
{
    /// <summary>The file is empty: there is no header row.</summary>
    public const string MissingHeader = nameof(MissingHeader);

    /// <summary>A header names no known column (see <see cref="CatalogCsv.Columns"/>).</summary>
    public const string UnknownColumn = nameof(UnknownColumn);

    /// <summary>Two headers name the same column.</summary>
    public const string DuplicateColumn = nameof(DuplicateColumn);

    /// <summary>A required column is missing.</summary>
    public const string MissingColumn = nameof(MissingColumn);

    /// <summary>A cell under a column without a header holds a value.</summary>
    public const string UnnamedColumnValue = nameof(UnnamedColumnValue);

    /// <summary>A row has more non-empty cells than the header has columns.</summary>
    public const string ExtraCells = nameof(ExtraCells);

    /// <summary>The quoting is broken: a quoted cell is never closed, or text follows its closing quote.</summary>
    public const string MalformedCsv = nameof(MalformedCsv);

    /// <summary>A cell that cannot be empty is empty (<c>启动方式</c>).</summary>
    public const string MissingValue = nameof(MissingValue);

    /// <summary>The category is neither a well-known one nor one of <see cref="CatalogCsvOptions.AdditionalCategories"/>.</summary>
    public const string UnknownCategory = nameof(UnknownCategory);

    /// <summary>A legal basis is not written as <c>《标题》第X条（效力层级）</c>.</summary>
    public const string LegalBasisFormat = nameof(LegalBasisFormat);

    /// <summary>A legal basis has no rank in parentheses at its end, or an unknown one.</summary>
    public const string LegalBasisRank = nameof(LegalBasisRank);

    /// <summary>The initiation is not <c>依申请</c>/<c>依职权</c> (or <c>OnApplication</c>/<c>ExOfficio</c>).</summary>
    public const string UnknownInitiation = nameof(UnknownInitiation);

    /// <summary>A time limit is not in a form <see cref="PowerGovernance.Calendars.TimeLimit.Parse"/> accepts.</summary>
    public const string TimeLimitFormat = nameof(TimeLimitFormat);

    /// <summary>A yes/no cell is not <c>是</c>/<c>否</c> (or yes/no).</summary>
    public const string YesNoFormat = nameof(YesNoFormat);

    /// <summary>The fee amount is not a number.</summary>
    public const string AmountFormat = nameof(AmountFormat);

    /// <summary>A disclosure form is not one of the known words.</summary>
    public const string UnknownDisclosureForm = nameof(UnknownDisclosureForm);

    /// <summary>The disclosure timing is not one of the known words.</summary>
    public const string UnknownDisclosureTiming = nameof(UnknownDisclosureTiming);

    /// <summary>An exercising level (<c>行使层级</c>) is not one of the known words.</summary>
    public const string UnknownExercisingLevel = nameof(UnknownExercisingLevel);

    /// <summary>A service object (<c>职责对象</c>) is not one of the known words.</summary>
    public const string UnknownServiceObject = nameof(UnknownServiceObject);

    /// <summary>
    /// The implementing body's unified social credit code is not a valid code (GB 32100): its length, a character or the
    /// check character is wrong; the message names them.
    /// </summary>
    public const string CreditCodeFormat = nameof(CreditCodeFormat);

    /// <summary>The implementing body's administrative area code is not a 6-, 9- or 12-digit area code; the message says why.</summary>
    public const string AreaCodeFormat = nameof(AreaCodeFormat);

    /// <summary>
    /// A line of the stage responsibilities (<c>责任事项</c>) is not <c>环节：责任；责任【追责：代码、代码】</c>, or names an unknown
    /// stage; the message gives the line of the cell.
    /// </summary>
    public const string StageFormat = nameof(StageFormat);

    /// <summary>Two rows have the same power code; a catalog lists each code once.</summary>
    public const string DuplicateCode = nameof(DuplicateCode);

    /// <summary>
    /// A header is not a catalog column but is one typing mistake away from one (a character changed, added, dropped or
    /// two swapped, or the same characters in another order), e.g. <c>是否保密</c> for <c>是否涉密</c>. Reported even with
    /// <see cref="CatalogCsvOptions.IgnoreUnknownColumns"/>, so that a misspelt column is never silently dropped.
    /// </summary>
    public const string MisspelledColumn = nameof(MisspelledColumn);

    /// <summary>The file is not CSV: it looks like JSON (import it with <see cref="CatalogJson"/>).</summary>
    public const string NotCsv = nameof(NotCsv);

    /// <summary>
    /// The bytes are not text in the expected encoding: neither UTF-8 nor GB18030/GBK at the start of the file, or an
    /// undecodable byte (or a NUL character) in a cell.
    /// </summary>
    public const string InvalidEncoding = nameof(InvalidEncoding);

    /// <summary>The file starts with an Excel <c>sep=X</c> line naming another separator than <see cref="CatalogCsvOptions.Separator"/>.</summary>
    public const string SeparatorMismatch = nameof(SeparatorMismatch);

    /// <summary>
    /// A record is longer than <see cref="CatalogCsv.MaxRecordBytes"/> (usually a quoted cell that is never closed, which
    /// runs on to the end of the file); reading stops there.
    /// </summary>
    public const string RecordTooLarge = nameof(RecordTooLarge);

    /// <summary>The file has more than <see cref="CatalogCsv.MaxRows"/> rows of powers; reading stops there.</summary>
    public const string TooManyRows = nameof(TooManyRows);

    /// <summary>More than <see cref="CatalogCsv.MaxProblems"/> problems were found; the first ones are listed, this finding counts the rest.</summary>
    public const string TooManyProblems = nameof(TooManyProblems);
}
