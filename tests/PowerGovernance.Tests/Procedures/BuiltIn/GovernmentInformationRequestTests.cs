using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in information request procedure, in working days. National Day 2024: Sun 09-29 and Sat 10-12
/// worked, Oct 1–7 off. Spring Festival 2024: Sun 02-04 and Sun 02-18 worked, Feb 10–17 off.
/// </summary>
public class GovernmentInformationRequestTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.GovernmentInformationRequest;
    private static readonly Actor Clerk = new("孙丽", GovernmentInformationRequest.Clerk);
    private static readonly Actor Handler = new("钱伟", GovernmentInformationRequest.Handler);
    private static readonly Actor Head = new("吴主任", GovernmentInformationRequest.Head);

    private static CaseWalk Receive(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.InformationRequest, Clerk, at);

    [Fact]
    public void Consulting_a_third_party_suspends_the_reply_clock_and_the_head_extends_it_across_National_Day()
    {
        // Received Fri 09-27. Case: 13 wd → 10-21 (… 10-18(12), 10-21(13)). Registration: 4 wd: 09-29(1), 09-30(2), 10-08(3), 10-09(4).
        var walk = Receive(At(2024, 9, 27));
        Assert.Equal(new LocalDate(2024, 10, 21), walk.CaseAt(At(2024, 9, 27)).DueDate);
        Assert.Equal(new LocalDate(2024, 10, 9), walk.StepAt(At(2024, 9, 27)).DueDate);

        // Registered on the make-up Sunday 09-29. Handling: 7 wd: 09-30(1), 10-08(2), 10-09(3), 10-10(4), 10-11(5), 10-12(6), 10-14(7).
        walk.Fire("register", Clerk, At(2024, 9, 29));
        Assert.Equal(new LocalDate(2024, 10, 14), walk.StepAt(At(2024, 9, 29)).DueDate);

        // Only consultations stop the clock (Art. 33(3)).
        var wrongCause = walk.Refuse("consult", Handler, At(2024, 9, 30), Args("cause", "领导审批"));
        Assert.Equal(RejectionKind.GuardFailed, wrongCause.Rejection);
        walk.Fire("consult", Handler, At(2024, 9, 30), Args("cause", "征求第三方意见"));

        // On 10-10 the case is suspended after 09-29, 09-30 = 2 wd.
        var during = walk.CaseAt(At(2024, 10, 10));
        Assert.Equal(DeadlineState.Suspended, during.State);
        Assert.Equal(2, during.DaysUsed);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("submit", Handler, At(2024, 10, 10)).Rejection);

        // The third party replies Mon 10-21: 10-08 … 10-12, 10-14 … 10-18, 10-21 = 11 wd not counted.
        // Case: 13 + 11 = 24 wd: 10-21(13), 10-22(14), 10-23(15), 10-24(16), 10-25(17), 10-28(18), 10-29(19), 10-30(20),
        // 10-31(21), 11-01(22), 11-04(23), 11-05(24). Handling: 7 + 11 = 18 wd after 09-29 → 10-29.
        walk.Fire("consultation-replied", Handler, At(2024, 10, 21));
        Assert.Equal(new LocalDate(2024, 11, 5), walk.CaseAt(At(2024, 10, 21)).DueDate);
        Assert.Equal(new LocalDate(2024, 10, 29), walk.StepAt(At(2024, 10, 21)).DueDate);

        // Extended Tue 10-22 by 20 wd with the office head's approval (Art. 33): 33 + 11 = 44 wd: 11-05(24) … 11-29(42),
        // 12-02(43), 12-03(44). Used: 09-29, 09-30, 10-08..12, 10-14..18, 10-21, 10-22 = 14, less 11 = 3.
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("extend", Handler, At(2024, 10, 22), reason: "需要协调").Rejection);
        walk.Fire("extend", Head, At(2024, 10, 22), reason: "涉及多个业务科室，经政府信息公开工作机构负责人同意延长");
        var extended = walk.CaseAt(At(2024, 10, 22));
        Assert.Equal(TimeLimit.WorkingDays(33), extended.Limit);
        Assert.Equal(new LocalDate(2024, 12, 3), extended.DueDate);
        Assert.Equal(3, extended.DaysUsed);
        Assert.Equal(30, extended.DaysLeft);

        // Disclosed Mon 10-28: 18 wd since 09-27 less 11 = 7 used.
        walk.Fire("submit", Handler, At(2024, 10, 25)).Fire("disclose", Head, At(2024, 10, 28));
        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 12, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(7, finished.DaysUsed);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_corrected_request_restarts_the_clock_and_a_refusal_gives_reasons_across_Spring_Festival()
    {
        // Received Thu 02-01; registration: 4 wd: 02-02(1), 02-04(2), 02-05(3), 02-06(4) → 02-06.
        var walk = Receive(At(2024, 2, 1));
        Assert.Equal(new LocalDate(2024, 2, 6), walk.StepAt(At(2024, 2, 1)).DueDate);

        // Unclear: correction asked Fri 02-02 (Art. 30); the applicant's time does not count. The correction period
        // (10 wd): 02-04(1), 02-05(2) … 02-09(6), 02-18(7), 02-19(8), 02-20(9), 02-21(10) → 02-21.
        walk.Fire("ask-correction", Clerk, At(2024, 2, 2), Args(GovernmentInformationRequest.ItemsArgument, "请写明所需信息的名称、文号或者便于查询的其他特征性描述"));
        Assert.Equal(new LocalDate(2024, 2, 21), walk.StepAt(At(2024, 2, 5)).DueDate);
        Assert.Equal(DeadlineState.NotCounting, walk.CaseAt(At(2024, 2, 5)).State);

        // The corrected request arrives Mon 02-19: the reply clock restarts there. 13 wd: 02-20(1) … 02-23(4),
        // 02-26(5) … 03-01(9), 03-04(10), 03-05(11), 03-06(12), 03-07(13). Handling: 7 wd → 02-28.
        walk.Fire("correction-received", Clerk, At(2024, 2, 19));
        Assert.Equal(new LocalDate(2024, 2, 19), walk.Snapshot.CommittedClock.Start);
        var restarted = walk.CaseAt(At(2024, 2, 19));
        Assert.Equal(new LocalDate(2024, 3, 7), restarted.DueDate);
        Assert.Equal(0, restarted.DaysUsed);
        Assert.Equal(new LocalDate(2024, 2, 28), walk.StepAt(At(2024, 2, 19)).DueDate);

        // Sign-off (2 wd from Tue 02-27: 02-28, 02-29); refused Thu 02-29 with reasons: 02-20 … 02-29 = 8 wd used.
        walk.Fire("submit", Handler, At(2024, 2, 27));
        Assert.Equal(new LocalDate(2024, 2, 29), walk.StepAt(At(2024, 2, 27)).DueDate);
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("refuse", Head, At(2024, 2, 29)).Rejection);
        walk.Fire("refuse", Head, At(2024, 2, 29), reason: "所申请信息依法确定为国家秘密（第十四条）");
        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 3, 29));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(8, finished.DaysUsed);
        Assert.Equal(5, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_request_not_corrected_in_time_is_deemed_abandoned_with_reasons()
    {
        var walk = Receive(At(2024, 6, 3)).Fire("ask-correction", Clerk, At(2024, 6, 4), Args(GovernmentInformationRequest.ItemsArgument, "请明确申请内容"));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("deemed-abandoned", Clerk, At(2024, 6, 28)).Rejection);
        walk.Fire("deemed-abandoned", Clerk, At(2024, 6, 28), reason: "申请人无正当理由逾期不补正（第三十条）");
        Assert.Equal(CaseOutcome.Withdrawn, walk.Snapshot.Outcome);
        Assert.Equal("abandoned", walk.Snapshot.Step);
    }
}
