using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Accountability;

/// <summary>
/// Decides which sanctions may be imposed and which is recommended (问责方式适用规则), from a
/// <see cref="SanctionTable"/>. Immutable and thread-safe. The rules, exactly:
/// <list type="number">
/// <item><description><b>Tier.</b> The tier allows its sanctions (按情节轻重分三档): by default minor 1–3, serious 4–7, especially serious 8–10.
/// They may be imposed alone or combined (单独使用或并用): any non-empty combination of the allowed ones.</description></item>
/// <item><description><b>Factors.</b> The established conduct (obstruction, retaliation, buying investigators) and the derived repeat factor: the decision
/// being made plus the person's earlier decisions dated within <see cref="SanctionTable.RepeatWindow"/> before the decision date (inclusive) reach
/// <see cref="SanctionTable.RepeatThreshold"/> (by default: one earlier decision within the year before makes this the second).</description></item>
/// <item><description><b>Aggravation (从重).</b> With at least one factor, the ⌊n/2⌋ lightest of the tier's n sanctions are no longer available (minor: 诫勉谈话;
/// serious: 责令公开道歉 and 通报批评; especially serious: 劝其引咎辞职) and the tier's heaviest is recommended. More factors do not change this further:
/// aggravation never leaves the tier, which the circumstances fixed.</description></item>
/// <item><description><b>Proportionality.</b> Without factors, the tier's lightest sanction is recommended and every sanction of the tier stays available.</description></item>
/// <item><description><b>Defence.</b> The person's statements and defences are not an input (<see cref="AccountabilityFacts"/> has no such member), so they can
/// never raise anything (不得因被调查人声辩而从重问责).</description></item>
/// <item><description><b>Referrals.</b> Discipline applies on top; a suspected crime goes to the judiciary.</description></item>
/// </list>
/// </summary>
public sealed class SanctionPolicy
{
    /// <summary>Creates a policy over a table.</summary>
    /// <param name="table">The table; <see cref="SanctionTable.Default"/> when null.</param>
    public SanctionPolicy(SanctionTable? table = null)
    {
        Table = table ?? SanctionTable.Default;
    }

    /// <summary>The policy over the rule book's default table.</summary>
    public static SanctionPolicy Default { get; } = new();

    /// <summary>The table.</summary>
    public SanctionTable Table { get; }

    /// <summary>The repeat factor alone: whether the decision being made on <paramref name="decisionDate"/> is a repeat.</summary>
    /// <param name="decisionDate">The decision date.</param>
    /// <param name="earlierDecisions">The dates of the person's earlier decisions; later dates are ignored.</param>
    /// <returns>The number of decisions in the window (the current one included) and whether it reaches the threshold.</returns>
    public (int DecisionsInWindow, bool IsRepeat) Repeat(NodaTime.LocalDate decisionDate, IEnumerable<NodaTime.LocalDate> earlierDecisions)
    {
        Preconditions.CheckNotNull(earlierDecisions);
        var from = decisionDate.Minus(Table.RepeatWindow);
        var count = 1 + earlierDecisions.Count(d => d >= from && d <= decisionDate);
        return (count, count >= Table.RepeatThreshold);
    }

