using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PowerGovernance.Powers;
using PowerGovernance.Serialization.Internal;

namespace PowerGovernance.Serialization;

/// <summary>
/// Reads and writes the power catalog (职权目录/权力清单) in the spreadsheet form offices keep: a CSV file
/// with a header row and one row per power, legal bases joined in one cell. <see cref="Columns"/> lists the
/// columns; the package README documents every cell format.
/// </summary>
/// <remarks>
/// <para>
/// <b>Import</b> accepts Chinese or English headers (and a few common variants) in any order, separated by commas,
/// semicolons, tabs or vertical bars (detected, or named by an Excel <c>sep=;</c> first line, unless
/// <see cref="CatalogCsvOptions.Separator"/> is set), from UTF-8 or GB18030/GBK files (detected, see
/// <see cref="CatalogCsvOptions.Encoding"/>). The confidentiality column (<c>是否涉密</c>) is required, so that a
/// confidential power is never published because its column was missing or misspelt. A file that cannot be turned
/// into a catalog — unknown, misspelt or missing columns, broken quoting, undecodable bytes, a JSON file, unreadable
/// time limits, ranks, categories, words or numbers, duplicate codes — fails with a
/// <see cref="CatalogImportException"/> that lists the problems with their row and column (at most
/// <see cref="MaxProblems"/>), and no catalog is returned; no other exception comes from the content of a file.
/// When the header lacks a required column the rows are not read. Work is linear in the size of the file, a record
/// is at most <see cref="MaxRecordBytes"/> and a file at most <see cref="MaxRows"/> rows. Content a catalog can hold
/// but the catalog rules object to (a power without a legal basis, a committed limit that is too long) is
/// imported as written for <c>CatalogValidator</c> to report.
/// </para>
/// <para>
/// Cells are trimmed and an empty cell is <see langword="null"/> (or the member's "nothing" value: no legal
/// bases, no time limit, free of charge, no disclosure forms, long-term disclosure, not confidential).
/// Parsing does not depend on the current culture. Fully blank rows are skipped.
/// </para>
/// <para>
/// <b>Export</b> writes every column in the default order, Chinese headers unless
/// <see cref="CatalogCsvOptions.Language"/> says English. A cell that a spreadsheet would run as a formula (text
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, such as
/// <c>=HYPERLINK(…)</c>) is written with a leading apostrophe, which spreadsheets show as "this is text" (CSV
/// injection, as OWASP recommends); import removes that apostrophe again, and a cell that starts with an apostrophe
/// followed by such a character or another apostrophe gets one more, so every text reads back as written. A catalog whose text members are trimmed and
/// non-empty (or <see langword="null"/>) and whose fee, disclosure and confidentiality are not
/// <see langword="null"/> is imported back (with the same options) as an equal catalog; the CSV form writes
/// a missing fee, disclosure or confidentiality as free, unspecified and public. What cannot be written so
/// that it reads back — a legal basis whose title is not in 《》, an undefined enumeration value, a category
/// the options cannot resolve — makes the export fail before anything is written.
/// </para>
/// </remarks>
public static class CatalogCsv
{
    /// <summary>
    /// The longest record (row) an import reads, in bytes of UTF-8 text: 1 MiB. A longer record — usually a quoted cell
    /// that is never closed and runs on to the end of the file — stops the import with a
    /// <see cref="CatalogImportRuleCodes.RecordTooLarge"/> problem, so a hostile file cannot make it buffer more.
    /// </summary>
    public const int MaxRecordBytes = 1024 * 1024;

    /// <summary>
    /// The most problems a <see cref="CatalogImportException"/> lists: 100, the first found; one more
    /// <see cref="CatalogImportRuleCodes.TooManyProblems"/> problem gives the number of the others. Offending values are
    /// cut to 200 characters, and the exception's message stays under 64 KB.
    /// </summary>
    public const int MaxProblems = 100;

    /// <summary>
    /// The most rows of powers an import reads: 200,000, far more than any office's catalog. A longer file stops the
    /// import with a <see cref="CatalogImportRuleCodes.TooManyRows"/> problem, so that the work and the memory an import
    /// takes stay bounded whatever the file.
    /// </summary>
    public const int MaxRows = 200_000;

