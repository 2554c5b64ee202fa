using PowerGovernance.Tests.Procedures;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>The built-in time-limited completion procedure: 15 working days from receipt; late work needs an explanation.</summary>
public class TimeLimitedCompletionTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.TimeLimitedCompletion;
    private static readonly Actor Registrar = new("收文员吴某", TimeLimitedCompletion.Registrar);
    private static readonly Actor Undertaker = new("民政办主任郑某", TimeLimitedCompletion.Undertaker);

    private static CaseWalk Receive(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.TimeLimitedCompletion, Registrar, at);

    [Fact]
    public void A_request_for_instructions_received_before_National_Day_answered_late_needs_an_explanation()
    {
        // Received Fri 2024-09-27 (not counted): 09-29 make-up Sunday (1), 09-30 (2), 10-08 (3) … 10-11 (6),
        // 10-12 make-up Saturday (7), 10-14 (8) … 10-18 (12), 10-21 (13), 10-22 (14), 10-23 (15) → due 10-23.
        var walk = Receive(At(2024, 9, 27));
        Assert.Equal(new LocalDate(2024, 10, 23), walk.CaseAt(At(2024, 9, 27)).DueDate);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("assign-reply", Registrar, At(2024, 9, 29)).Rejection);
        walk.Fire("assign-reply", Registrar, At(2024, 9, 29), Args(TimeLimitedCompletion.ToArgument, "民政办"));

        Assert.Equal(DeadlineState.Warning, walk.CaseAt(At(2024, 10, 22)).State);
        Assert.Equal(DeadlineState.Overdue, walk.CaseAt(At(2024, 10, 24)).State);

        // Thu 10-24 is one day late: the answer is refused without an explanation to the requester.
        var refused = walk.Refuse("answer", Undertaker, At(2024, 10, 24));
        Assert.Equal(RejectionKind.GuardFailed, refused.Rejection);
        Assert.Equal(["15个工作日内办结，或逾期并附向请示（交办）方的说明 (done within 15 working days, or late with an explanation to the body that asked or assigned it)"], refused.UnmetGuards());
        walk.Fire("answer", Undertaker, At(2024, 10, 24), Args(TimeLimitedCompletion.LateExplanationArgument, "需征求县民政局意见，已电话告知请示单位"));

        var finished = walk.CaseAt(At(2024, 11, 1));
        Assert.Equal(DeadlineState.FinishedLate, finished.State);
        Assert.Equal(16, finished.DaysUsed);
        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_decision_that_needs_a_plan_received_before_the_Spring_Festival_reports_it_on_the_last_day_without_explanation()
    {
        // Received Thu 2024-02-08: 02-09 (1), 02-18 make-up Sunday (2), 02-19 (3) … 02-23 (7), 02-26 (8) … 03-01 (12),
        // 03-04 (13), 03-05 (14), 03-06 (15) → due 03-06.
        var walk = Receive(At(2024, 2, 8)).Fire("assign-planning", Registrar, At(2024, 2, 9), Args(TimeLimitedCompletion.ToArgument, "农业服务中心"));
        Assert.Equal(new LocalDate(2024, 3, 6), walk.CaseAt(At(2024, 2, 9)).DueDate);

        walk.Fire("report-plan", Undertaker, At(2024, 3, 6, 17));

        Assert.Equal(DeadlineState.FinishedOnTime, walk.CaseAt(At(2024, 3, 8)).State);
        Assert.Equal("plan-reported", walk.Snapshot.Step);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_decision_needing_no_plan_is_carried_out_and_the_limit_is_an_option()
    {
        var walk = Receive(At(2024, 5, 6)).Fire("assign", Registrar, At(2024, 5, 6), Args(TimeLimitedCompletion.ToArgument, "规划建设办"));
        walk.Fire("complete", Undertaker, At(2024, 5, 20));
        Assert.Equal("completed", walk.Snapshot.Step);

        var shorter = TimeLimitedCompletion.CreateBuilder(PowerGovernance.Calendars.TimeLimit.WorkingDays(10)).Build();
        Assert.Equal(PowerGovernance.Calendars.TimeLimit.WorkingDays(10), shorter.CommittedLimit);
        Assert.Null(shorter.LegalLimit);
    }
}
