using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Accountability;

/// <summary>
/// The office's accountability table (问责方式及适用标准): its sanctions with their weights, the sanctions each
/// <see cref="SeverityTier"/> allows, the aggravating factors, and the repeat rule. <see cref="Default"/> is the
/// township's accountability rules (行政问责制: ten sanctions, three tiers, four aggravating factors); an office overrides it by constructing its own, which is checked
/// for every problem at once. Immutable and thread-safe.
/// </summary>
public sealed class SanctionTable
{
    /// <summary>The default repeat threshold: 2 decisions within the window, the one being decided included (1年内出现2次以上).</summary>
    public const int DefaultRepeatThreshold = 2;

    private static readonly string[] DefenceWords = ["声辩", "申辩", "陈述", "defence", "defense", "statement"];

    private readonly Dictionary<string, Sanction> byCode;
    private readonly Dictionary<string, SeverityTier> tierByCode;
    private readonly Sanction[][] tiers;

    /// <summary>Creates a table and checks it.</summary>
    /// <param name="sanctions">The sanctions, each with a unique code and a unique weight of at least 1.</param>
    /// <param name="minor">The codes of the sanctions the minor tier allows.</param>
    /// <param name="serious">The codes of the sanctions the serious tier allows.</param>
    /// <param name="especiallySerious">The codes of the sanctions the especially serious tier allows.</param>
    /// <param name="factors">The aggravating factors (default: the rule book's four).</param>
    /// <param name="repeatThreshold">How many decisions within <paramref name="repeatWindow"/>, the one being decided included, make
    /// <see cref="AggravatingFactor.RepeatedWithinOneYear"/> apply (default <see cref="DefaultRepeatThreshold"/>).</param>
    /// <param name="repeatWindow">The repeat window, ending on the decision date (default one year).</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="InvalidSanctionTableException">The table breaks a rule: every sanction in exactly one tier, tiers ordered
    /// by weight (every sanction of a lighter tier lighter than every sanction of a heavier one), unique codes and weights, no factor
    /// that is the person's statement or defence, a positive repeat rule.</exception>
    public SanctionTable(
        IEnumerable<Sanction> sanctions,
        IEnumerable<string> minor,
        IEnumerable<string> serious,
        IEnumerable<string> especiallySerious,
        IEnumerable<AggravatingFactor>? factors = null,
        int repeatThreshold = DefaultRepeatThreshold,
        Period? repeatWindow = null)
    {
        var all = Preconditions.CheckNotNull(sanctions).ToArray();
        string[][] tierCodes = [Preconditions.CheckNotNull(minor).ToArray(), Preconditions.CheckNotNull(serious).ToArray(), Preconditions.CheckNotNull(especiallySerious).ToArray()];
        var factorList = (factors ?? AggravatingFactor.WellKnown).ToArray();
        var window = repeatWindow ?? Period.FromYears(1);
        var problems = Check(all, tierCodes, factorList, repeatThreshold, window);
        if (problems.Count > 0)
        {
            throw new InvalidSanctionTableException(problems);
        }

        Sanctions = Array.AsReadOnly(all.OrderBy(s => s.Weight).ToArray());
        byCode = all.ToDictionary(s => s.Code, StringComparer.Ordinal);
        tierByCode = new Dictionary<string, SeverityTier>(StringComparer.Ordinal);
        tiers = new Sanction[3][];
        for (var i = 0; i < 3; i++)
        {
            tiers[i] = tierCodes[i].Select(c => byCode[c]).OrderBy(s => s.Weight).ToArray();
            foreach (var code in tierCodes[i])
            {
                tierByCode[code] = (SeverityTier)(i + 1);
            }
        }

        Factors = Array.AsReadOnly(factorList);
        RepeatThreshold = repeatThreshold;
        RepeatWindow = window;
    }

    /// <summary>The township rule book's table: the ten sanctions weighted 1–10, minor 1–3, serious 4–7, especially serious 8–10, the four factors, twice within one year.</summary>
    public static SanctionTable Default { get; } = new(
        Sanction.WellKnown,
        Sanction.WellKnown.Take(3).Select(s => s.Code),
        Sanction.WellKnown.Skip(3).Take(4).Select(s => s.Code),
        Sanction.WellKnown.Skip(7).Select(s => s.Code));

    /// <summary>Every sanction, lightest first.</summary>
    public IReadOnlyList<Sanction> Sanctions { get; }