    /// <summary>Gets the columns, in the default order.</summary>
    public static IReadOnlyList<CatalogCsvColumn> Columns { get; } = Array.AsReadOnly(CsvColumns.All);

    /// <summary>Imports a catalog from CSV text with the default options.</summary>
    /// <param name="csv">The CSV text itself (not a file path).</param>
    /// <returns>The catalog, version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; its problems are listed with their row and column.</exception>
    public static PowerCatalog Import(string csv) => Import(csv, CatalogCsvOptions.Default);

    /// <summary>Imports a catalog from CSV text.</summary>
    /// <param name="csv">The CSV text itself (not a file path).</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog, with version <see cref="CatalogCsvOptions.Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; its problems are listed with their row and column.</exception>
    public static PowerCatalog Import(string csv, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        using var reader = new StringReader(csv);
        return CsvCatalogReader.Read(reader, options);
    }

    /// <summary>Imports a catalog from a text reader, which is left open, with the default options.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The catalog, version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; its problems are listed with their row and column.</exception>
    public static PowerCatalog Import(TextReader reader) => Import(reader, CatalogCsvOptions.Default);

    /// <summary>Imports a catalog from a text reader, which is left open.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog, with version <see cref="CatalogCsvOptions.Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; its problems are listed with their row and column.</exception>
    public static PowerCatalog Import(TextReader reader, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return CsvCatalogReader.Read(reader, options);
    }

    /// <summary>Imports a catalog from a stream (UTF-8 or GB18030/GBK, detected; or with a byte order mark), which is left open, with the default options.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <returns>The catalog, version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CatalogImportException">The file cannot be turned into a catalog; its problems are listed with their row and column.</exception>
    public static PowerCatalog Import(Stream stream) => Import(stream, CatalogCsvOptions.Default);

    /// <summary>
    /// Imports a catalog from a stream, which is left open. A byte order mark sets the encoding; otherwise it
    /// is <see cref="CatalogCsvOptions.Encoding"/>, or detected (UTF-8 or GB18030/GBK).
    /// </summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog, with version <see cref="CatalogCsvOptions.Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogImportException">The file cannot be turned into a catalog; its problems are listed with their row and column.</exception>
    public static PowerCatalog Import(Stream stream, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return CsvCatalogReader.Read(stream, options);
    }

    /// <summary>Exports a catalog as CSV text with Chinese headers.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The CSV text, records ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">A power cannot be written so that it reads back; every such power is named.</exception>
    public static string Export(PowerCatalog catalog) => Export(catalog, CatalogCsvOptions.Default);

    /// <summary>Exports a catalog as CSV text.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">The options.</param>
    /// <returns>The CSV text, records ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A power cannot be written so that it reads back; every such power is named.</exception>
    public static string Export(PowerCatalog catalog, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvCatalogWriter.Write(catalog, writer, options);
        return writer.ToString();
    }

    /// <summary>Exports a catalog with Chinese headers to a text writer, which is flushed and left open.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A power cannot be written so that it reads back; nothing is written.</exception>
    public static void Export(PowerCatalog catalog, TextWriter writer) => Export(catalog, writer, CatalogCsvOptions.Default);

    /// <summary>Exports a catalog to a text writer, which is flushed and left open.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="writer">The writer.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A power cannot be written so that it reads back; nothing is written.</exception>
    public static void Export(PowerCatalog catalog, TextWriter writer, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        CsvCatalogWriter.Write(catalog, writer, options);
    }

    /// <summary>Exports a catalog with Chinese headers to a stream as UTF-8 with a byte order mark; the stream is flushed and left open.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="stream">The stream, written from its current position.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A power cannot be written so that it reads back; nothing is written.</exception>
    public static void Export(PowerCatalog catalog, Stream stream) => Export(catalog, stream, CatalogCsvOptions.Default);

    /// <summary>
    /// Exports a catalog to a stream as UTF-8, with a byte order mark unless
    /// <see cref="CatalogCsvOptions.WriteByteOrderMark"/> is off. The stream is flushed and left open.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="stream">The stream, written from its current position.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A power cannot be written so that it reads back; nothing is written.</exception>
    public static void Export(PowerCatalog catalog, Stream stream, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        CsvCatalogWriter.Write(catalog, stream, options);
    }
}
