using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in 低保 procedure: two successive periods, the township's 10 days from its receipt and the county's 15
/// days from the township's report, each in natural days and each ending on the next working day when its last day
/// is not one. Committed: 6 and 10 days. Spring Festival 2024: Feb 10–17 off, Sun 02-04 and Sun 02-18 worked.
/// Mid-Autumn 2024: Sep 15–17 off, Sat 09-14 worked. National Day 2024: Oct 1–7 off, Sun 09-29 and Sat 10-12 worked.
/// </summary>
public class MinimumLivingAllowanceTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.MinimumLivingAllowance;
    private static readonly Actor Village = new("村委会主任陈某", MinimumLivingAllowance.VillageCommittee);
    private static readonly Actor Township = new("民政专干刘某", MinimumLivingAllowance.CivilAffairsOfficer);
    private static readonly Actor County = new("县民政局周某", MinimumLivingAllowance.CountyBureau);

    private static CaseWalk Apply(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.LivingAllowance, Village, at);

    [Fact]
    public void A_household_is_granted_across_Spring_Festival_late_on_the_committed_clock_and_on_time_on_the_legal_one()
    {
        // Written application received by the village committee Thu 02-01; its review (5 d, office-set): 02-06 (Tue).
        // The village's time does not count: both case clocks stand still, and nobody suspended anything.
        var walk = Apply(At(2024, 2, 1));
        Assert.Equal(new LocalDate(2024, 2, 6), walk.StepAt(At(2024, 2, 3)).DueDate);
        var atVillage = walk.DeadlinesAt(At(2024, 2, 3));
        Assert.Equal(DeadlineState.NotCounting, atVillage.Committed.State);
        Assert.Equal(DeadlineState.NotCounting, atVillage.Legal.State);
        Assert.Equal(0, atVillage.Committed.DaysUsed);

        // Forwarded Mon 02-05: the township's period starts. Legal 02-05 + 10 = 02-15 and committed 02-05 + 6 = 02-11
        // are both Spring Festival holidays: both end on the next working day, the make-up Sunday 02-18.
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("forward", Village, At(2024, 2, 5)).Rejection);
        walk.Fire("forward", Village, At(2024, 2, 5), Args(MinimumLivingAllowance.OpinionArgument, "情况属实，同意上报"));
        var atTownship = walk.DeadlinesAt(At(2024, 2, 8));
        Assert.Equal(new LocalDate(2024, 2, 18), atTownship.Legal.DueDate);
        Assert.Equal(new LocalDate(2024, 2, 18), atTownship.Committed.DueDate);
        Assert.Equal(new LocalDate(2024, 2, 18), atTownship.StepLegal!.Value.DueDate);
        Assert.Equal(3, atTownship.Committed.DaysUsed);
        Assert.Equal(DeadlineState.OnTime, atTownship.Committed.State);

        // Verified and sent up Fri 02-09: the county's period starts. Committed 02-09 + 10 = Mon 02-19; legal
        // 02-09 + 15 = Sat 02-24, which ends on Mon 02-26.
        walk.Fire("submit", Township, At(2024, 2, 9), Args(MinimumLivingAllowance.OpinionArgument, "入户核查，家庭人均收入低于保障标准"));
        var atCounty = walk.DeadlinesAt(At(2024, 2, 9));
        Assert.Equal(new LocalDate(2024, 2, 19), atCounty.Committed.DueDate);
        Assert.Equal(new LocalDate(2024, 2, 26), atCounty.Legal.DueDate);
        Assert.Equal(new LocalDate(2024, 2, 26), atCounty.StepLegal!.Value.DueDate);

        // Sun 02-18 (a working day): 9 of 10 committed days used = 90%: yellow. Tue 02-20: red on the committed clock,
        // still on time on the legal one.
        Assert.Equal(DeadlineState.OnTime, walk.CaseAt(At(2024, 2, 17)).State);
        Assert.Equal(DeadlineState.Warning, walk.CaseAt(At(2024, 2, 18)).State);
        var late = walk.DeadlinesAt(At(2024, 2, 20));
        Assert.Equal(DeadlineState.Overdue, late.Committed.State);
        Assert.NotEqual(DeadlineState.Overdue, late.Legal.State);
        Assert.False(late.IsLegallyLate);

        // Approved Tue 02-20; posting (5 d, not counted): 02-25 is a Sunday → Mon 02-26. Posted Fri 02-23.
        walk.Fire("approve", County, At(2024, 2, 20));
        Assert.Equal(new LocalDate(2024, 2, 26), walk.StepAt(At(2024, 2, 21)).DueDate);
        Assert.Equal(DeadlineState.NotCounting, walk.CaseAt(At(2024, 2, 21)).State);
        walk.Fire("posted", Township, At(2024, 2, 23));
        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        var finished = walk.DeadlinesAt(At(2024, 3, 1));
        Assert.Equal(DeadlineState.FinishedLate, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_township_report_on_its_rolled_last_day_and_a_county_decision_within_its_own_15_days_are_on_time_across_National_Day()
    {
        // Forwarded Mon 09-23. Township: legal 09-23 + 10 = Thu 10-03, a holiday → Tue 10-08; committed 09-23 + 6 =
        // Sun 09-29, a make-up working day.
        var walk = Apply(At(2024, 9, 20)).Fire("forward", Village, At(2024, 9, 23), Args(MinimumLivingAllowance.OpinionArgument, "同意上报"));
        Assert.Equal(new LocalDate(2024, 10, 8), walk.LegalAt(At(2024, 9, 24)).DueDate);
        Assert.Equal(new LocalDate(2024, 9, 29), walk.CaseAt(At(2024, 9, 24)).DueDate);

        // Sent up on the township's rolled last day, Tue 10-08: legally on time. County: legal 10-08 + 15 = Wed 10-23.
        walk.Fire("submit", Township, At(2024, 10, 8), Args(MinimumLivingAllowance.OpinionArgument, "入户核查属实"));
        Assert.Equal(new LocalDate(2024, 10, 23), walk.LegalAt(At(2024, 10, 8)).DueDate);
        Assert.Equal(0, walk.Snapshot.LegalClock.LateStops);
        Assert.Equal(1, walk.Snapshot.CommittedClock.LateStops);

        // Had the county not decided by 10-23, it is past a legal limit on Thu 10-24.
        Assert.NotEqual(DeadlineState.Overdue, walk.LegalAt(At(2024, 10, 23)).State);
        Assert.True(walk.DeadlinesAt(At(2024, 10, 24)).IsLegallyLate);

        // Approved on 10-23, 30 days after the township's receipt: merged into one 25-day clock from 09-23 (due 10-18)
        // that would be late; counted as the two periods the rule sets, it is on time.
        walk.Fire("approve", County, At(2024, 10, 23)).Fire("posted", Township, At(2024, 10, 28));
        var finished = walk.DeadlinesAt(At(2024, 11, 1));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        Assert.Equal(DeadlineState.FinishedLate, finished.Committed.State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_township_period_that_overran_keeps_the_case_legally_late_even_when_the_county_keeps_its_own()
    {
        // Township legally due Tue 10-08 (as above); it reports Wed 10-09, one day late. The county decides at once.
        var walk = Apply(At(2024, 9, 20))
            .Fire("forward", Village, At(2024, 9, 23), Args(MinimumLivingAllowance.OpinionArgument, "同意上报"))
            .Fire("submit", Township, At(2024, 10, 9), Args(MinimumLivingAllowance.OpinionArgument, "入户核查属实"));
        Assert.Equal(1, walk.Snapshot.LegalClock.LateStops);

        walk.Fire("refuse", County, At(2024, 10, 10), reason: "家庭人均收入高于当地最低生活保障标准");
        Assert.Equal(DeadlineState.FinishedLate, walk.LegalAt(At(2024, 10, 31)).State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_county_refuses_in_writing_and_the_post_must_be_the_county_bureau()
    {
        var walk = Apply(At(2024, 9, 23))
            .Fire("forward", Village, At(2024, 9, 25), Args(MinimumLivingAllowance.OpinionArgument, "同意上报"))
            .Fire("submit", Township, At(2024, 9, 29), Args(MinimumLivingAllowance.OpinionArgument, "收入核查存疑，请县局审定"));

        // County period from the make-up Sunday 09-29: committed 09-29 + 10 = Wed 10-09; legal 09-29 + 15 = Mon 10-14.
        Assert.Equal(new LocalDate(2024, 10, 9), walk.CaseAt(At(2024, 9, 30)).DueDate);
        Assert.Equal(new LocalDate(2024, 10, 14), walk.LegalAt(At(2024, 9, 30)).DueDate);
        Assert.Equal(DeadlineState.Overdue, walk.StepAt(At(2024, 10, 10)).State);

        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("refuse", County, At(2024, 10, 8)).Rejection);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("refuse", Township, At(2024, 10, 8), reason: "不符合条件").Rejection);
        walk.Fire("refuse", County, At(2024, 10, 8), reason: "家庭人均收入高于当地最低生活保障标准");
        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        var finished = walk.DeadlinesAt(At(2024, 10, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_licensing_power_cannot_be_run_through_the_allowance_procedure()
    {
        var result = Engine.Start("case-x", BuiltInPowers.Licensing.Code, Definition.Id, Village, At(2024, 9, 23));

        Assert.Equal(RejectionKind.WrongDefinition, result.Rejection);
        Assert.Contains("Administrative benefit", result.Message, System.StringComparison.Ordinal);
        Assert.Contains("行政给付", result.ChineseMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_limit_is_in_natural_days_and_each_committed_period_is_at_most_two_thirds_of_its_legal_one()
    {
        Assert.Equal(TimeLimit.NaturalDays(10), MinimumLivingAllowance.TownshipPeriod.Legal);
        Assert.Equal(TimeLimit.NaturalDays(6), MinimumLivingAllowance.TownshipPeriod.Committed);
        Assert.Equal(TimeLimit.NaturalDays(15), MinimumLivingAllowance.CountyPeriod.Legal);
        Assert.Equal(TimeLimit.NaturalDays(10), MinimumLivingAllowance.CountyPeriod.Committed);
        Assert.Equal([PowerGovernance.Powers.PowerCategory.Benefit], Definition.PowerCategories);
        Assert.All(Definition.Steps, s => Assert.True(s.Limit is null || s.Limit.Value.Kind == TimeLimitKind.NaturalDays, s.Id));
    }
}
