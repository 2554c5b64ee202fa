using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Writes a catalog in the spreadsheet form, after checking that it will read back.</summary>
internal static class CsvCatalogWriter
{
    internal static void Write(PowerCatalog catalog, TextWriter output, CatalogCsvOptions options)
    {
        Check(catalog, options);
        using var csv = CsvWriter.Create(output, WriterOptions(options), leaveOpen: true);
        WriteRecords(csv, catalog, options);
    }

    internal static void Write(PowerCatalog catalog, Stream output, CatalogCsvOptions options)
    {
        Check(catalog, options);
        using var csv = CsvWriter.Create(output, WriterOptions(options) with { WriteByteOrderMark = options.WriteByteOrderMark }, leaveOpen: true);
        WriteRecords(csv, catalog, options);
    }

    // Cells a spreadsheet would run as formulas get a leading apostrophe (CSV injection, OWASP); the reader removes it.
    private static CsvWriterOptions WriterOptions(CatalogCsvOptions options) => CsvWriterOptions.Default with
    {
        Separator = options.Separator ?? ',',
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
    };

    /// <summary>
    /// Whether an apostrophe before <paramref name="next"/> at the start of a cell is an escape: before the characters
    /// that make a spreadsheet run a cell as a formula (<c>= + - @</c>, tab, carriage return), and before another
    /// apostrophe (so that text which itself starts so reads back as written).
    /// </summary>
    internal static bool IsEscapedByApostrophe(char next) => next is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    /// <summary>
    /// The text of a cell as written: CsvHelper escapes a cell starting with a formula character; a cell starting with
    /// an apostrophe that the reader would take for an escape gets one more.
    /// </summary>
    private static string? Text(string? value) =>
        value is { Length: >= 2 } && value[0] == '\'' && IsEscapedByApostrophe(value[1]) ? "'" + value : value;