    /// <summary>The aggravating factors.</summary>
    public IReadOnlyList<AggravatingFactor> Factors { get; }

    /// <summary>How many decisions within <see cref="RepeatWindow"/>, the one being decided included, make the repeat factor apply.</summary>
    public int RepeatThreshold { get; }

    /// <summary>The repeat window, ending on the decision date.</summary>
    public Period RepeatWindow { get; }

    /// <summary>The sanctions a tier allows, lightest first.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The tier's sanctions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined tier.</exception>
    public IReadOnlyList<Sanction> SanctionsOf(SeverityTier tier)
    {
        Preconditions.CheckArgumentRange((int)tier, 1, 3, nameof(tier));
        return Array.AsReadOnly(tiers[(int)tier - 1]);
    }

    /// <summary>Finds a sanction by its code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="sanction">The sanction, if the table defines it.</param>
    /// <returns>Whether the table defines it.</returns>
    public bool TryGetSanction(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Sanction? sanction)
    {
        sanction = null;
        return code is not null && byCode.TryGetValue(code, out sanction);
    }

    /// <summary>The tier a sanction belongs to.</summary>
    /// <param name="sanction">A sanction of this table.</param>
    /// <returns>Its tier.</returns>
    /// <exception cref="ArgumentException">The table does not define <paramref name="sanction"/>.</exception>
    public SeverityTier TierOf(Sanction sanction)
    {
        Preconditions.CheckNotNull(sanction);
        return tierByCode.TryGetValue(sanction.Code, out var tier) && byCode[sanction.Code] == sanction
            ? tier
            : throw new ArgumentException("The sanction '" + sanction.Code + "' is not in this table.", nameof(sanction));
    }

    /// <summary>
    /// Whether a review outcome is heavier (加重) than the decision under appeal, on this table's weights and tiers. Both are sets of
    /// sanctions: a sanction named twice counts once. The outcome is heavier when any of these holds:
    /// <list type="number">
    /// <item><description><b>Heavier tier.</b> Its heaviest sanction belongs to a heavier tier (<see cref="TierOf"/>; minor, then serious,
    /// then especially serious) than the heaviest sanction decided.</description></item>
    /// <item><description><b>Heavier sanction.</b> Its heaviest sanction has a higher <see cref="Sanction.Weight"/> than the heaviest
    /// sanction decided.</description></item>
    /// <item><description><b>Added sanctions.</b> Its sanctions cannot each be matched to a different decided sanction of at least the
    /// same weight: listed heaviest first, it has more sanctions than the decision, or for some k its k-th sanction weighs more than the
    /// decision's k-th.</description></item>
    /// </list>
    /// Otherwise it is not heavier: the decision upheld or restated, the decision with sanctions dropped, or with sanctions replaced by
    /// lighter ones one for one. As the tiers are ordered by weight, (1) implies (2) and (2) implies (3), so (3) alone decides; (1) and
    /// (2) name the reason. Several lighter sanctions are never set off against one heavier sanction: replacing one sanction by two
    /// lighter ones is heavier, in the subject's favour. An empty outcome is never heavier; any non-empty outcome is heavier than an
    /// empty decision.
    /// </summary>
    /// <remarks>Nobody is treated more heavily because they asked for review or appealed (不因申请复核、提出申诉而被加重处理,
    /// 公务员法 2018 Art. 96; 政务处分法 Art. 56): <see cref="AccountabilityProceedings"/> refuses such a variation.</remarks>
    /// <param name="outcome">The sanctions the review would impose.</param>
    /// <param name="decision">The sanctions of the decision under appeal.</param>
    /// <returns>Whether <paramref name="outcome"/> is heavier than <paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> or <paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is missing or is a sanction this table does not define.</exception>
    public bool IsHeavier(IEnumerable<Sanction> outcome, IEnumerable<Sanction> decision) => Aggravation(outcome, decision) is not null;