    /// <summary>Assesses a case.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The allowed and recommended sanctions with the reasoning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentException">The facts break a rule; the message lists every problem: an undefined tier, a factor the table does not
    /// define, or the derived repeat factor typed in.</exception>
    public SanctionAssessment Assess(AccountabilityFacts facts)
    {
        Preconditions.CheckNotNull(facts);
        var earlier = Preconditions.CheckNotNull(facts.EarlierDecisions, "facts.EarlierDecisions");
        var conduct = Preconditions.CheckNotNull(facts.EstablishedConduct, "facts.EstablishedConduct");
        CheckFacts(facts, conduct);

        var reasons = new List<AppliedRule>();
        var tierSanctions = Table.SanctionsOf(facts.Tier);
        reasons.Add(new AppliedRule(
            SanctionRuleCodes.Tier,
            "The " + Terms.EnglishName(facts.Tier) + " tier allows " + string.Join(", ", tierSanctions.Select(s => s.EnglishName)) + ", alone or combined.",
            Terms.ChineseName(facts.Tier) + "的，采用" + string.Join("、", tierSanctions.Select(s => "“" + s.ChineseName + "”")) + "的方式问责，可以单独使用或并用。"));

        var factors = new List<AggravatingFactor>();
        var (inWindow, isRepeat) = Repeat(facts.DecisionDate, earlier);
        var repeatFactor = Table.Factors.FirstOrDefault(f => f.Code == AggravatingFactor.RepeatedWithinOneYear.Code);
        if (isRepeat && repeatFactor is not null)
        {
            factors.Add(repeatFactor);
            reasons.Add(new AppliedRule(
                SanctionRuleCodes.Factor,
                Invariant($"{repeatFactor.EnglishName}: {inWindow} decisions within {English(Table.RepeatWindow)} up to {facts.DecisionDate:uuuu-MM-dd}, this one included (threshold {Table.RepeatThreshold})."),
                Invariant($"{repeatFactor.ChineseName}：截至{facts.DecisionDate:uuuu-MM-dd}，{Chinese(Table.RepeatWindow)}内被问责{inWindow}次（含本次，达到{Table.RepeatThreshold}次）。")));
        }

        foreach (var factor in conduct.DistinctBy(f => f.Code))
        {
            var own = Table.Factors.First(f => f.Code == factor.Code);
            factors.Add(own);
            reasons.Add(new AppliedRule(SanctionRuleCodes.Factor, own.EnglishName + ": established by the investigation.", own.ChineseName + "：经调查核实。"));
        }

        IReadOnlyList<Sanction> allowed;
        Sanction recommended;
        if (factors.Count > 0)
        {
            var removed = tierSanctions.Count / 2;
            allowed = tierSanctions.Skip(removed).ToArray();
            recommended = tierSanctions[^1];
            var gone = tierSanctions.Take(removed).ToArray();
            reasons.Add(new AppliedRule(
                SanctionRuleCodes.Aggravation,
                "Heavier treatment: " + (gone.Length == 0 ? "no option of the tier is removed" : string.Join(", ", gone.Select(s => s.EnglishName)) + " no longer available") + "; the tier's heaviest, " + recommended.EnglishName + ", is recommended.",
                "从重问责：" + (gone.Length == 0 ? "本档次无可排除的方式" : "不再采用" + string.Join("、", gone.Select(s => "“" + s.ChineseName + "”"))) + "；建议采用本档次最重的“" + recommended.ChineseName + "”。"));
        }
        else
        {
            allowed = tierSanctions;
            recommended = tierSanctions[0];
            reasons.Add(new AppliedRule(
                SanctionRuleCodes.Proportionality,
                "No aggravating factor: the tier's lightest, " + recommended.EnglishName + ", is recommended.",
                "无从重情形：建议采用本档次最轻的“" + recommended.ChineseName + "”。"));
        }

        reasons.Add(new AppliedRule(
            SanctionRuleCodes.DefenceNeverAggravates,
            "The person's statements and defences were heard and checked; they are never a reason for heavier treatment.",
            "已听取被调查人的陈述和申辩并进行核实；不得因被调查人声辩而从重问责。"));
        if (facts.Referrals.HasFlag(Referral.Discipline))
        {
            reasons.Add(new AppliedRule(SanctionRuleCodes.DisciplineReferral, "Party or government discipline applies on top.", "构成违反党纪、政纪的，按相应规定追究纪律责任。"));
        }

        if (facts.Referrals.HasFlag(Referral.Judiciary))
        {
            reasons.Add(new AppliedRule(SanctionRuleCodes.JudiciaryReferral, "A suspected crime: the matter goes to the judiciary.", "涉嫌犯罪的，移送司法机关依法处理。"));
        }

        return new SanctionAssessment(facts.Tier, factors.AsReadOnly(), Array.AsReadOnly(allowed.ToArray()), recommended, facts.Referrals, reasons.AsReadOnly());
    }

    private void CheckFacts(AccountabilityFacts facts, IReadOnlyList<AggravatingFactor> conduct)
    {
        var problems = new List<string>();
        if (facts.Tier is < SeverityTier.Minor or > SeverityTier.EspeciallySerious)
        {
            problems.Add(Invariant($"Tier: '{(int)facts.Tier}' is not a defined severity tier."));
        }

        if ((facts.Referrals & ~(Referral.Discipline | Referral.Judiciary)) != 0)
        {
            problems.Add(Invariant($"Referrals: '{(int)facts.Referrals}' is not a combination of the defined referrals."));
        }

        for (var i = 0; i < conduct.Count; i++)
        {
            var factor = conduct[i];
            if (factor is null)
            {
                problems.Add(Invariant($"EstablishedConduct[{i}]: the entry is missing."));
            }
            else if (factor.Code == AggravatingFactor.RepeatedWithinOneYear.Code)
            {
                problems.Add(Invariant($"EstablishedConduct[{i}]: '{factor.Code}' is derived from the person's record (EarlierDecisions) and may not be typed in."));
            }
            else if (!Table.Factors.Any(f => f.Code == factor.Code))
            {
                problems.Add(Invariant($"EstablishedConduct[{i}]: '{factor.Code}' is not an aggravating factor of the table."));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(ProblemList.Describe("The accountability facts", "问责事实", problems), nameof(facts));
        }
    }

    private static string English(NodaTime.Period period) => string.Join(" ", Parts(period).Select(p => Invariant($"{p.Count} {p.English}{(p.Count == 1 ? string.Empty : "s")}")));

    private static string Chinese(NodaTime.Period period) => string.Concat(Parts(period).Select(p => Invariant($"{p.Count}{p.Chinese}")));

    private static IEnumerable<(int Count, string English, string Chinese)> Parts(NodaTime.Period period)
    {
        (int Count, string English, string Chinese)[] parts = [(period.Years, "year", "年"), (period.Months, "month", "个月"), (period.Weeks, "week", "周"), (period.Days, "day", "日")];
        return parts.Where(p => p.Count != 0);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
