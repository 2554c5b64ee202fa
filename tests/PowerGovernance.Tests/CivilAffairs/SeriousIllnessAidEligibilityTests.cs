using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.CivilAffairs;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.CivilAffairs;

public class SeriousIllnessAidEligibilityTests
{
    private static readonly SeriousIllnessAidEligibility Policy = SeriousIllnessAidEligibility.Default;

    [Fact]
    public void A_five_guarantee_member_with_leukaemia_is_eligible_whatever_the_costs()
    {
        var result = Policy.Assess(new SeriousIllnessAidFacts(SupportedHousehold.FiveGuarantee, ListedDisease.Leukaemia, 800m, false, SeriousIllnessCause.Illness));

        Assert.True(result.IsEligible);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal(SeriousIllnessAidRuleCodes.ListedDiseaseInSupportedHousehold, reason.Code);
        Assert.Contains("白血病", reason.ChineseMessage, StringComparison.Ordinal);
        Assert.Empty(result.RefusalReasons);
    }

    [Fact]
    public void Costs_above_10000_yuan_that_affect_basic_living_are_eligible_and_exactly_10000_is_not()
    {
        var above = Policy.Assess(new SeriousIllnessAidFacts(SupportedHousehold.None, ListedDisease.None, 10_000.01m, true, SeriousIllnessCause.Illness));
        Assert.True(above.IsEligible);
        Assert.Equal(SeriousIllnessAidRuleCodes.HighMedicalCosts, Assert.Single(above.Reasons).Code);

        // "超过1万元": exactly ¥10,000 does not exceed it.
        var exactly = Policy.Assess(new SeriousIllnessAidFacts(SupportedHousehold.None, ListedDisease.None, 10_000m, true, SeriousIllnessCause.Illness));
        Assert.False(exactly.IsEligible);
        Assert.Contains(exactly.Reasons, r => r.Code == SeriousIllnessAidRuleCodes.CostsNotAboveThreshold && r.AttemptedValue == "10000");
    }

    [Fact]
    public void A_refusal_names_every_missed_ground_and_the_exclusion_at_once()
    {
        // A traffic accident, ¥6,000, not affecting basic living, no listed disease, not a supported household.
        var result = Policy.Assess(new SeriousIllnessAidFacts(SupportedHousehold.None, ListedDisease.None, 6_000m, false, SeriousIllnessCause.Accident));

        Assert.False(result.IsEligible);
        Assert.Equal(
            [
                SeriousIllnessAidRuleCodes.NotSupportedHousehold, SeriousIllnessAidRuleCodes.DiseaseNotListed,
                SeriousIllnessAidRuleCodes.CostsNotAboveThreshold, SeriousIllnessAidRuleCodes.BasicLivingNotAffected,
                SeriousIllnessAidRuleCodes.ExcludedCause,
            ],
            result.RefusalReasons.Select(r => r.Code));
        Assert.All(result.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Message) || string.IsNullOrWhiteSpace(r.ChineseMessage)));
        Assert.Contains("不列入大病救助范围", result.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SeriousIllnessCause.Accident, "安全、交通等事故")]
    [InlineData(SeriousIllnessCause.InjuryCausedByOthers, "人为伤害事故")]
    [InlineData(SeriousIllnessCause.MentalIllness, "精神疾病")]
    public void An_excluded_cause_refuses_even_a_met_ground(SeriousIllnessCause cause, string chinese)
    {
        var result = Policy.Assess(new SeriousIllnessAidFacts(SupportedHousehold.ExtremePoverty, ListedDisease.MalignantTumour, 50_000m, true, cause));

        Assert.False(result.IsEligible);
        var refusal = Assert.Single(result.RefusalReasons);
        Assert.Equal(SeriousIllnessAidRuleCodes.ExcludedCause, refusal.Code);
        Assert.Contains(chinese, refusal.ChineseMessage, StringComparison.Ordinal);
        Assert.Equal(2, result.Reasons.Count(r => r.Severity == FindingSeverity.Info));
    }

    [Fact]
    public void Invalid_facts_are_reasons_not_exceptions()
    {
        var result = Policy.Assess(new SeriousIllnessAidFacts((SupportedHousehold)9, (ListedDisease)9, -5m, true, (SeriousIllnessCause)9));

        Assert.False(result.IsEligible);
        Assert.Equal(4, result.Reasons.Count(r => r.Code == SeriousIllnessAidRuleCodes.FactInvalid));
        Assert.Throws<ArgumentNullException>(() => Policy.Assess(null!));
    }

    [Fact]
    public void The_threshold_is_an_option_that_cannot_be_negative()
    {
        Assert.Equal(10_000m, Policy.MedicalCostThreshold);
        Assert.True(new SeriousIllnessAidEligibility(5_000m).Assess(new SeriousIllnessAidFacts(SupportedHousehold.None, ListedDisease.None, 6_000m, true, SeriousIllnessCause.Illness)).IsEligible);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriousIllnessAidEligibility(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy with { MedicalCostThreshold = -1m });
    }

    public static Arbitrary<SeriousIllnessAidFacts> Facts() => Arb.From(
        from household in Gen.Elements(Enum.GetValues<SupportedHousehold>())
        from disease in Gen.Elements(Enum.GetValues<ListedDisease>())
        from costs in Gen.Choose(0, 3_000_000).Select(c => c / 100m)
        from affects in Gen.Elements(true, false)
        from cause in Gen.Elements(Enum.GetValues<SeriousIllnessCause>())
        select new SeriousIllnessAidFacts(household, disease, costs, affects, cause));

    /// <summary>Eligibility never grants an excluded cause, and grants exactly when a ground is met by an illness (a plain reading of the rules).</summary>
    [Property(Arbitrary = [typeof(SeriousIllnessAidEligibilityTests)], MaxTest = 500)]
    public bool Eligibility_never_grants_an_excluded_cause_and_agrees_with_the_rules(SeriousIllnessAidFacts facts)
    {
        var result = Policy.Assess(facts);
        var groundOne = facts.Household is SupportedHousehold.FiveGuarantee or SupportedHousehold.ExtremePoverty && facts.Disease != ListedDisease.None;
        var groundTwo = facts.MedicalCostsThisYear > 10_000m && facts.AffectsBasicLiving;
        var expected = facts.Cause == SeriousIllnessCause.Illness && (groundOne || groundTwo);
        return result.IsEligible == expected
            && (facts.Cause == SeriousIllnessCause.Illness || !result.IsEligible)
            && result.IsEligible == (result.RefusalReasons.Count == 0)
            && result.Reasons.Count > 0;
    }
}
