using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.CivilAffairs;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in disaster relief beneficiary procedure: six steps, office-set limits in natural days (no rule sets any),
/// a posting period of 7 days (office-set) that must be over before the list goes to the township. Spring Festival 2026:
/// Feb 15–23 off, Sat 02-14 and Sat 02-28 worked. National Day 2025: Oct 1–8 off, Sun 09-28 and Sat 10-11 worked.
/// </summary>
public class DisasterReliefTests
{
    private static readonly ProcedureDefinition Definition = CivilAffairsFixture.Relief;
    private static readonly Actor Group = new("村民小组长赵某", DisasterRelief.VillagersGroup);
    private static readonly Actor Assembly = new("村民代表会议主持人孙某", DisasterRelief.VillageAssembly);
    private static readonly Actor Village = new("村委会主任钱某", DisasterRelief.VillageCommittee);
    private static readonly Actor Township = new("民政专干刘某", DisasterRelief.TownshipOfficer);
    private static readonly Actor County = new("县民政局吴某", DisasterRelief.CountyBureau);

    private static CaseWalk Apply(Instant at) => CaseWalk.Start(Definition, CivilAffairsFixture.ReliefPower, Group, at, on: CivilAffairsFixture.Engine);

    private static Dictionary<string, string> Opinion(string text) => Args(DisasterRelief.OpinionArgument, text);

    [Fact]
    public void A_victim_is_approved_across_Spring_Festival_2026_after_seven_days_of_posting()
    {
        // Applied Mon 02-02. Committed case limit 33 + 7 = 40 days: 02-02 + 40 = Sat 03-14 → Mon 03-16. The group's 5
        // days: 02-02 + 5 = Sat 02-07 (an ordinary weekend) → Mon 02-09.
        var walk = Apply(At(2026, 2, 2));
        Assert.Equal(new LocalDate(2026, 3, 16), walk.CaseAt(At(2026, 2, 3)).DueDate);
        Assert.Equal(new LocalDate(2026, 2, 9), walk.StepAt(At(2026, 2, 3)).DueDate);

        // Nominated Wed 02-04; appraised Mon 02-09 (due 02-04 + 7 = Wed 02-11); reviewed and posted Wed 02-11 at the
        // village noticeboard (due 02-09 + 3 = Thu 02-12).
        walk.Fire("nominate", Group, At(2026, 2, 4), Opinion("房屋倒塌，无力自救，提名"));
        Assert.Equal(new LocalDate(2026, 2, 11), walk.StepAt(At(2026, 2, 5)).DueDate);
        walk.Fire("appraise", Assembly, At(2026, 2, 9), Opinion("村民代表会议评议通过"));
        Assert.Equal(new LocalDate(2026, 2, 12), walk.StepAt(At(2026, 2, 10)).DueDate);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("post", Village, At(2026, 2, 11)).Rejection);
        walk.Fire("post", Village, At(2026, 2, 11), Args(DisasterRelief.PlaceArgument, "村委会公开栏"));

