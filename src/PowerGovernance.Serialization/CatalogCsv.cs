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
/// <b>Import</b> accepts Chinese or English headers (and a few common variants) in any order. A file that
/// cannot be turned into a catalog — unknown or missing columns, broken quoting, unreadable time limits,
/// ranks, categories, words or numbers, duplicate codes — fails with a <see cref="CatalogImportException"/>
/// that lists every problem with its row and column, and no catalog is returned. Content a catalog can hold
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
/// <see cref="CatalogCsvOptions.Language"/> says English. A catalog whose text members are trimmed and
/// non-empty (or <see langword="null"/>) and whose fee, disclosure and confidentiality are not
/// <see langword="null"/> is imported back (with the same options) as an equal catalog; the CSV form writes
/// a missing fee, disclosure or confidentiality as free, unspecified and public. What cannot be written so
/// that it reads back — a legal basis whose title is not in 《》, an undefined enumeration value, a category
/// the options cannot resolve — makes the export fail before anything is written.
/// </para>
/// </remarks>
public static class CatalogCsv
{
    /// <summary>Gets the columns, in the default order.</summary>
    public static IReadOnlyList<CatalogCsvColumn> Columns { get; } = Array.AsReadOnly(CsvColumns.All);

    /// <summary>Imports a catalog from CSV text with the default options.</summary>
    /// <param name="csv">The CSV text itself (not a file path).</param>
    /// <returns>The catalog, version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; every problem is listed with its row and column.</exception>
    public static PowerCatalog Import(string csv) => Import(csv, CatalogCsvOptions.Default);

    /// <summary>Imports a catalog from CSV text.</summary>
    /// <param name="csv">The CSV text itself (not a file path).</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog, with version <see cref="CatalogCsvOptions.Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; every problem is listed with its row and column.</exception>
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
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; every problem is listed with its row and column.</exception>
    public static PowerCatalog Import(TextReader reader) => Import(reader, CatalogCsvOptions.Default);

    /// <summary>Imports a catalog from a text reader, which is left open.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog, with version <see cref="CatalogCsvOptions.Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogImportException">The text cannot be turned into a catalog; every problem is listed with its row and column.</exception>
    public static PowerCatalog Import(TextReader reader, CatalogCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return CsvCatalogReader.Read(reader, options);
    }

    /// <summary>Imports a catalog from a UTF-8 stream (or one with a byte order mark), which is left open, with the default options.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <returns>The catalog, version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CatalogImportException">The file cannot be turned into a catalog; every problem is listed with its row and column.</exception>
    public static PowerCatalog Import(Stream stream) => Import(stream, CatalogCsvOptions.Default);

    /// <summary>
    /// Imports a catalog from a stream, which is left open. A byte order mark sets the encoding; otherwise it
    /// is <see cref="CatalogCsvOptions.Encoding"/>, or UTF-8.
    /// </summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <param name="options">The options.</param>
    /// <returns>The catalog, with version <see cref="CatalogCsvOptions.Version"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogImportException">The file cannot be turned into a catalog; every problem is listed with its row and column.</exception>
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
