using PowerGovernance.Tests.Procedures;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in decision disclosure procedure: the comment period (at least 5 working days, the day of
/// publication not counted) must be over before the draft may go to the committee.
/// </summary>
public class DecisionDisclosureTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.DecisionDisclosure;
    private static readonly Actor Office = new("规划建设办周某", DecisionDisclosure.Office);
    private static readonly Actor Committee = new("党委秘书郑某", DecisionDisclosure.Committee);

    private static CaseWalk Draft(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.DecisionDisclosure, Office, at);

    [Fact]
    public void The_comment_period_runs_over_National_Day_and_the_decision_is_adopted()
    {
        // Drafted Wed 09-25. Case (20 wd, office-set): 09-26(1), 09-27(2), 09-29(3), 09-30(4), 10-08(5) … 10-12(9),
        // 10-14(10) … 10-18(14), 10-21(15) … 10-25(19), 10-28(20) → 10-28.
        var walk = Draft(At(2024, 9, 25));
        Assert.Equal(new LocalDate(2024, 10, 28), walk.CaseAt(At(2024, 9, 25)).DueDate);

        // Published Fri 09-27 on the government website. Comment period, 5 wd: 09-29(1), 09-30(2), 10-08(3),
        // 10-09(4), 10-10(5): it ends at 24:00 on 10-10. The step (8 wd): … 10-11(6), 10-12(7), 10-14(8) → 10-14.
        walk.Fire("publish", Office, At(2024, 9, 27), Args(DecisionDisclosure.ChannelArgument, "政府网站"));
        Assert.Equal(new LocalDate(2024, 10, 14), walk.StepAt(At(2024, 9, 27)).DueDate);

        // Seven natural days later (10-04, a holiday) or on the period's last day (10-10) it may not go to the committee.
        var summary = Args(DecisionDisclosure.OpinionSummaryArgument, "收到意见12条，采纳5条");
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("submit-to-committee", Office, At(2024, 10, 11)).Rejection);
        var early = walk.Refuse("submit-to-committee", Office, At(2024, 10, 10, 17), summary);
        Assert.Equal(RejectionKind.GuardFailed, early.Rejection);
        Assert.Equal(["征求意见期已满5个工作日（不含公开当日） (the comment period of 5 working days (the day of publication not counted) is over)"], early.UnmetGuards());
        Assert.False(Engine.CanFire(walk.Snapshot, "submit-to-committee", Office, At(2024, 10, 4), summary));
        Assert.True(Engine.CanFire(walk.Snapshot, "submit-to-committee", Office, At(2024, 10, 11, 9), summary));

        // Submitted on the make-up Saturday 10-12; the committee step (7 wd): 10-14(1) … 10-18(5), 10-21(6), 10-22(7).
        walk.Fire("submit-to-committee", Office, At(2024, 10, 12), summary);
        Assert.Equal(new LocalDate(2024, 10, 22), walk.StepAt(At(2024, 10, 12)).DueDate);

        // Left undecided, the case turns yellow Fri 10-25 (19 of 20 wd used) and red Tue 10-29.
        var yellow = walk.CaseAt(At(2024, 10, 25));
        Assert.Equal(DeadlineState.Warning, yellow.State);
        Assert.Equal(19, yellow.DaysUsed);
        Assert.Equal(DeadlineState.Overdue, walk.CaseAt(At(2024, 10, 29)).State);

        // Adopted Fri 10-18: 09-26, 09-27, 09-29, 09-30, 10-08..10-12, 10-14..10-18 = 14 wd used.
        walk.Fire("adopt", Committee, At(2024, 10, 18));
        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 10, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(14, finished.DaysUsed);
        Assert.Equal(6, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_draft_sent_back_is_published_again_before_the_committee_rejects_it_across_Spring_Festival()
    {
        // Drafted Mon 02-05, published Tue 02-06: 02-07(1), 02-08(2), 02-09(3), 02-18(4), 02-19(5) → ends 02-19.
        var walk = Draft(At(2024, 2, 5)).Fire("publish", Office, At(2024, 2, 6), Args(DecisionDisclosure.ChannelArgument, "对外公开栏"));
        var summary = Args(DecisionDisclosure.OpinionSummaryArgument, "无反对意见");
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("submit-to-committee", Office, At(2024, 2, 19), summary).Rejection);
        walk.Fire("submit-to-committee", Office, At(2024, 2, 20), summary);

        // Sent back with reasons Thu 02-22 and published again Fri 02-23: a new period, 02-26(1) … 03-01(5).
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("revise", Committee, At(2024, 2, 22)).Rejection);
        walk.Fire("revise", Committee, At(2024, 2, 22), reason: "补充资金测算后重新公开");
        walk.Fire("publish", Office, At(2024, 2, 23), Args(DecisionDisclosure.ChannelArgument, "政府网站"));
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("submit-to-committee", Office, At(2024, 3, 1), summary).Rejection);
        walk.Fire("submit-to-committee", Office, At(2024, 3, 4), summary);

        // Rejected Tue 03-05 with reasons. Case (20 wd from 02-05): 02-06(1) … 02-09(4), 02-18(5) … 02-23(10),
        // 02-26(11) … 03-01(15), 03-04(16), 03-05(17), 03-06(18), 03-07(19), 03-08(20) → 03-08; 17 used.
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("reject", Committee, At(2024, 3, 5)).Rejection);
        walk.Fire("reject", Committee, At(2024, 3, 5), reason: "项目选址与村庄规划不符");
        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 3, 29));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(new LocalDate(2024, 3, 8), finished.DueDate);
        Assert.Equal(17, finished.DaysUsed);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Only_a_published_draft_reaches_the_committee()
    {
        Assert.All(Definition.Triggers.Where(t => t.To == "committee"), t => Assert.Equal("public-comment", t.From));
        var drafted = Draft(At(2024, 4, 1));
        Assert.Equal(RejectionKind.NotPermittedFromStep, drafted.Refuse("submit-to-committee", Office, At(2024, 4, 15), Args(DecisionDisclosure.OpinionSummaryArgument, "未公开")).Rejection);
    }

    [Fact]
    public void A_host_may_lengthen_the_comment_period()
    {
        var longer = DecisionDisclosure.CreateBuilder(PowerGovernance.Calendars.TimeLimit.WorkingDays(10)).Build();

        var submit = longer.Triggers.Single(t => t.Id == "submit-to-committee");
        Assert.Equal("征求意见期已满10个工作日（不含公开当日）", Assert.Single(submit.Guards).ChineseDescription);
        Assert.Equal("the comment period of 10 working days (the day of publication not counted) is over", submit.Guards[0].EnglishDescription);
        Assert.Equal(TimeLimit.WorkingDays(25), longer.CommittedLimit);
        Assert.Same(Definition, BuiltInProcedures.DecisionDisclosure);
    }
}