        // Posted 02-11 for 7 days (02-12..02-18, the day of posting not counted): it may be reported from 02-19. The
        // posting step's own limit, 7 + 3 = 10 days, is a time to act: 02-11 + 10 = Sat 02-21, a holiday → Tue 02-24.
        Assert.Equal(new LocalDate(2026, 2, 24), walk.StepAt(At(2026, 2, 12)).DueDate);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("report", Village, At(2026, 2, 18)).Rejection);
        walk.Fire("report", Village, At(2026, 2, 24));
        Assert.NotEqual(DeadlineState.Overdue, walk.CaseAt(At(2026, 2, 24)).State);

        // Township review 5 days: 02-24 + 5 = Sun 03-01 → Mon 03-02. Submitted Fri 02-27. County 10 days: 02-27 + 10 =
        // Mon 03-09. Approved Thu 03-05 for the victims' living difficulties.
        Assert.Equal(new LocalDate(2026, 3, 2), walk.StepAt(At(2026, 2, 25)).DueDate);
        walk.Fire("submit", Township, At(2026, 2, 27), Opinion("审核属实，同意上报"));
        Assert.Equal(new LocalDate(2026, 3, 9), walk.StepAt(At(2026, 2, 27)).DueDate);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("approve", County, At(2026, 3, 5)).Rejection);
        Assert.Equal(RejectionKind.ArgumentInvalid, walk.Refuse("approve", County, At(2026, 3, 5), Args(DisasterRelief.UseArgument, "Banquet")).Rejection);
        walk.Fire("approve", County, At(2026, 3, 5), Args(DisasterRelief.UseArgument, DisasterRelief.Arguments.Use.Format(DisasterReliefUse.LivingDifficulties)));

        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        Assert.Equal(DeadlineState.FinishedOnTime, walk.CaseAt(At(2026, 3, 20)).State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void An_objection_upheld_during_the_posting_sends_the_case_back_to_democratic_appraisal_across_National_Day_2025()
    {
        // Posted Fri 09-26; an objection found valid Tue 09-30 (a reason is required) sends it back to the appraisal.
        var walk = Apply(At(2025, 9, 15))
            .Fire("nominate", Group, At(2025, 9, 17), Opinion("提名"))
            .Fire("appraise", Assembly, At(2025, 9, 22), Opinion("评议通过"))
            .Fire("post", Village, At(2025, 9, 26), Args(DisasterRelief.PlaceArgument, "村委会公开栏"));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("objection-upheld", Village, At(2025, 9, 30)).Rejection);
        walk.Fire("objection-upheld", Village, At(2025, 9, 30), reason: "群众反映申请人房屋未受损，异议成立");
        Assert.Equal(DisasterRelief.Steps.DemocraticAppraisal, walk.Snapshot.Step);

        // Appraised again Thu 10-09 and posted again Fri 10-10: 7 days 10-11..10-17, reportable from Sat 10-18. The
        // step's 10 days: 10-10 + 10 = Mon 10-20, a working day. Reported Mon 10-20: on time.
        walk.Fire("appraise", Assembly, At(2025, 10, 9), Opinion("重新评议，房屋一般损坏，通过"))
            .Fire("post", Village, At(2025, 10, 10), Args(DisasterRelief.PlaceArgument, "村委会公开栏"));
        Assert.Equal(new LocalDate(2025, 10, 20), walk.StepAt(At(2025, 10, 11)).DueDate);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("report", Village, At(2025, 10, 17)).Rejection);
        walk.Fire("report", Village, At(2025, 10, 20));
        Assert.NotEqual(DeadlineState.Overdue, walk.StepAt(At(2025, 10, 20)).State);

        // The township refuses in writing.
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("refuse", Township, At(2025, 10, 22)).Rejection);
        walk.Fire("refuse", Township, At(2025, 10, 22), reason: "经入户核查，房屋损坏轻微，不属救济范围");
        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_longer_posting_period_set_by_the_office_moves_the_guard_and_the_limits()
    {
        var definition = DisasterRelief.CreateBuilder(TimeLimit.NaturalDays(10)).Build();

        Assert.Equal(TimeLimit.NaturalDays(43), definition.CommittedLimit);
        Assert.Null(definition.LegalLimit);
        Assert.True(definition.TryGetStep(DisasterRelief.Steps.PublicPosting, out var posting));
        Assert.Equal(TimeLimit.NaturalDays(13), posting!.Limit);
        Assert.Contains("不少于10日", posting.Disclosure, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DisasterRelief.CreateBuilder(TimeLimit.WorkingDays(5)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DisasterRelief.CreateBuilder(TimeLimit.NaturalDays(0)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => DisasterRelief.CreateBuilder(TimeLimit.NaturalDays(31)));
    }

    [Fact]
    public void The_six_steps_run_in_the_rules_order_and_each_is_held_by_its_own_post()
    {
        Assert.Equal(
            [DisasterRelief.Steps.GroupAppraisal, DisasterRelief.Steps.DemocraticAppraisal, DisasterRelief.Steps.VillageReview, DisasterRelief.Steps.PublicPosting, DisasterRelief.Steps.TownshipReview, DisasterRelief.Steps.CountyApproval],
            System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(Definition.Steps, s => !s.IsTerminal), s => s.Id));
        var walk = Apply(At(2025, 9, 15));
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("nominate", Village, At(2025, 9, 16), Opinion("提名")).Rejection);
        Assert.Equal(RejectionKind.NotPermittedFromStep, walk.Refuse("report", Village, At(2025, 9, 16)).Rejection);
    }
}