    /// <summary>Why <paramref name="outcome"/> is heavier than <paramref name="decision"/> (<see cref="IsHeavier"/>), or null when it is not.</summary>
    internal Finding? Aggravation(IEnumerable<Sanction> outcome, IEnumerable<Sanction> decision)
    {
        var o = Ranked(Preconditions.CheckNotNull(outcome), nameof(outcome));
        var d = Ranked(Preconditions.CheckNotNull(decision), nameof(decision));
        if (o.Length == 0)
        {
            return null;
        }

        string english;
        string chinese;
        if (d.Length == 0)
        {
            english = "the decision imposed no sanction and the review would impose " + Names(o, english: true);
            chinese = "原决定未采用问责方式，复核拟采用" + Names(o, english: false);
        }
        else if (TierOf(o[0]) > TierOf(d[0]))
        {
            english = Invariant($"its heaviest sanction, {o[0].EnglishName}, belongs to the {Terms.EnglishName(TierOf(o[0]))} tier, heavier than the {Terms.EnglishName(TierOf(d[0]))} tier of the heaviest decided, {d[0].EnglishName}");
            chinese = "其最重的“" + o[0].ChineseName + "”属于" + Terms.ChineseName(TierOf(o[0])) + "档次，重于原决定最重的“" + d[0].ChineseName + "”所属的" + Terms.ChineseName(TierOf(d[0])) + "档次";
        }
        else if (o[0].Weight > d[0].Weight)
        {
            english = Invariant($"its heaviest sanction, {o[0].EnglishName} (weight {o[0].Weight}), is heavier than the heaviest decided, {d[0].EnglishName} (weight {d[0].Weight})");
            chinese = Invariant($"其最重的“{o[0].ChineseName}”（轻重序号{o[0].Weight}）重于原决定最重的“{d[0].ChineseName}”（轻重序号{d[0].Weight}）");
        }
        else if (o.Length > d.Length)
        {
            english = Invariant($"it imposes {o.Length} sanctions ({Names(o, english: true)}) where the decision imposed {d.Length} ({Names(d, english: true)})");
            chinese = Invariant($"其并用{o.Length}种问责方式（{Names(o, english: false)}），多于原决定的{d.Length}种（{Names(d, english: false)}）");
        }
        else
        {
            var k = Enumerable.Range(0, o.Length).FirstOrDefault(i => o[i].Weight > d[i].Weight, -1);
            if (k < 0)
            {
                return null;
            }

            english = Invariant($"its sanction {o[k].EnglishName} (weight {o[k].Weight}) takes the place of the lighter decided {d[k].EnglishName} (weight {d[k].Weight})");
            chinese = Invariant($"其“{o[k].ChineseName}”（轻重序号{o[k].Weight}）取代了原决定中较轻的“{d[k].ChineseName}”（轻重序号{d[k].Weight}）");
        }

        return new Finding(
            SanctionRuleCodes.HeavierOnReview,
            FindingSeverity.Error,
            "Sanctions",
            string.Join(",", o.Select(s => s.Code)),
            "The review may not make the decision heavier than the one appealed (no heavier treatment because of an appeal, Civil Servant Law 2018 Art. 96, Law on Administrative Discipline for Public Officials Art. 56): " + english + ".",
            "复核不得重于被申诉的原问责决定（不因申请复核、提出申诉而被加重处理，《公务员法》第九十六条、《公职人员政务处分法》第五十六条）：" + chinese + "。");
    }

    private static List<Finding> Check(Sanction[] all, string[][] tierCodes, AggravatingFactor[] factors, int repeatThreshold, Period window)
    {
        var problems = new List<Finding>();
        void Add(string code, string path, object? value, string message, string chinese) =>
            problems.Add(new Finding(code, FindingSeverity.Error, path, value?.ToString(), message, chinese));

        if (all.Length == 0)
        {
            Add(SanctionRuleCodes.SanctionMissing, "Sanctions", null, "The table defines no sanctions.", "问责方式表未列任何问责方式。");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var weights = new HashSet<int>();
        for (var i = 0; i < all.Length; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"Sanctions[{i}]");
            if (all[i] is not { } s)
            {
                Add(SanctionRuleCodes.SanctionMissing, path, null, "The sanction entry is missing.", "问责方式条目缺失。");
                continue;
            }

            if (s.Weight < 1)
            {
                Add(SanctionRuleCodes.WeightInvalid, path + ".Weight", s.Weight, "A sanction's weight must be at least 1.", "问责方式的轻重序号须不小于1。");
            }

            if (!codes.Add(s.Code))
            {
                Add(SanctionRuleCodes.DuplicateSanction, path + ".Code", s.Code, "Another sanction has the same code.", "问责方式编码重复。");
            }

            if (!weights.Add(s.Weight))
            {
                Add(SanctionRuleCodes.DuplicateWeight, path + ".Weight", s.Weight, "Another sanction has the same weight; the order of weight must be total.", "问责方式轻重序号重复。");
            }
        }

        var known = all.Where(s => s is not null).GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var tierOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < 3; t++)
        {
            var tierName = ((SeverityTier)(t + 1)).ToString();
            if (tierCodes[t].Length == 0)
            {
                Add(SanctionRuleCodes.TierEmpty, tierName, null, "The tier " + tierName + " allows no sanction.", "该问责情节档次未列问责方式。");
            }

            for (var i = 0; i < tierCodes[t].Length; i++)
            {
                var code = tierCodes[t][i];
                var path = string.Create(CultureInfo.InvariantCulture, $"{tierName}[{i}]");
                if (code is null || !known.ContainsKey(code))
                {
                    Add(SanctionRuleCodes.UnknownSanction, path, code, "The tier names a sanction the table does not define.", "该档次列出的问责方式未在问责方式表中定义。");
                }
                else if (!tierOf.TryAdd(code, t))
                {
                    Add(SanctionRuleCodes.SanctionTierAmbiguous, path, code, "The sanction already belongs to another tier (or is listed twice).", "同一问责方式被列入多个档次或重复列出。");
                }
            }
        }

