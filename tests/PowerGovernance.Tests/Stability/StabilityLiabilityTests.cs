using System.Linq;
using PowerGovernance.Accountability;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>The stability office's liability rules: six circumstances, the measures for staff, and the unit head answering too.</summary>
public class StabilityLiabilityTests
{
    [Fact]
    public void The_six_circumstances_have_stable_unique_codes_and_say_who_answers()
    {
        Assert.Equal(
            ["stability-decision-failure", "stability-faulty-reporting", "stability-irresponsibility", "stability-duty-failure", "stability-obstruction", "stability-hostility"],
            StabilityLiability.All.Select(m => m.Code));
        Assert.All(StabilityLiability.UnitHeadMatters, m => Assert.Equal(StabilityLiableParty.UnitHead, StabilityLiability.WhoAnswers(m)));
        Assert.All(StabilityLiability.StaffMatters, m => Assert.Equal(StabilityLiableParty.StaffMember, StabilityLiability.WhoAnswers(m)));
        Assert.Empty(StabilityLiability.All.Select(m => m.Code).Intersect(AccountabilityMatter.WellKnown.Select(m => m.Code).Append(AccountabilityMatter.WrongfulEnforcement.Code)));
        Assert.Null(StabilityLiability.WhoAnswers(AccountabilityMatter.Rudeness));
        Assert.Contains("吃、拿、卡、要", StabilityLiability.Obstruction.ChineseName, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_measures_are_admonition_the_civil_servant_rules_or_the_judiciary()
    {
        var none = StabilityLiability.Measure(StabilityFaultOutcome.NoLossNoBreach);
        var loss = StabilityLiability.Measure(StabilityFaultOutcome.LossOrBreach);
        var crime = StabilityLiability.Measure(StabilityFaultOutcome.Crime);

        Assert.Equal((Sanction.Admonition, Referral.None), (none.Sanction, none.Referral));
        Assert.Equal(((Sanction?)null, Referral.Discipline), (loss.Sanction, loss.Referral));
        Assert.Equal(((Sanction?)null, Referral.Judiciary), (crime.Sanction, crime.Referral));
        Assert.Contains("公务员管理有关规定", loss.Reason, System.StringComparison.Ordinal);
        Assert.Contains("civil-servant rules", loss.EnglishReason, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => StabilityLiability.Measure((StabilityFaultOutcome)5));
    }

    [Fact]
    public void A_staff_member_held_liable_brings_the_unit_head_in_with_a_circulated_criticism()
    {
        var opened = StabilityLiability.Liabilities(StabilityLiability.Obstruction, StabilityFaultOutcome.LossOrBreach, "综治维稳办公室", "zhang-san", "li-si");

        Assert.Equal(2, opened.Count);
        Assert.Equal(("zhang-san", StabilityLiableParty.StaffMember, Referral.Discipline), (opened[0].Subject, opened[0].Party, opened[0].Measure.Referral));
        Assert.Equal(("li-si", StabilityLiableParty.UnitHead, Sanction.CirculatedCriticism), (opened[1].Subject, opened[1].Party, opened[1].Measure.Sanction));
        Assert.All(opened, l => Assert.Equal(StabilityLiability.Obstruction, l.Matter));
        Assert.All(opened, l => Assert.Equal("综治维稳办公室", l.Unit));
        Assert.Equal("在追究工作成员zhang-san责任（" + StabilityLiability.Obstruction.ChineseName + "）的同时，追究综治维稳办公室部门责任人责任，并通报批评", opened[1].Measure.Reason);
        Assert.Contains("criticized in a circular", opened[1].Measure.EnglishReason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_refused_with_every_problem_at_once()
    {
        var error = Assert.Throws<System.ArgumentException>(() => StabilityLiability.Liabilities(StabilityLiability.DecisionFailure, (StabilityFaultOutcome)7, " ", "wang-wu", "wang-wu"));

        // Four problems: a unit head's own matter, an undefined outcome, a blank unit, and the head being the staff member.
        Assert.Contains("4 problem(s)", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("unitHead = wang-wu", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("matter = stability-decision-failure", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("outcome = 7", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("unit:", error.Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => StabilityLiability.Liabilities(StabilityLiability.DutyFailure, StabilityFaultOutcome.Crime, "办公室", "wang-wu", "wang-wu"));
        Assert.Throws<System.ArgumentNullException>(() => StabilityLiability.Liabilities(null!, StabilityFaultOutcome.Crime, "办公室", "a", "b"));
        Assert.Throws<System.ArgumentNullException>(() => StabilityLiability.WhoAnswers(null!));
    }
}
