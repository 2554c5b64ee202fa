using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Accountability;
using PowerGovernance.Stability;

namespace PowerGovernance.Tests.Stability;

/// <summary>Laws of the stability liability rules over every staff matter and outcome.</summary>
public class StabilityLiabilityProperties
{
    [Property(MaxTest = 100)]
    public bool The_staff_member_comes_first_with_the_measure_of_the_outcome_and_the_head_always_gets_a_circulated_criticism(NonNegativeInt matterIndex, NonNegativeInt outcomeIndex)
    {
        var matters = StabilityLiability.StaffMatters.Concat(AccountabilityMatter.WellKnown).ToArray();
        var matter = matters[matterIndex.Get % matters.Length];
        var outcome = (StabilityFaultOutcome)(outcomeIndex.Get % 3);
        var opened = StabilityLiability.Liabilities(matter, outcome, "司法所", "member", "head");
        return opened.Count == 2
            && opened[0].Party == StabilityLiableParty.StaffMember && opened[0].Subject == "member" && opened[0].Measure == StabilityLiability.Measure(outcome)
            && opened[1].Party == StabilityLiableParty.UnitHead && opened[1].Subject == "head" && opened[1].Measure.Sanction == Sanction.CirculatedCriticism
            && opened.All(l => l.Matter == matter && (l.Measure.Sanction is not null || l.Measure.Referral != Referral.None))
            && (outcome != StabilityFaultOutcome.Crime || opened[0].Measure.Referral.HasFlag(Referral.Judiciary));
    }
}
