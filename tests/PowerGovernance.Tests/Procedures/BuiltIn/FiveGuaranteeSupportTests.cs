using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in 五保 support and admission procedure: the township's 20 days from receiving the village's opinion and
/// the county's 20 days from receiving the township's (Decree 456 Art. 7), natural days, each ending on the next working
/// day when its last day is not one; committed 13 and 13. Spring Festival 2026: Feb 15–23 off, Sat 02-14 and Sat 02-28
/// worked. National Day 2025: Oct 1–8 off, Sun 09-28 and Sat 10-11 worked.
/// </summary>
public class FiveGuaranteeSupportTests
{
    private static readonly ProcedureDefinition Definition = CivilAffairsFixture.FiveGuarantee;
    private static readonly Actor Village = new("村委会主任王某", FiveGuaranteeSupport.VillageCommittee);
    private static readonly Actor Township = new("民政专干刘某", FiveGuaranteeSupport.CivilAffairsOfficer);
    private static readonly Actor County = new("县民政局周某", FiveGuaranteeSupport.CountyBureau);
    private static readonly Actor Home = new("敬老院院长李某", FiveGuaranteeSupport.WelfareHome);

    private static CaseWalk Apply(Instant at) => CaseWalk.Start(Definition, CivilAffairsFixture.FiveGuaranteePower, Village, at, on: CivilAffairsFixture.Engine);

    [Fact]
    public void An_old_person_is_admitted_across_Spring_Festival_2026_late_on_the_committed_clock_and_on_time_on_the_legal_one()
    {
        // Applied Mon 01-26. The village's investigation (10 d, office-set): 01-26 + 10 = Thu 02-05, a working day. Not
        // counted toward the case: both case clocks stand still.
        var walk = Apply(At(2026, 1, 26));
        Assert.Equal(new LocalDate(2026, 2, 5), walk.StepAt(At(2026, 1, 28)).DueDate);
        Assert.Equal(DeadlineState.NotCounting, walk.CaseAt(At(2026, 1, 28)).State);

        // Forwarded Tue 02-03: the township's period starts. Legal 02-03 + 20 = Mon 02-23 and committed 02-03 + 13 =
        // Mon 02-16 both fall in the Spring Festival holiday (02-15..02-23): both end on Tue 02-24.
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("forward", Village, At(2026, 2, 3)).Rejection);
        walk.Fire("forward", Village, At(2026, 2, 3), Args(FiveGuaranteeSupport.OpinionArgument, "经调查，申请人系“三无”孤寡老人，同意上报"));
        var atTownship = walk.DeadlinesAt(At(2026, 2, 5));
        Assert.Equal(new LocalDate(2026, 2, 24), atTownship.Legal.DueDate);
        Assert.Equal(new LocalDate(2026, 2, 24), atTownship.Committed.DueDate);

        // Reported Fri 02-13, before the holiday: the county's period starts. Committed 02-13 + 13 = Thu 02-26; legal
        // 02-13 + 20 = Thu 03-05. Both working days.
        walk.Fire("submit", Township, At(2026, 2, 13), Args(FiveGuaranteeSupport.OpinionArgument, "审核属实，同意收养"));
        var atCounty = walk.DeadlinesAt(At(2026, 2, 13));
        Assert.Equal(new LocalDate(2026, 2, 26), atCounty.Committed.DueDate);
        Assert.Equal(new LocalDate(2026, 3, 5), atCounty.Legal.DueDate);

        // Wed 02-25 is one working day before the committed 02-26 (and 12 of 13 days are used): yellow. Fri 02-27 is
        // past it: red on the committed clock, on time on the legal one.
        Assert.Equal(DeadlineState.Warning, walk.CaseAt(At(2026, 2, 25)).State);
        var late = walk.DeadlinesAt(At(2026, 2, 27));
        Assert.Equal(DeadlineState.Overdue, late.Committed.State);
        Assert.False(late.IsLegallyLate);

