using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in 低保 letters and visits reception: register (time, name, origin, issue), listen, answer or hand over with
/// a feedback limit (30 days, office-set); the case's 60 days from acceptance (信访工作条例 Art. 34), committed 40.
/// Spring Festival 2026: Feb 15–23 off, Sat 02-14 and Sat 02-28 worked. National Day 2025: Oct 1–8 off.
/// </summary>
public class LivingAllowanceLettersAndVisitsTests
{
    private static readonly ProcedureDefinition Definition = CivilAffairsFixture.LettersAndVisits;
    private static readonly Actor Receptionist = new("接待员张某", LivingAllowanceLettersAndVisits.Receptionist);
    private static readonly Actor Unit = new("某村委会", LivingAllowanceLettersAndVisits.ResponsibleUnit);

    private static CaseWalk Receive(Instant at) => CaseWalk.Start(Definition, CivilAffairsFixture.LettersAndVisitsPower, Receptionist, at, on: CivilAffairsFixture.Engine);

    private static Dictionary<string, string> Registration() => new()
    {
        ["name"] = "陈某",
        ["origin"] = "某镇某村",
        ["issue"] = "家庭收入下降，申请提高低保金额",
    };

    [Fact]
    public void A_visit_handed_over_before_Spring_Festival_2026_is_fed_back_late_on_the_step_but_within_the_case_limits()
    {
        // Received Thu 02-12. Legal 02-12 + 60 = Mon 04-13 (working); committed 02-12 + 40 = Tue 03-24.
        var walk = Receive(At(2026, 2, 12, 9));
        Assert.Equal(new LocalDate(2026, 4, 13), walk.LegalAt(At(2026, 2, 12)).DueDate);
        Assert.Equal(new LocalDate(2026, 3, 24), walk.CaseAt(At(2026, 2, 12)).DueDate);

        // Registration needs all of name, origin and issue (the time is the event's own).
        var missing = Registration();
        missing.Remove("origin");
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("register", Receptionist, At(2026, 2, 12, 9), missing).Rejection);
        walk.Fire("register", Receptionist, At(2026, 2, 12, 9), Registration())
            .Fire("hear", Receptionist, At(2026, 2, 12, 11), Args("demand", "家庭成员失业，要求按变动后收入调整保障金"));

        // Handling 5 days from Thu 02-12: 02-17, a holiday → Tue 02-24. Handed over Fri 02-13 to the village, after
        // reporting to the leader. Feedback 30 days: 02-13 + 30 = Sun 03-15 → Mon 03-16.
        Assert.Equal(new LocalDate(2026, 2, 24), walk.StepAt(At(2026, 2, 13)).DueDate);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("hand-over", Receptionist, At(2026, 2, 13), Args("to", "某村委会")).Rejection);
        walk.Fire("hand-over", Receptionist, At(2026, 2, 13), new Dictionary<string, string> { ["to"] = "某村委会", ["leader"] = "分管副镇长" });
        Assert.Equal(new LocalDate(2026, 3, 16), walk.StepAt(At(2026, 2, 14)).DueDate);

        // Tue 03-17: the feedback step is overdue; the case is still within its committed 03-24.
        Assert.Equal(DeadlineState.Overdue, walk.StepAt(At(2026, 3, 17)).State);
        Assert.NotEqual(DeadlineState.Overdue, walk.CaseAt(At(2026, 3, 17)).State);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("report-result", Receptionist, At(2026, 3, 17), Args("result", "已调整")).Rejection);
        walk.Fire("report-result", Unit, At(2026, 3, 17), Args("result", "经核查收入下降属实，已按程序调整保障金额"));

        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        Assert.Equal(LivingAllowanceLettersAndVisits.Steps.Concluded, walk.Snapshot.Step);
        var finished = walk.DeadlinesAt(At(2026, 4, 30));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Committed.State);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_visit_answered_after_National_Day_2025_is_on_time_because_the_handling_limit_rolls_over_the_holiday()
    {
        // Received, registered and heard Tue 09-30. Handling 5 days: 09-30 + 5 = Sun 10-05, a holiday → Thu 10-09.
        var walk = Receive(At(2025, 9, 30, 9))
            .Fire("register", Receptionist, At(2025, 9, 30, 9), Registration())
            .Fire("hear", Receptionist, At(2025, 9, 30, 10), Args("demand", "询问低保标准"));
        Assert.Equal(new LocalDate(2025, 10, 9), walk.StepAt(At(2025, 9, 30)).DueDate);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("answer", Receptionist, At(2025, 10, 9)).Rejection);
        walk.Fire("answer", Receptionist, At(2025, 10, 9), Args("answer", "对照低保政策答复：家庭月人均收入低于当地标准方可纳入"));

        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        Assert.Equal(0, walk.Snapshot.CommittedClock.LateStops);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_feedback_limit_is_the_offices_within_the_petition_regulations_60_days()
    {
        Assert.Equal(TimeLimit.NaturalDays(30), LivingAllowanceLettersAndVisits.DefaultFeedbackLimit);
        Assert.Equal(TimeLimit.NaturalDays(60), Definition.LegalLimit);
        Assert.Equal(TimeLimit.NaturalDays(40), Definition.CommittedLimit);
        var shorter = LivingAllowanceLettersAndVisits.CreateBuilder(TimeLimit.NaturalDays(15)).Build();
        Assert.True(shorter.TryGetStep(LivingAllowanceLettersAndVisits.Steps.Feedback, out var feedback));
        Assert.Equal(TimeLimit.NaturalDays(15), feedback!.Limit);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => LivingAllowanceLettersAndVisits.CreateBuilder(TimeLimit.WorkingDays(10)));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => LivingAllowanceLettersAndVisits.CreateBuilder(TimeLimit.NaturalDays(61)));
    }
}
