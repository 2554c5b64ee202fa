using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// The text form of a power's stage responsibilities in one cell (责任事项): one stage per line,
/// <c>受理：公示应当提交的材料；一次性告知补正材料【追责：procrastination、abuse-of-power】</c> — the stage's name
/// (Chinese, or the English member name such as <c>Acceptance</c>), a colon (<c>：</c> or <c>:</c>), the responsibilities
/// joined by <c>；</c>, and optionally at the end the accountability matter codes in <c>【追责：…】</c> (or
/// <c>【accountability: …】</c>) joined by <c>、</c> or <c>,</c>. Blank lines are skipped; parts are trimmed.
/// </summary>
internal static class StageText
{
    internal const string ChineseMarker = "【追责：";
    internal const string EnglishMarker = "【accountability:";

    // Looked up by exact text first (the usual case, and fast for Chinese), then ignoring ASCII case for English names.
    private static readonly FrozenDictionary<string, PowerStage> Names = BuildNames(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PowerStage> NamesIgnoringCase = BuildNames(StringComparer.OrdinalIgnoreCase);

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, PowerStage>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, PowerStage>.AlternateLookup<ReadOnlySpan<char>> NameLookupIgnoringCase = NamesIgnoringCase.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>A problem of one line of the cell.</summary>
    internal readonly record struct Problem(string Message, string ChineseMessage);

    /// <summary>Gets the stage names for messages.</summary>
    internal static string NamesForMessages { get; } = string.Join("/", Enum.GetValues<PowerStage>().Select(s => Terms.ChineseName(s)));

    /// <summary>Parses a cell; collects a problem per line that breaks the form (at most <paramref name="max"/>).</summary>
    /// <remarks>
    /// Works on spans: only the texts kept (responsibilities, matter codes) become strings, each taken from
    /// <paramref name="pool"/> so that a text repeated across entries is kept once.
    /// </remarks>
    internal static ImmutableArray<StageResponsibility> Parse(ReadOnlySpan<char> text, List<Problem> problems, int max, TextPool pool)
    {
        var stages = ImmutableArray.CreateBuilder<StageResponsibility>(text.Count('\n') + 1);
        var lineNumber = 0;
        var rest = text;
        while (true)
        {
            lineNumber++;
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (line.Length > 0)
            {
                if (TryParseLine(line, pool, out var stage, out var problem))
                {
                    stages.Add(stage);
                }
                else if (problems.Count < max)
                {
                    var shown = ImportFinding.Cut(line.ToString());
                    problems.Add(new Problem(
                        FormattableString.Invariant($"Line {lineNumber} of the cell, '{shown}': {problem.Message}"),
                        FormattableString.Invariant($"单元格第{lineNumber}行“{shown}”：{problem.ChineseMessage}")));
                }
            }

            if (end < 0)
            {
                return stages.Count == stages.Capacity ? stages.MoveToImmutable() : stages.ToImmutable();
            }

            rest = rest[(end + 1)..];
        }
    }

    private static bool TryParseLine(ReadOnlySpan<char> line, TextPool pool, out StageResponsibility stage, out Problem problem)
    {
        stage = null!;
        problem = default;
        var colon = line.IndexOfAny('：', ':');
        if (colon <= 0)
        {
            problem = new Problem(
                "a stage is written as its name, a colon and its responsibilities joined by ；, e.g. 受理：公示应当提交的材料；一次性告知补正材料【追责：procrastination】.",
                "环节应写作“环节名称：责任事项；责任事项”，如“受理：公示应当提交的材料；一次性告知补正材料【追责：procrastination】”。");
            return false;
        }

        var name = line[..colon].Trim();
        if (!TryFindStage(name, out var value))
        {
            problem = new Problem(
                "'" + ImportFinding.Cut(name.ToString()) + "' is not a stage; stages: " + NamesForMessages + " (or " + string.Join(", ", Enum.GetNames<PowerStage>()) + ").",
                "“" + ImportFinding.Cut(name.ToString()) + "”不是环节名称；可用：" + NamesForMessages + "。");
            return false;
        }

        var rest = line[(colon + 1)..];
        var matters = ImmutableArray<string>.Empty;
        var open = rest.IndexOf('【');
        if (open >= 0)
        {
            var marker = rest[open..];
            var prefix = marker.StartsWith(ChineseMarker, StringComparison.Ordinal) ? ChineseMarker.Length
                : marker.StartsWith(EnglishMarker, StringComparison.OrdinalIgnoreCase) ? EnglishMarker.Length
                : marker.StartsWith("【追责:", StringComparison.Ordinal) ? 4 : -1;
            if (prefix < 0 || marker[^1] != '】' || marker.IndexOf('】') != marker.Length - 1)
            {
                problem = new Problem(
                    "the accountability matters go at the end of the line as 【追责：code、code】 (or 【accountability: code, code】), and 【 may not appear elsewhere.",
                    "追责情形应写在行末，形如“【追责：代码、代码】”，且“【”不得出现在其他位置。");
                return false;
            }

            var codes = marker[prefix..^1];
            matters = codes.Trim().IsEmpty ? [] : Pieces(codes, '、', ',', pool);
            rest = rest[..open];
        }

        stage = new StageResponsibility(value, rest.Trim().IsEmpty ? [] : Pieces(rest, '；', '；', pool), matters);
        return true;
    }

    /// <summary>The trimmed pieces of <paramref name="text"/> between the separators, as an immutable list (no copy later).</summary>
    private static ImmutableArray<string> Pieces(ReadOnlySpan<char> text, char separator, char other, TextPool pool)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == separator || c == other)
            {
                count++;
            }
        }

        var pieces = ImmutableArray.CreateBuilder<string>(count);
        while (true)
        {
            var at = text.IndexOfAny(separator, other);
            pieces.Add(pool.Get((at < 0 ? text : text[..at]).Trim()));
            if (at < 0)
            {
                return pieces.MoveToImmutable();
            }

            text = text[(at + 1)..];
        }
    }

    /// <summary>Finds a stage by its name, exactly first, then ignoring ASCII case.</summary>
    private static bool TryFindStage(ReadOnlySpan<char> name, out PowerStage stage)
    {
#if NET9_0_OR_GREATER
        return NameLookup.TryGetValue(name, out stage) || NameLookupIgnoringCase.TryGetValue(name, out stage);
#else
        var text = name.ToString();
        return Names.TryGetValue(text, out stage) || NamesIgnoringCase.TryGetValue(text, out stage);
#endif
    }

    /// <summary>Writes the stages, one per line.</summary>
    internal static string? Format(IReadOnlyList<StageResponsibility> stages, CatalogCsvLanguage language)
    {
        if (stages.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var stage in stages)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var english = language == CatalogCsvLanguage.English;
            text.Append(english ? stage.Stage.ToString() : Terms.ChineseName(stage.Stage)).Append(english ? ": " : "：");
            text.AppendJoin('；', stage.Responsibilities);
            if (stage.AccountabilityMatters.Count > 0)
            {
                text.Append(english ? EnglishMarker + " " : ChineseMarker).AppendJoin(english ? ", " : "、", stage.AccountabilityMatters).Append('】');
            }
        }

        return text.ToString();
    }

    /// <summary>Why a stage cannot be written so that it reads back, or <see langword="null"/>.</summary>
    internal static string? WhyNotWritable(StageResponsibility? stage)
    {
        if (stage is null)
        {
            return "a stage is null";
        }

        if (!Enum.IsDefined(stage.Stage))
        {
            return "the stage " + stage.Stage + " is not a defined PowerStage";
        }

        foreach (var line in stage.Responsibilities)
        {
            if (!IsWritable(line, "；【"))
            {
                return "the responsibility '" + ImportFinding.Cut(line ?? "(null)") + "' of the stage " + stage.Stage + " is blank, not trimmed, or contains ；, 【 or a line break";
            }
        }

        foreach (var code in stage.AccountabilityMatters)
        {
            if (!IsWritable(code, "、,【】"))
            {
                return "the accountability matter code '" + ImportFinding.Cut(code ?? "(null)") + "' of the stage " + stage.Stage + " is blank, not trimmed, or contains 、 , 【 】 or a line break";
            }
        }

        return null;
    }

    private static bool IsWritable(string? text, string forbidden) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Trim().Length == text.Length
        && text.AsSpan().IndexOfAny((forbidden + "\r\n").AsSpan()) < 0;

    private static FrozenDictionary<string, PowerStage> BuildNames(StringComparer comparer)
    {
        var names = new Dictionary<string, PowerStage>(comparer);
        foreach (var stage in Enum.GetValues<PowerStage>())
        {
            names[Terms.ChineseName(stage)] = stage;
            names[Terms.ChineseName(stage) + "责任"] = stage;
            names[Terms.ChineseName(stage) + "环节"] = stage;
            names[stage.ToString()] = stage;
        }

        // Words catalogs use for the same stages.
        names["调查取证"] = PowerStage.Investigation;
        names["审理"] = PowerStage.Review;
        names["监管"] = PowerStage.Supervision;
        return names.ToFrozenDictionary(comparer);
    }
}