        foreach (var s in known.Values.Where(s => !tierOf.ContainsKey(s.Code)))
        {
            Add(SanctionRuleCodes.SanctionTierAmbiguous, "Sanctions", s.Code, "The sanction belongs to no tier.", "该问责方式未列入任何档次。");
        }

        for (var t = 0; t < 2; t++)
        {
            var lighter = tierOf.Where(p => p.Value == t).Select(p => known[p.Key].Weight).DefaultIfEmpty(int.MinValue).Max();
            var heavier = tierOf.Where(p => p.Value > t).Select(p => known[p.Key].Weight).DefaultIfEmpty(int.MaxValue).Min();
            if (lighter >= heavier)
            {
                var tierName = ((SeverityTier)(t + 1)).ToString();
                Add(SanctionRuleCodes.TiersOutOfOrder, tierName, lighter, "The tier " + tierName + " holds a sanction at least as heavy as one of a heavier tier.", "较轻档次的问责方式不得重于或等于较重档次的问责方式。");
            }
        }

        var factorCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < factors.Length; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"Factors[{i}]");
            if (factors[i] is not { } f || !factorCodes.Add(f.Code))
            {
                Add(SanctionRuleCodes.DuplicateFactor, path, factors[i]?.Code, "The factor entry is missing or its code is repeated.", "从重情形条目缺失或编码重复。");
                continue;
            }

            if (DefenceWords.Any(w => f.Code.Contains(w, StringComparison.OrdinalIgnoreCase) || f.ChineseName.Contains(w, StringComparison.Ordinal) || f.EnglishName.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                Add(SanctionRuleCodes.DefenceAsFactor, path, f.Code, "The person's statement or defence may never be a reason for heavier treatment.", "不得因被调查人声辩而从重问责。");
            }
        }

        if (repeatThreshold < 1 || window.HasTimeComponent || window.Years < 0 || window.Months < 0 || window.Weeks < 0 || window.Days < 0 || window.Equals(Period.Zero))
        {
            Add(SanctionRuleCodes.RepeatRuleInvalid, "RepeatThreshold", repeatThreshold + " in " + window, "The repeat threshold must be at least 1 and the repeat window a positive period of dates (years, months, weeks, days).", "重复问责次数须不小于1，期间须为正。");
        }

        return problems;
    }

    private Sanction[] Ranked(IEnumerable<Sanction> sanctions, string paramName)
    {
        var list = sanctions.ToArray();
        foreach (var s in list)
        {
            if (s is null || !byCode.TryGetValue(s.Code, out var own) || own != s)
            {
                throw new ArgumentException(s is null ? "A sanction entry is missing." : "The sanction '" + s.Code + "' is not in this table.", paramName);
            }
        }

        return list.DistinctBy(s => s.Code, StringComparer.Ordinal).OrderByDescending(s => s.Weight).ToArray();
    }

    private static string Names(Sanction[] sanctions, bool english) =>
        english ? string.Join(", ", sanctions.Select(s => s.EnglishName)) : string.Join("、", sanctions.Select(s => "“" + s.ChineseName + "”"));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
