using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>The words a catalog spreadsheet uses for enumerations, in Chinese and English, both ways.</summary>
internal static class CatalogWords
{
    private static readonly FrozenDictionary<string, Initiation> Initiations = Build(
        [.. Enum.GetValues<Initiation>().Select(i => (i, Terms.ChineseName(i)))]);

    private static readonly FrozenDictionary<string, LegalBasisRank> Ranks = Build(
        [.. Enum.GetValues<LegalBasisRank>().Select(r => (r, Terms.ChineseName(r)))]);

    // 阶段公开 is the short form some spreadsheets use for 阶段性公开.
    private static readonly FrozenDictionary<string, DisclosureTiming> Timings = Build(
        [.. Enum.GetValues<DisclosureTiming>().Select(t => (t, Terms.ChineseName(t))), (DisclosureTiming.ByStage, "阶段公开")]);

    // Besides the terms, the short or older words offices write in their spreadsheets.
    private static readonly FrozenDictionary<string, DisclosureForms> Forms = Build(
        [
            .. SingleFormValues().Select(f => (f, Terms.ChineseName(f))),
            (DisclosureForms.NoticeBoard, "公开栏"),
            (DisclosureForms.Handbook, "手册"),
            (DisclosureForms.Hotline, "热线"),
            (DisclosureForms.Website, "网站"),
            (DisclosureForms.Media, "媒体"),
            (DisclosureForms.Circular, "通报"),
        ]);

    // Besides the terms (省级, 自然人), the short words catalogs write (省, 县, 公民).
    private static readonly FrozenDictionary<string, ExercisingLevels> Levels = Build(
        [
            .. SingleValues<ExercisingLevels>().Select(l => (l, Terms.ChineseName(l))),
            (ExercisingLevels.Province, "省"),
            (ExercisingLevels.City, "市"),
            (ExercisingLevels.County, "县"),
            (ExercisingLevels.Township, "乡镇"),
            (ExercisingLevels.Township, "乡"),
            (ExercisingLevels.Township, "镇"),
            (ExercisingLevels.Township, "街道"),
        ]);

    private static readonly FrozenDictionary<string, ServiceObjects> Objects = Build(
        [
            .. SingleValues<ServiceObjects>().Select(o => (o, Terms.ChineseName(o))),
            (ServiceObjects.Citizens, "公民"),
            (ServiceObjects.Citizens, "个人"),
        ]);

