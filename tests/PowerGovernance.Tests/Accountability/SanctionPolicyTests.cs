using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;

namespace PowerGovernance.Tests.Accountability;

public class SanctionPolicyTests
{
    private static readonly LocalDate Decision = new(2024, 10, 8);
    private static readonly SanctionPolicy Policy = SanctionPolicy.Default;

    private static SanctionAssessment Assess(SeverityTier tier, LocalDate[]? record = null, AggravatingFactor[]? conduct = null, Referral referrals = Referral.None) =>
        Policy.Assess(new AccountabilityFacts(tier, Decision, record ?? [], conduct ?? [], referrals));

    [Theory]
    [InlineData(SeverityTier.Minor, new[] { "admonition", "loss-of-awards", "written-self-criticism" }, "admonition")]
    [InlineData(SeverityTier.Serious, new[] { "public-apology", "circulated-criticism", "reassignment", "suspension" }, "public-apology")]
    [InlineData(SeverityTier.EspeciallySerious, new[] { "advised-resignation", "ordered-resignation", "proposed-removal" }, "advised-resignation")]
    public void Each_tier_allows_its_sanctions_and_recommends_the_lightest_without_aggravation(SeverityTier tier, string[] allowed, string recommended)
    {
        var assessment = Assess(tier);
        Assert.Equal(allowed, assessment.Allowed.Select(s => s.Code));
        Assert.Equal(recommended, assessment.Recommended.Code);
        Assert.False(assessment.IsAggravated);
        Assert.Equal([SanctionRuleCodes.Tier, SanctionRuleCodes.Proportionality, SanctionRuleCodes.DefenceNeverAggravates], assessment.Reasons.Select(r => r.Code));
        Assert.All(assessment.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.ChineseMessage)));
    }

    [Theory]
    [InlineData(SeverityTier.Minor, new[] { "loss-of-awards", "written-self-criticism" }, "written-self-criticism")]
    [InlineData(SeverityTier.Serious, new[] { "reassignment", "suspension" }, "suspension")]
    [InlineData(SeverityTier.EspeciallySerious, new[] { "ordered-resignation", "proposed-removal" }, "proposed-removal")]
    public void Aggravation_removes_the_lightest_options_and_recommends_the_heaviest_of_the_tier(SeverityTier tier, string[] allowed, string recommended)
    {
        foreach (var factor in AggravatingFactor.WellKnown.Skip(1))
        {
            var assessment = Assess(tier, conduct: [factor]);
            Assert.Equal(allowed, assessment.Allowed.Select(s => s.Code));
            Assert.Equal(recommended, assessment.Recommended.Code);
            Assert.Equal([factor], assessment.Factors);
            Assert.Contains(assessment.Reasons, r => r.Code == SanctionRuleCodes.Aggravation && r.ChineseMessage.Contains("从重问责", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void All_factors_together_aggravate_exactly_as_one_and_never_leave_the_tier()
    {
        var all = Assess(SeverityTier.Minor, [new LocalDate(2024, 3, 1)], [.. AggravatingFactor.WellKnown.Skip(1)]);
        Assert.Equal(AggravatingFactor.WellKnown, all.Factors);
        Assert.Equal(Sanction.WrittenSelfCriticism, all.Recommended);
        Assert.All(all.Allowed, s => Assert.Equal(SeverityTier.Minor, Policy.Table.TierOf(s)));
    }

    [Theory]
    [InlineData(2024, 3, 1, true)]   // within the year before 2024-10-08
    [InlineData(2023, 10, 8, true)]  // exactly one year before: within
    [InlineData(2023, 10, 7, false)] // one day more than a year
    [InlineData(2024, 11, 1, false)] // after the decision: not earlier
    public void Being_held_accountable_a_second_time_within_one_year_is_derived_from_the_record(int year, int month, int day, bool repeat)
    {
        var assessment = Assess(SeverityTier.Serious, [new LocalDate(year, month, day)]);
        Assert.Equal(repeat, assessment.Factors.Contains(AggravatingFactor.RepeatedWithinOneYear));
        Assert.Equal(repeat ? Sanction.Suspension : Sanction.PublicApology, assessment.Recommended);
    }

    [Fact]
    public void The_repeat_factor_cannot_be_typed_in_and_unknown_factors_are_refused_all_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => Assess((SeverityTier)7, conduct: [AggravatingFactor.RepeatedWithinOneYear, new AggravatingFactor("late-filing", "迟交材料", "Late filing")], referrals: (Referral)8));
        Assert.Contains("4 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("derived from the person's record", error.Message, StringComparison.Ordinal);
        Assert.Contains("late-filing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Referrals_are_spelled_out()
    {
        var assessment = Assess(SeverityTier.EspeciallySerious, referrals: Referral.Discipline | Referral.Judiciary);
        Assert.Equal(Referral.Discipline | Referral.Judiciary, assessment.Referrals);
        Assert.Contains(assessment.Reasons, r => r.Code == SanctionRuleCodes.JudiciaryReferral && r.ChineseMessage.Contains("移送司法机关", StringComparison.Ordinal));
        Assert.Contains(assessment.Reasons, r => r.Code == SanctionRuleCodes.DisciplineReferral);
    }

    [Fact]
    public void A_decision_may_combine_allowed_sanctions_and_nothing_else()
    {
        var assessment = Assess(SeverityTier.Serious);
        Assert.Empty(assessment.Check([Sanction.PublicApology, Sanction.CirculatedCriticism]));
        var problems = assessment.Check([Sanction.Admonition, Sanction.ProposedRemoval]);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(SanctionRuleCodes.SanctionNotAllowed, p.Code));
        Assert.Equal(SanctionRuleCodes.NoSanctionChosen, Assert.Single(assessment.Check([])).Code);
    }

    [Fact]
    public void An_office_can_override_the_table()
    {
        // A unit that has only five sanctions and counts three decisions within two years as a repeat.
        Sanction[] own =
        [
            new("talk", 1, "提醒谈话", "Reminder talk"),
            new("criticism", 2, "批评教育", "Criticism"),
            new("apology", 3, "公开道歉", "Apology"),
            new("transfer", 5, "调离岗位", "Transfer"),
            new("removal", 8, "建议免职", "Removal"),
        ];
        var table = new SanctionTable(own, ["talk", "criticism"], ["apology", "transfer"], ["removal"], [AggravatingFactor.RepeatedWithinOneYear, AggravatingFactor.Retaliation], 3, Period.FromYears(2));
        var policy = new SanctionPolicy(table);
        var twice = policy.Assess(new AccountabilityFacts(SeverityTier.Serious, Decision, [new LocalDate(2023, 1, 5)], []));
        Assert.False(twice.IsAggravated);
        Assert.Equal("apology", twice.Recommended.Code);
        var thrice = policy.Assess(new AccountabilityFacts(SeverityTier.Serious, Decision, [new LocalDate(2023, 1, 5), new LocalDate(2024, 6, 1)], []));
        Assert.True(thrice.IsAggravated);
        Assert.Equal(["transfer"], thrice.Allowed.Select(s => s.Code));
        var single = policy.Assess(new AccountabilityFacts(SeverityTier.EspeciallySerious, Decision, [], [AggravatingFactor.Retaliation]));
        Assert.Equal(["removal"], single.Allowed.Select(s => s.Code)); // a one-sanction tier keeps it
        Assert.Throws<ArgumentException>(() => policy.Assess(new AccountabilityFacts(SeverityTier.Minor, Decision, [], [AggravatingFactor.ObstructedInvestigation])));
    }

    [Fact]
    public void A_broken_table_reports_every_problem_at_once()
    {
        Sanction[] broken = [new("a", 1, "甲", "A"), new("a", 1, "乙", "B"), new("c", 0, "丙", "C"), new("d", 9, "丁", "D")];
        var error = Assert.Throws<InvalidSanctionTableException>(() =>
            new SanctionTable(broken, ["d"], ["a", "zzz"], [], [new AggravatingFactor("defence", "被调查人声辩", "Made a defence")], 0));
        var codes = error.Findings.Select(p => p.Code).ToHashSet();
        Assert.Superset(
            new[]
            {
                SanctionRuleCodes.DuplicateSanction, SanctionRuleCodes.DuplicateWeight, SanctionRuleCodes.WeightInvalid, SanctionRuleCodes.UnknownSanction,
                SanctionRuleCodes.TierEmpty, SanctionRuleCodes.SanctionTierAmbiguous, SanctionRuleCodes.TiersOutOfOrder, SanctionRuleCodes.DefenceAsFactor,
                SanctionRuleCodes.RepeatRuleInvalid,
            }.ToHashSet(),
            codes);
        Assert.All(error.Findings, p => Assert.False(string.IsNullOrEmpty(p.ChineseMessage)));
    }

    [Fact]
    public void The_default_table_is_the_rule_books()
    {
        var table = SanctionTable.Default;
        Assert.Equal(Enumerable.Range(1, 10), table.Sanctions.Select(s => s.Weight));
        Assert.Equal(["诫勉谈话", "取消当年评优评先资格", "责令作出书面检查", "责令公开道歉", "通报批评", "调整工作岗位", "停职检查", "劝其引咎辞职", "责令辞职", "建议免职"], table.Sanctions.Select(s => s.ChineseName));
        Assert.Equal(10, AccountabilityMatter.WellKnown.Select(t => t.Code).Distinct().Count());
        Assert.Equal(2, table.RepeatThreshold);
        Assert.Equal(Period.FromYears(1), table.RepeatWindow);
        Assert.Equal(8, Enum.GetValues<AccountabilitySource>().Length);
    }

    [Fact]
    public void The_facts_have_no_member_for_statements_or_defences()
    {
        var members = typeof(AccountabilityFacts).GetProperties().Select(p => p.Name.ToUpperInvariant());
        Assert.DoesNotContain(members, m => m.Contains("STATEMENT", StringComparison.Ordinal) || m.Contains("DEFEN", StringComparison.Ordinal));
        Assert.DoesNotContain(typeof(SanctionPolicy).GetMethods().SelectMany(m => m.GetParameters()), p => p.ParameterType == typeof(AccountabilityCase));
    }
}
