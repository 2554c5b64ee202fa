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
/// township rule book's (篇4 行政问责制 2–4); an office overrides it by constructing its own, which is checked
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
}