    private static void WriteRecords(CsvWriter csv, PowerCatalog catalog, CatalogCsvOptions options)
    {
        var language = options.Language;
        foreach (var column in CsvColumns.All)
        {
            csv.WriteField(language == CatalogCsvLanguage.English ? column.EnglishHeader : column.ChineseHeader);
        }

        csv.EndRecord();
        foreach (var power in catalog)
        {
            var fee = power.Fee ?? Fee.Free;
            var disclosure = power.Disclosure ?? Disclosure.Unspecified;
            var confidentiality = power.Confidentiality ?? Confidentiality.Public;
            csv.WriteField(Text(power.Code.Value));
            csv.WriteField(Text(power.Name));
            csv.WriteField(Text(CategoryText(power.Category, options)));
            csv.WriteField(Text(LegalBasisText.Format(power.LegalBases, language)));
            csv.WriteField(Text(power.ImplementingBody));
            csv.WriteField(Text(power.UndertakingUnit));
            csv.WriteField(Text(power.UndertakingPost));
            csv.WriteField(Text(power.ResponsiblePerson));
            csv.WriteField(Text(CatalogWords.Format(power.Initiation, language)));
            csv.WriteField(Text(power.Conditions));
            csv.WriteField(Text(LimitText(power.LegalTimeLimit, language)));
            csv.WriteField(Text(LimitText(power.CommittedTimeLimit, language)));
            csv.WriteField(Text(CatalogWords.Format(!fee.IsFree, language)));
            csv.WriteField(Text(fee.Amount?.ToString(CultureInfo.InvariantCulture)));
            csv.WriteField(Text(fee.Basis));
            csv.WriteField(Text(fee.Standard));
            csv.WriteField(Text(disclosure.Scope));
            csv.WriteField(Text(CatalogWords.Format(disclosure.Forms, language)));
            csv.WriteField(Text(CatalogWords.Format(disclosure.Timing, language)));
            csv.WriteField(Text(CatalogWords.Format(confidentiality.IsConfidential, language)));
            csv.WriteField(Text(confidentiality.Reason));
            csv.WriteField(Text(confidentiality.Basis));
            csv.WriteField(Text(power.SupervisingBody));
            csv.WriteField(Text(power.ComplaintChannel));
            csv.WriteField(Text(power.MainItem?.Value));
            csv.WriteField(Text(CatalogWords.Format(power.ExercisingLevels, language)));
            csv.WriteField(Text(CatalogWords.Format(power.ServiceObjects, language)));
            csv.WriteField(Text(CatalogWords.Format(power.ForwardedForReview, language)));
            csv.WriteField(Text(power.ImplementingBodyCreditCode?.Value));
            csv.WriteField(Text(power.ImplementingBodyArea?.ToString()));
            csv.WriteField(Text(StageText.Format(power.Stages, language)));
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string? LimitText(TimeLimit? limit, CatalogCsvLanguage language) =>
        limit is not { } value ? null : language == CatalogCsvLanguage.English ? value.ToString() : value.ToChineseString();

    /// <summary>The Chinese name (or, in English, the type code) when it resolves back to the category; else the type code.</summary>
    private static string? CategoryText(PowerCategory? category, CatalogCsvOptions options)
    {
        if (category is null)
        {
            return null;
        }

        var text = options.Language == CatalogCsvLanguage.English ? category.TypeCode : category.ChineseName;
        return Resolves(text, category, options) ? text : category.TypeCode;
    }

    private static bool Resolves(string text, PowerCategory category, CatalogCsvOptions options) =>
        PowerCategory.TryFind(text, out var found, options.AdditionalCategories) && found.Equals(category);

    /// <summary>Throws when a power cannot be written so that an import with the same options reads it back.</summary>
    private static void Check(PowerCatalog catalog, CatalogCsvOptions options)
    {
        var problems = new List<string>();
        foreach (var power in catalog)
        {
            var why = new List<string>();
            why.AddRange(power.LegalBases.Select(LegalBasisText.WhyNotWritable).OfType<string>());
            if (!Enum.IsDefined(power.Initiation))
            {
                why.Add("the initiation " + power.Initiation + " is not a defined Initiation");
            }

            if (power.Disclosure is { } disclosure && !CatalogWords.IsDefined(disclosure.Forms))
            {
                why.Add("the disclosure forms " + disclosure.Forms + " include undefined flags");
            }

            if (power.Disclosure is { } timed && !Enum.IsDefined(timed.Timing))
            {
                why.Add("the disclosure timing " + timed.Timing + " is not a defined DisclosureTiming");
            }

            if (!CatalogWords.IsDefined(power.ExercisingLevels))
            {
                why.Add("the exercising levels " + power.ExercisingLevels + " include undefined flags");
            }

            if (!CatalogWords.IsDefined(power.ServiceObjects))
            {
                why.Add("the service objects " + power.ServiceObjects + " include undefined flags");
            }

            if (power.MainItem is { IsEmpty: true })
            {
                why.Add("the main item is an empty code, which reads back as no main item");
            }

            if (power.ImplementingBodyCreditCode is { IsEmpty: true })
            {
                why.Add("the implementing body's credit code is the empty code, which reads back as not stated");
            }

            if (power.ImplementingBodyArea is { IsEmpty: true })
            {
                why.Add("the implementing body's area is the empty code, which reads back as not stated");
            }

            why.AddRange(power.Stages.Select(StageText.WhyNotWritable).OfType<string>());
            if (power.Category is { } category && !Resolves(category.TypeCode, category, options))
            {
                why.Add("the category " + category + " is neither well known nor in CatalogCsvOptions.AdditionalCategories, so it would not read back");
            }

            if (why.Count > 0)
            {
                problems.Add("'" + power.Code + "': " + string.Join("; ", why));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"{problems.Count} power(s) cannot be written as CSV so that they read back; nothing was written:") + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems),
                nameof(catalog));
        }
    }
}
