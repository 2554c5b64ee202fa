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

    private static CsvWriterOptions WriterOptions(CatalogCsvOptions options) => CsvWriterOptions.Default with
    {
        Separator = options.Separator,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

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
            csv.WriteField(power.Code.Value);
            csv.WriteField(power.Name);
            csv.WriteField(CategoryText(power.Category, options));
            csv.WriteField(LegalBasisText.Format(power.LegalBases, language));
            csv.WriteField(power.ImplementingBody);
            csv.WriteField(power.UndertakingUnit);
            csv.WriteField(power.UndertakingPost);
            csv.WriteField(power.ResponsiblePerson);
            csv.WriteField(CatalogWords.Format(power.Initiation, language));
            csv.WriteField(power.Conditions);
            csv.WriteField(LimitText(power.LegalTimeLimit, language));
            csv.WriteField(LimitText(power.CommittedTimeLimit, language));
            csv.WriteField(CatalogWords.Format(!fee.IsFree, language));
            csv.WriteField(fee.Amount?.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(fee.Basis);
            csv.WriteField(fee.Standard);
            csv.WriteField(disclosure.Scope);
            csv.WriteField(CatalogWords.Format(disclosure.Forms, language));
            csv.WriteField(CatalogWords.Format(disclosure.Timing, language));
            csv.WriteField(CatalogWords.Format(confidentiality.IsConfidential, language));
            csv.WriteField(confidentiality.Reason);
            csv.WriteField(confidentiality.Basis);
            csv.WriteField(power.SupervisingBody);
            csv.WriteField(power.ComplaintChannel);
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
