using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in 低保 procedure: natural days, the last day moved to the next working day when it is not one.
/// Spring Festival 2024: Feb 10–17 off, Sun 02-18 worked, Sat 02-24/Sun 02-25 ordinary weekend. National Day
/// 2024: Oct 1–7 off, Sun 09-29 and Sat 10-12 worked.
/// </summary>
public class MinimumLivingAllowanceTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.MinimumLivingAllowance;
    private static readonly Actor Village = new("村委会主任陈某", MinimumLivingAllowance.VillageCommittee);
    private static readonly Actor Township = new("民政专干刘某", MinimumLivingAllowance.CivilAffairsOfficer);
    private static readonly Actor County = new("县民政局周某", MinimumLivingAllowance.CountyBureau);

    private static CaseWalk Apply(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.LivingAllowance, Village, at);

    [Fact]
    public void A_household_is_granted_and_posted_across_Spring_Festival()
    {
        // Written application received by the village committee Thu 02-01; its review (5 d, office-set): 02-06 (Tue).
        // The village's time does not count: the case clock stands still.
        var walk = Apply(At(2024, 2, 1));
        Assert.Equal(new LocalDate(2024, 2, 6), walk.StepAt(At(2024, 2, 3)).DueDate);
        var atVillage = walk.CaseAt(At(2024, 2, 3));
        Assert.Equal(DeadlineState.Suspended, atVillage.State);
        Assert.Equal(0, atVillage.DaysUsed);

        // Signed and forwarded Mon 02-05 (4 days at the village, not counted). Township verification: 6 d → 02-11,
        // a Spring Festival holiday; the next working day is the make-up Sunday 02-18. Case: 16 d from the
        // township's receipt, 02-05 + 16 = 02-21 (Wed).
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("forward", Village, At(2024, 2, 5)).Kind);
        walk.Fire("forward", Village, At(2024, 2, 5), Args(MinimumLivingAllowance.OpinionArgument, "情况属实，同意上报"));
        Assert.Equal(new LocalDate(2024, 2, 18), walk.StepAt(At(2024, 2, 5)).DueDate);
        var atTownship = walk.CaseAt(At(2024, 2, 8));
        Assert.Equal(new LocalDate(2024, 2, 21), atTownship.DueDate);
        Assert.Equal(3, atTownship.DaysUsed); // 7 days since 02-01 less 4 at the village
        Assert.Equal(13, atTownship.DaysLeft);
        Assert.Equal(DeadlineState.OnTime, atTownship.State);

        // Verified and sent up Fri 02-09. County decision: 10 d → 02-19 (Mon).
        walk.Fire("submit", Township, At(2024, 2, 9), Args(MinimumLivingAllowance.OpinionArgument, "入户核查，家庭人均收入低于保障标准"));
        Assert.Equal(new LocalDate(2024, 2, 19), walk.StepAt(At(2024, 2, 9)).DueDate);

        // Mon 02-19: 18 − 4 = 14 of 16 used, two working days (02-20, 02-21) left: on time.
        // Tue 02-20: 15 used = 93.75% ≥ 90%: yellow.
        Assert.Equal(DeadlineState.OnTime, walk.CaseAt(At(2024, 2, 19)).State);
        var yellow = walk.CaseAt(At(2024, 2, 20));
        Assert.Equal(DeadlineState.Warning, yellow.State);
        Assert.Equal(15, yellow.DaysUsed);

        // Approved Tue 02-20; posting (5 d, not counted): 02-25 is a Sunday → Mon 02-26.
        walk.Fire("approve", County, At(2024, 2, 20));
        Assert.Equal(new LocalDate(2024, 2, 26), walk.StepAt(At(2024, 2, 21)).DueDate);
        Assert.Equal(DeadlineState.Suspended, walk.CaseAt(At(2024, 2, 21)).State);

        // Posted Fri 02-23: 3 more days not counted, 7 in all; due 02-01 + 23 = Sat 02-24 → Mon 02-26.
        // Used: 22 − 7 = 15 of 16.
        walk.Fire("posted", Township, At(2024, 2, 23));
        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 3, 1));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(new LocalDate(2024, 2, 26), finished.DueDate);
        Assert.Equal(15, finished.DaysUsed);
        Assert.Equal(1, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_county_refuses_in_writing_across_National_Day()
    {
        // Received Mon 09-23, forwarded Wed 09-25 (2 days not counted). Township: 09-25 + 6 = 10-01, a holiday → Tue 10-08.
        // Case: 09-25 + 16 = 10-11 (Fri).
        var walk = Apply(At(2024, 9, 23)).Fire("forward", Village, At(2024, 9, 25), Args(MinimumLivingAllowance.OpinionArgument, "同意上报"));
        Assert.Equal(new LocalDate(2024, 10, 8), walk.StepAt(At(2024, 9, 26)).DueDate);
        Assert.Equal(new LocalDate(2024, 10, 11), walk.CaseAt(At(2024, 9, 26)).DueDate);

        // Sent up on the make-up Sunday 09-29. County: 09-29 + 10 = 10-09 (Wed).
        walk.Fire("submit", Township, At(2024, 9, 29), Args(MinimumLivingAllowance.OpinionArgument, "收入核查存疑，请县局审定"));
        Assert.Equal(new LocalDate(2024, 10, 9), walk.StepAt(At(2024, 9, 29)).DueDate);

        // Had the county not decided: the step is red on 10-10, the case on Sat 10-12 (19 − 2 = 17 of 16 used).
        Assert.Equal(DeadlineState.Overdue, walk.StepAt(At(2024, 10, 10)).State);
        var late = walk.CaseAt(At(2024, 10, 12));
        Assert.Equal(DeadlineState.Overdue, late.State);
        Assert.Equal(17, late.DaysUsed);
        Assert.Equal(-1, late.DaysLeft);

        // Refused Tue 10-08, in writing with reasons: 15 − 2 = 13 of 16 used.
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("refuse", County, At(2024, 10, 8)).Kind);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("refuse", Township, At(2024, 10, 8), reason: "不符合条件").Kind);
        walk.Fire("refuse", County, At(2024, 10, 8), reason: "家庭人均收入高于当地最低生活保障标准");
        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 10, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(13, finished.DaysUsed);
        Assert.Equal(3, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Every_limit_is_in_natural_days_and_the_committed_limit_is_two_thirds_of_25()
    {
        Assert.Equal(TimeLimit.NaturalDays(25), Definition.LegalLimit);
        Assert.Equal(TimeLimit.NaturalDays(16), Definition.CommittedLimit);
        Assert.All(Definition.Steps, s => Assert.True(s.Limit is null || s.Limit.Value.Kind == TimeLimitKind.NaturalDays, s.Id));
    }
}
