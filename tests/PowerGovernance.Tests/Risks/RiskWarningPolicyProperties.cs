using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Risks;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Risks;

/// <summary>Laws of the warning mechanism over generated observations in one quarter.</summary>
[Properties(Arbitrary = [typeof(RiskWarningPolicyProperties)], MaxTest = 200)]
public class RiskWarningPolicyProperties
{
    private static readonly LocalDate Start = new(2025, 9, 1);
    private static readonly LocalDate AsOf = new(2025, 10, 31);

    /// <summary>Observations of every kind about a few powers, posts and cases, from September to mid-November 2025.</summary>
    public static Arbitrary<RiskObservation[]> Observations()
    {
        var one =
            from kind in Gen.Elements(RiskObservationKind.CaseOverdue, RiskObservationKind.Complaint, RiskObservationKind.SupervisionNotice, RiskObservationKind.GroupIncidentSign)
            from day in Gen.Choose(0, 75)
            from subject in Gen.Elements("case-1", "case-2", "case-3")
            from power in Gen.Elements<PowerGovernance.Powers.PowerCode?>(null, BuiltInPowers.LivingAllowance.Code, BuiltInPowers.Licensing.Code)
            from post in Gen.Elements<PowerGovernance.Procedures.Post?>(null, LeaderOwnedCase.CaseLeader, MinimumLivingAllowance.CivilAffairsOfficer)
            select new RiskObservation(kind, Start.PlusDays(day), subject, power, post);
        return Arb.From(Gen.ArrayOf(one));
    }

    [Property]
    public bool The_order_of_observations_does_not_matter(RiskObservation[] observations) =>
        RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations, AsOf)
            .SequenceEqual(RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations.Reverse(), AsOf));

    [Property]
    public bool More_observations_never_take_a_warning_away(RiskObservation[] observations, RiskObservation[] more)
    {
        var before = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations, AsOf);
        var after = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations.Concat(more), AsOf);
        return before.All(w => after.Any(a => a.Kind == w.Kind && a.Subject == w.Subject && a.Level >= w.Level));
    }

    [Property]
    public bool Nothing_after_the_day_asked_about_counts_and_every_warning_names_who_acts_by_its_level(RiskObservation[] observations)
    {
        var warnings = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations, AsOf);
        var known = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations.Where(o => o.On <= AsOf), AsOf);
        return warnings.SequenceEqual(known)
            && warnings.All(w => w.Raised <= AsOf
                && (w.Kind == RiskWarningKind.GroupIncidentSign ? w.MustAct == RiskWarningPolicy.Head
                    : w.Level == RiskLevel.High ? w.MustAct == RiskWarningPolicy.DisciplineInspection
                    : w.Level == RiskLevel.Medium ? w.MustAct == RiskWarningPolicy.UnitHead
                    : w.Post is not null && w.MustAct == w.Post));
    }

    [Property]
    public bool A_single_complaint_never_warns_and_an_overdue_case_always_does(RiskObservation[] observations)
    {
        var warnings = RiskWarningPolicy.Default.Evaluate(RiskRegisterTests.Sound, observations, AsOf);
        var overdue = observations.Where(o => o.Kind == RiskObservationKind.CaseOverdue && o.On <= AsOf).Distinct().Count();
        var complaintWarnings = warnings.Where(w => w.Kind == RiskWarningKind.RepeatedComplaints);
        var windowStart = AsOf.PlusDays(-89);
        return warnings.Count(w => w.Kind == RiskWarningKind.OverdueCase) == overdue
            && complaintWarnings.All(w => observations.Count(o => o.Kind == RiskObservationKind.Complaint && o.On >= windowStart && o.On <= AsOf
                && ((w.Power is not null && o.Power == w.Power) || (w.Post is not null && o.Post == w.Post))) >= 2)
            && complaintWarnings.All(w => w.Level >= RiskLevel.Medium);
    }
}