        // Approved Fri 02-27 naming the home; admission (10 d, office-set, not counted): 02-27 + 10 = Mon 03-09.
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("approve", County, At(2026, 2, 27)).Rejection);
        walk.Fire("approve", County, At(2026, 2, 27), Args(FiveGuaranteeSupport.HomeArgument, "某镇敬老院"));
        Assert.Equal(new LocalDate(2026, 3, 9), walk.StepAt(At(2026, 3, 2)).DueDate);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("admit", Township, At(2026, 3, 4)).Rejection);
        walk.Fire("admit", Home, At(2026, 3, 4));

        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        Assert.Equal(FiveGuaranteeSupport.Steps.Admitted, walk.Snapshot.Step);
        var finished = walk.DeadlinesAt(At(2026, 3, 10));
        Assert.Equal(DeadlineState.FinishedLate, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_county_refuses_in_writing_across_National_Day_2025_and_both_periods_are_kept()
    {
        // Forwarded Fri 09-19: township legal 09-19 + 20 = Thu 10-09 (working); committed 09-19 + 13 = Thu 10-02, a
        // National Day holiday (10-01..10-08) → Thu 10-09.
        var walk = Apply(At(2025, 9, 15)).Fire("forward", Village, At(2025, 9, 19), Args(FiveGuaranteeSupport.OpinionArgument, "同意上报"));
        Assert.Equal(new LocalDate(2025, 10, 9), walk.LegalAt(At(2025, 9, 22)).DueDate);
        Assert.Equal(new LocalDate(2025, 10, 9), walk.CaseAt(At(2025, 9, 22)).DueDate);

        // Reported on the rolled last day Thu 10-09: on time. County: legal 10-09 + 20 = Wed 10-29; committed 10-09 + 13
        // = Wed 10-22.
        walk.Fire("submit", Township, At(2025, 10, 9), Args(FiveGuaranteeSupport.OpinionArgument, "经核查，申请人有法定赡养人且有赡养能力"));
        Assert.Equal(0, walk.Snapshot.LegalClock.LateStops);
        Assert.Equal(0, walk.Snapshot.CommittedClock.LateStops);
        Assert.Equal(new LocalDate(2025, 10, 29), walk.LegalAt(At(2025, 10, 9)).DueDate);
        Assert.Equal(new LocalDate(2025, 10, 22), walk.CaseAt(At(2025, 10, 9)).DueDate);

        // A refusal needs written reasons and only the county bureau may refuse.
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("refuse", County, At(2025, 10, 20)).Rejection);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("refuse", Township, At(2025, 10, 20), reason: "不符合条件").Rejection);
        walk.Fire("refuse", County, At(2025, 10, 20), reason: "申请人有法定赡养义务人且其具有赡养能力，不符合五保供养条件");

        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        var finished = walk.DeadlinesAt(At(2025, 11, 1));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_township_review_one_day_after_its_rolled_20_days_stays_legally_late()
    {
        // Township legally due Thu 10-09 (as above); it reports Fri 10-10.
        var walk = Apply(At(2025, 9, 15))
            .Fire("forward", Village, At(2025, 9, 19), Args(FiveGuaranteeSupport.OpinionArgument, "同意上报"))
            .Fire("submit", Township, At(2025, 10, 10), Args(FiveGuaranteeSupport.OpinionArgument, "审核属实"));
        Assert.Equal(1, walk.Snapshot.LegalClock.LateStops);

        walk.Fire("approve", County, At(2025, 10, 13), Args(FiveGuaranteeSupport.HomeArgument, "某县社会福利院")).Fire("admit", Home, At(2025, 10, 15));
        Assert.Equal(DeadlineState.FinishedLate, walk.LegalAt(At(2025, 10, 31)).State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_applicant_may_withdraw_until_admitted_but_not_after()
    {
        var walk = Apply(At(2025, 9, 15))
            .Fire("forward", Village, At(2025, 9, 19), Args(FiveGuaranteeSupport.OpinionArgument, "同意上报"))
            .Fire("submit", Township, At(2025, 9, 24), Args(FiveGuaranteeSupport.OpinionArgument, "审核属实"))
            .Fire("approve", County, At(2025, 9, 26), Args(FiveGuaranteeSupport.HomeArgument, "某镇敬老院"));
        walk.Fire("withdraw", Township, At(2025, 9, 29));
        Assert.Equal(CaseOutcome.Withdrawn, walk.Snapshot.Outcome);
        Assert.Equal(RejectionKind.CaseClosed, walk.Refuse("admit", Home, At(2025, 9, 30)).Rejection);
    }

    [Fact]
    public void The_limits_are_the_regulations_20_days_each_with_committed_13_and_the_office_set_ones_do_not_count()
    {
        Assert.Equal(TimeLimit.NaturalDays(20), FiveGuaranteeSupport.TownshipPeriod.Legal);
        Assert.Equal(TimeLimit.NaturalDays(13), FiveGuaranteeSupport.TownshipPeriod.Committed);
        Assert.Equal(TimeLimit.NaturalDays(20), FiveGuaranteeSupport.CountyPeriod.Legal);
        Assert.Equal(TimeLimit.NaturalDays(13), FiveGuaranteeSupport.CountyPeriod.Committed);
        Assert.True(Definition.TryGetStep(FiveGuaranteeSupport.Steps.VillageInvestigation, out var village));
        Assert.False(village!.CountsTowardCaseLimit);
        Assert.True(Definition.TryGetStep(FiveGuaranteeSupport.Steps.Admission, out var admission));
        Assert.False(admission!.CountsTowardCaseLimit);
        Assert.Equal([PowerGovernance.Powers.PowerCategory.Benefit], Definition.PowerCategories);
        Assert.All(Definition.Steps, s => Assert.True(s.Limit is null || s.Limit.Value.Kind == TimeLimitKind.NaturalDays, s.Id));
    }
}