    private static readonly FrozenDictionary<string, bool> YesNo = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["是"] = true, ["否"] = false, ["yes"] = true, ["no"] = false, ["y"] = true, ["n"] = false,
        ["true"] = true, ["false"] = false, ["1"] = true, ["0"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly DisclosureForms[] SingleForms = SingleFormValues();

    private static readonly DisclosureForms AllForms = SingleForms.Aggregate(DisclosureForms.None, (all, f) => all | f);

    /// <summary>Gets the Chinese rank names in rank order, for messages.</summary>
    internal static string RankNames { get; } = string.Join("/", Enum.GetValues<LegalBasisRank>().Select(r => Terms.ChineseName(r)));

    /// <summary>Gets the Chinese disclosure form names, for messages.</summary>
    internal static string FormNames { get; } = string.Join("/", SingleForms.Select(f => Terms.ChineseName(f)));

    /// <summary>Gets the Chinese timing names, for messages.</summary>
    internal static string TimingNames { get; } = string.Join("/", Enum.GetValues<DisclosureTiming>().Select(t => Terms.ChineseName(t)));

    internal static bool TryParse(string text, out Initiation value) => Initiations.TryGetValue(text, out value);

    internal static bool TryParse(string text, out LegalBasisRank value) => Ranks.TryGetValue(text, out value);

    internal static bool TryParse(string text, out DisclosureTiming value) => Timings.TryGetValue(text, out value);

    internal static bool TryParseYesNo(string text, out bool value) => YesNo.TryGetValue(text, out value);

    /// <summary>Parses forms joined by 、 ; ； , ， / or line breaks; collects the words that are not forms.</summary>
    internal static DisclosureForms ParseForms(string text, List<string> unknown)
    {
        var forms = DisclosureForms.None;
        foreach (var part in text.Split(['、', ';', '；', ',', '，', '/', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Forms.TryGetValue(part, out var form))
            {
                forms |= form;
            }
            else
            {
                unknown.Add(part);
            }
        }

        return forms;
    }

    internal static bool IsDefined(DisclosureForms forms) => (forms & ~AllForms) == 0;

    /// <summary>Gets the Chinese level names, for messages.</summary>
    internal static string LevelNames { get; } = string.Join("/", SingleValues<ExercisingLevels>().Select(l => Terms.ChineseName(l)));

    /// <summary>Gets the Chinese service object names, for messages.</summary>
    internal static string ObjectNames { get; } = string.Join("/", SingleValues<ServiceObjects>().Select(o => Terms.ChineseName(o)));

    /// <summary>Parses levels joined by 、 ; ； , ， / or line breaks; collects the words that are not levels.</summary>
    internal static ExercisingLevels ParseLevels(string text, List<string> unknown) => ParseFlags(text, Levels, unknown);

    /// <summary>Parses service objects joined by 、 ; ； , ， / or line breaks; collects the words that are not objects.</summary>
    internal static ServiceObjects ParseObjects(string text, List<string> unknown) => ParseFlags(text, Objects, unknown);

    internal static bool IsDefined(ExercisingLevels levels) => (levels & ~SingleValues<ExercisingLevels>().Aggregate(ExercisingLevels.None, (all, l) => all | l)) == 0;

    internal static bool IsDefined(ServiceObjects objects) => (objects & ~SingleValues<ServiceObjects>().Aggregate(ServiceObjects.None, (all, o) => all | o)) == 0;

    internal static string Format(ExercisingLevels levels, CatalogCsvLanguage language) =>
        FormatFlags(levels, language, l => Terms.ChineseName(l));

    internal static string Format(ServiceObjects objects, CatalogCsvLanguage language) =>
        FormatFlags(objects, language, o => Terms.ChineseName(o));

    private static T ParseFlags<T>(string text, FrozenDictionary<string, T> words, List<string> unknown)
        where T : struct, Enum
    {
        long value = 0;
        foreach (var part in text.Split(['、', ';', '；', ',', '，', '/', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (words.TryGetValue(part, out var word))
            {
                value |= Convert.ToInt64(word, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                unknown.Add(part);
            }
        }

        return (T)Enum.ToObject(typeof(T), value);
    }

    private static string FormatFlags<T>(T flags, CatalogCsvLanguage language, Func<T, string> chinese)
        where T : struct, Enum
    {
        var text = new StringBuilder();
        foreach (var single in SingleValues<T>())
        {
            if (flags.HasFlag(single))
            {
                if (text.Length > 0)
                {
                    text.Append(language == CatalogCsvLanguage.English ? "; " : "、");
                }

                text.Append(language == CatalogCsvLanguage.English ? single.ToString() : chinese(single));
            }
        }

        return text.ToString();
    }

    private static T[] SingleValues<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)];

    internal static string Format(Initiation value, CatalogCsvLanguage language) =>
        language == CatalogCsvLanguage.English ? value.ToString() : Terms.ChineseName(value);

    internal static string Format(bool value, CatalogCsvLanguage language) =>
        language == CatalogCsvLanguage.English ? (value ? "yes" : "no") : (value ? "是" : "否");

    internal static string Format(LegalBasisRank value, CatalogCsvLanguage language) =>
        language == CatalogCsvLanguage.English ? value.ToString() : Terms.ChineseName(value);

    internal static string Format(DisclosureTiming value, CatalogCsvLanguage language) =>
        language == CatalogCsvLanguage.English ? value.ToString() : Terms.ChineseName(value);

    internal static string Format(DisclosureForms forms, CatalogCsvLanguage language)
    {
        var text = new StringBuilder();
        foreach (var form in SingleForms)
        {
            if ((forms & form) != 0)
            {
                if (text.Length > 0)
                {
                    text.Append(language == CatalogCsvLanguage.English ? "; " : "、");
                }

                text.Append(language == CatalogCsvLanguage.English ? form.ToString() : Terms.ChineseName(form));
            }
        }

        return text.ToString();
    }

    private static DisclosureForms[] SingleFormValues() => [.. Enum.GetValues<DisclosureForms>().Where(f => f != DisclosureForms.None)];

    /// <summary>Builds a lookup of the Chinese words and the enumeration's own names (ignoring ASCII case).</summary>
    private static FrozenDictionary<string, T> Build<T>(params (T Value, string Chinese)[] words)
        where T : struct, Enum
    {
        var lookup = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (value, chinese) in words)
        {
            lookup[chinese] = value;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            lookup.TryAdd(value.ToString(), value);
        }

        return lookup.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
