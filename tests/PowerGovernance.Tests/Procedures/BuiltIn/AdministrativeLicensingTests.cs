using PowerGovernance.Tests.Procedures;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in licensing procedure on the official calendar. Working days around National Day 2024: Fri 09-27,
/// Sun 09-29 (make-up), Mon 09-30, then Oct 1–7 off, Tue 10-08 … Sat 10-12 (make-up), Mon 10-14 …; around
/// Spring Festival 2024: Thu 02-01, Fri 02-02, Sun 02-04 (make-up), Mon 02-05 … Fri 02-09, Feb 10–17 off,
/// Sun 02-18 (make-up), Mon 02-19 ….
/// </summary>
public class AdministrativeLicensingTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.AdministrativeLicensing;
    private static readonly Actor Clerk = new("张敏", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("李强", AdministrativeLicensing.Reviewer);
    private static readonly Actor HearingOfficer = new("赵静", AdministrativeLicensing.HearingOfficer);
    private static readonly Actor Head = new("王局长", AdministrativeLicensing.Head);

    private static CaseWalk Receive(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.Licensing, Clerk, at);

    [Fact]
    public void A_licence_received_before_National_Day_is_granted_and_delivered_on_time()
    {
        // Received Fri 09-27. Case: 13 wd: 09-29(1), 09-30(2), 10-08(3), 10-09(4), 10-10(5), 10-11(6), 10-12(7),
        // 10-14(8), 10-15(9), 10-16(10), 10-17(11), 10-18(12), 10-21(13) → 10-21.
        // Receipt step: 3 wd: 09-29(1), 09-30(2), 10-08(3) → 10-08.
        var walk = Receive(At(2024, 9, 27));
        Assert.Equal(new LocalDate(2024, 10, 21), walk.CaseAt(At(2024, 9, 27)).DueDate);
        Assert.Equal(new LocalDate(2024, 10, 8), walk.StepAt(At(2024, 9, 27)).DueDate);

        // Accepted Mon 09-30; review: 8 wd: 10-08(1), 10-09(2), 10-10(3), 10-11(4), 10-12(5), 10-14(6), 10-15(7), 10-16(8) → 10-16.
        // The legal 20 wd run from acceptance (Art. 42): 10-08(1) … 10-12(5), 10-14(6) … 10-18(10), 10-21(11) … 10-25(15),
        // 10-28(16) … 10-31(19), 11-01(20) → 11-01.
        walk.Fire("accept", Clerk, At(2024, 9, 30));
        Assert.Equal(new LocalDate(2024, 10, 16), walk.StepAt(At(2024, 9, 30)).DueDate);
        Assert.Equal(new LocalDate(2024, 11, 1), walk.LegalAt(At(2024, 9, 30)).DueDate);

        // On 10-09 the case has used 09-29, 09-30, 10-08, 10-09 = 4 wd of 13.
        var onNinth = walk.CaseAt(At(2024, 10, 9));
        Assert.Equal(DeadlineState.OnTime, onNinth.State);
        Assert.Equal(4, onNinth.DaysUsed);
        Assert.Equal(9, onNinth.DaysLeft);

        // Submitted Mon 10-14; decision: 2 wd: 10-15(1), 10-16(2) → 10-16. Granted Tue 10-15.
        walk.Fire("submit", Reviewer, At(2024, 10, 14));
        Assert.Equal(new LocalDate(2024, 10, 16), walk.StepAt(At(2024, 10, 14)).DueDate);
        walk.Fire("grant", Head, At(2024, 10, 15));

        // Delivery (Art. 44) does not count toward the case: the case clock stands at 9 wd used
        // (09-29, 09-30, 10-08..10-12, 10-14, 10-15) while delivery's own 6 wd run:
        // 10-16(1), 10-17(2), 10-18(3), 10-21(4), 10-22(5), 10-23(6) → 10-23.
        var caseInDelivery = walk.CaseAt(At(2024, 10, 22));
        Assert.Equal(DeadlineState.NotCounting, caseInDelivery.State);
        Assert.Equal(9, caseInDelivery.DaysUsed);
        var delivery = walk.StepAt(At(2024, 10, 22));
        Assert.Equal(new LocalDate(2024, 10, 23), delivery.DueDate);
        Assert.Equal(DeadlineState.Warning, delivery.State); // one working day left
        Assert.Equal(DeadlineState.Overdue, walk.StepAt(At(2024, 10, 24)).State);

        // Delivery's legal limit is 10 wd from the decision (Art. 44): 10-16(1) … 10-18(3), 10-21(4) … 10-25(8), 10-28(9), 10-29(10).
        Assert.Equal(new LocalDate(2024, 10, 29), walk.DeadlinesAt(At(2024, 10, 24)).StepLegal!.Value.DueDate);
        Assert.False(walk.DeadlinesAt(At(2024, 10, 24)).IsLegallyLate);

        // Delivered Wed 10-23. Delivery's 6 wd (10-16..10-23) are added to the uncounted days, so the case is
        // due 13 + 6 = 19 wd after 09-27: … 10-21(13), 10-22(14), 10-23(15), 10-24(16), 10-25(17), 10-28(18), 10-29(19).
        walk.Fire("deliver", Clerk, At(2024, 10, 23));
        Assert.Equal("granted", walk.Snapshot.Step);
        Assert.Equal(CaseOutcome.Granted, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 11, 15));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(new LocalDate(2024, 10, 29), finished.DueDate);
        Assert.Equal(9, finished.DaysUsed);
        Assert.Equal(4, finished.DaysLeft);
        Assert.Equal(DeadlineState.FinishedOnTime, walk.LegalAt(At(2024, 11, 15)).State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Missing_materials_restart_the_clock_an_expert_review_suspends_it_and_the_head_extends_it_before_a_refusal_across_Spring_Festival()
    {
        // Received Thu 02-01; receipt step 3 wd: 02-02(1), 02-04(2, make-up Sunday), 02-05(3) → 02-05.
        var walk = Receive(At(2024, 2, 1));
        Assert.Equal(new LocalDate(2024, 2, 5), walk.StepAt(At(2024, 2, 1)).DueDate);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("notify-missing", Clerk, At(2024, 2, 5)).Rejection);

        // One-time notification on the last day; the applicant's time does not count.
        walk.Fire("notify-missing", Clerk, At(2024, 2, 5), Args(AdministrativeLicensing.MissingArgument, "营业执照副本；卫生管理制度"));
        Assert.Equal(DeadlineState.NotCounting, walk.CaseAt(At(2024, 2, 6)).State);

        // Materials complete Wed 02-07: the clock restarts from 02-07 (Art. 32). Case: 13 wd: 02-08(1), 02-09(2),
        // [02-10..17 off], 02-18(3), 02-19(4), 02-20(5), 02-21(6), 02-22(7), 02-23(8), 02-26(9), 02-27(10),
        // 02-28(11), 02-29(12), 03-01(13) → 03-01. Review: 8 wd → 02-23.
        walk.Fire("materials-complete", Clerk, At(2024, 2, 7));
        Assert.Equal(new LocalDate(2024, 2, 7), walk.Snapshot.CommittedClock.Start);
        Assert.Equal(new LocalDate(2024, 3, 1), walk.CaseAt(At(2024, 2, 7)).DueDate);
        Assert.Equal(new LocalDate(2024, 2, 23), walk.StepAt(At(2024, 2, 7)).DueDate);

        // Legal 20 wd from the same day: … 03-01(13), 03-04(14) … 03-08(18), 03-11(19), 03-12(20) → 03-12.
        Assert.Equal(new LocalDate(2024, 2, 7), walk.Snapshot.LegalClock.Start);
        Assert.Equal(new LocalDate(2024, 3, 12), walk.LegalAt(At(2024, 2, 7)).DueDate);

        // Only the causes of Art. 45 stop the clock.
        var wrongCause = walk.Refuse("suspend", Reviewer, At(2024, 2, 19), new Dictionary<string, string> { ["cause"] = "实地核查", ["until"] = "2024-02-26" });
        Assert.Equal(RejectionKind.ArgumentInvalid, wrongCause.Rejection);
        var finding = Assert.Single(wrongCause.Findings);
        Assert.Equal(("ArgumentInvalid", "Arguments[cause]", "实地核查"), (finding.Code, finding.Path, finding.AttemptedValue));
        Assert.Contains("可选值：招标、拍卖、检验、检测、检疫、鉴定、专家评审", finding.ChineseMessage, System.StringComparison.Ordinal);

        // The applicant is told in writing how long it will take (Art. 45): the expected end is required, as a date
        // not before the suspension.
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("suspend", Reviewer, At(2024, 2, 19), Args("cause", "专家评审")).Rejection);
        var badEnd = walk.Refuse("suspend", Reviewer, At(2024, 2, 19), new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "26.02.2024" });
        Assert.Equal(RejectionKind.ArgumentInvalid, badEnd.Rejection);
        Assert.Contains("'until'", badEnd.Message, System.StringComparison.Ordinal);
        Assert.Contains("预计中止结束之日", badEnd.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal(RejectionKind.ArgumentInvalid, walk.Refuse("suspend", Reviewer, At(2024, 2, 19), new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "2024-02-18" }).Rejection);

        // Expert review from Mon 02-19, expected to end Mon 02-26; on Thu 02-22 the case is suspended with 02-08, 02-09,
        // 02-18, 02-19 = 4 wd used, and due as if it resumes on 02-26 (02-20 … 02-23, 02-26 = 5 wd later: 03-08).
        walk.Fire("suspend", Reviewer, At(2024, 2, 19), new Dictionary<string, string> { ["cause"] = "专家评审", ["until"] = "2024-02-26" });
        Assert.Equal(new LocalDate(2024, 2, 26), walk.Snapshot.CommittedClock.SuspendedUntil);
        var during = walk.CaseAt(At(2024, 2, 22));
        Assert.Equal(DeadlineState.Suspended, during.State);
        Assert.Equal(4, during.DaysUsed);
        Assert.Equal(new LocalDate(2024, 3, 8), during.DueDate);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("submit", Reviewer, At(2024, 2, 22)).Rejection);

        // Resumed Mon 02-26: 02-20, 02-21, 02-22, 02-23, 02-26 = 5 wd not counted. Case: 13 + 5 = 18 wd:
        // … 03-01(13), 03-04(14), 03-05(15), 03-06(16), 03-07(17), 03-08(18) → 03-08; review: 8 + 5 = 13 wd → 03-01.
        walk.Fire("resume", Reviewer, At(2024, 2, 26));
        Assert.Null(walk.Snapshot.CommittedClock.SuspendedUntil);
        Assert.Equal(new LocalDate(2024, 3, 8), walk.CaseAt(At(2024, 2, 26)).DueDate);

        // Legal: 20 + 5 = 25 wd: 03-12(20), 03-13(21) … 03-15(23), 03-18(24), 03-19(25) → 03-19.
        Assert.Equal(new LocalDate(2024, 3, 19), walk.LegalAt(At(2024, 2, 26)).DueDate);
        Assert.Equal(new LocalDate(2024, 3, 1), walk.StepAt(At(2024, 2, 26)).DueDate);

        // Only the agency head extends, with a reason, once (Art. 42). Extended Mon 03-04 by 10 wd: 23 + 5 = 28 wd:
        // 03-08(18), 03-11(19), 03-12(20), 03-13(21), 03-14(22), 03-15(23), 03-18(24), 03-19(25), 03-20(26), 03-21(27), 03-22(28).
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("extend", Reviewer, At(2024, 3, 4), reason: "情况复杂").Rejection);
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("extend", Head, At(2024, 3, 4)).Rejection);
        walk.Fire("extend", Head, At(2024, 3, 4), reason: "需现场核查多个经营场所，经机关负责人批准延长十日");
        Assert.Equal(RejectionKind.ClockConflict, walk.Refuse("extend", Head, At(2024, 3, 5), reason: "再次延长").Rejection);

        // On Tue 03-05: 15 wd since 02-07 (02-08, 02-09, 02-18..02-23, 02-26..03-01, 03-04, 03-05) less 5 suspended = 10 of 23.
        // The extension was approved in the review step, so the step gets the same 10 wd: 8 + 10 + 5 = 23 wd from 02-07:
        // … 03-08(18), 03-11(19) … 03-15(23) → 03-15;
        // it is not red while the case is green. Legal: 30 + 5 = 35 wd: … 03-29(33), 04-01(34), 04-02(35) → 04-02.
        var extended = walk.DeadlinesAt(At(2024, 3, 5));
        Assert.Equal(TimeLimit.WorkingDays(23), extended.Committed.Limit);
        Assert.Equal(new LocalDate(2024, 3, 22), extended.Committed.DueDate);
        Assert.Equal(DeadlineState.OnTime, extended.Committed.State);
        Assert.Equal(10, extended.Committed.DaysUsed);
        Assert.Equal(13, extended.Committed.DaysLeft);
        Assert.Equal(new LocalDate(2024, 3, 15), extended.StepCommitted!.Value.DueDate);
        Assert.Equal(DeadlineState.OnTime, extended.StepCommitted.Value.State);
        Assert.Equal(new LocalDate(2024, 4, 2), extended.Legal.DueDate);

        // A refusal needs written reasons (Art. 38(2)).
        walk.Fire("submit", Reviewer, At(2024, 3, 6));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("refuse", Head, At(2024, 3, 7)).Rejection);
        walk.Fire("refuse", Head, At(2024, 3, 7), reason: "经营场所卫生条件不符合《公共场所卫生管理条例》要求");
        Assert.Equal(CaseOutcome.Refused, walk.Snapshot.Outcome);
        Assert.Equal(DeadlineState.FinishedOnTime, walk.CaseAt(At(2024, 3, 31)).State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_hearing_does_not_count_toward_the_case_but_has_its_own_limit()
    {
        // Received and accepted Mon 11-04; hearing requested Wed 11-06 after 11-05, 11-06 = 2 wd.
        var walk = Receive(At(2024, 11, 4)).Fire("accept", Clerk, At(2024, 11, 4)).Fire("hold-hearing", Reviewer, At(2024, 11, 6));

        // Hearing: 13 wd: 11-07(1), 11-08(2), 11-11(3) … 11-22(12), 11-25(13) → 11-25.
        var hearing = walk.StepAt(At(2024, 11, 20));
        Assert.Equal(new LocalDate(2024, 11, 25), hearing.DueDate);
        Assert.Equal(DeadlineState.OnTime, hearing.State);
        var caseDuring = walk.CaseAt(At(2024, 11, 20));
        Assert.Equal(DeadlineState.NotCounting, caseDuring.State);

        // Its legal limit: 20 wd (Art. 47): 11-07(1), 11-08(2), 11-11(3) … 11-29(17), 12-02(18), 12-03(19), 12-04(20).
        Assert.Equal(new LocalDate(2024, 12, 4), walk.DeadlinesAt(At(2024, 11, 20)).StepLegal!.Value.DueDate);
        Assert.Equal(2, caseDuring.DaysUsed);

        // The decision rests on the transcript (Art. 48(2)).
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("hearing-concluded", HearingOfficer, At(2024, 11, 22)).Rejection);
        walk.Fire("hearing-concluded", HearingOfficer, At(2024, 11, 22), Args(AdministrativeLicensing.TranscriptArgument, "听证笔录〔2024〕7号"));

        // 11-07 … 11-22 = 12 wd not counted: the case is due 13 + 12 = 25 wd after 11-04 → 12-09
        // (equivalently 11 wd left after 11-22: 11-25 … 12-06, 12-09); used on 11-25: 11-05, 11-06, 11-25 = 3.
        // The review step restarts on 11-22: 8 wd: 11-25(1) … 11-29(5), 12-02(6), 12-03(7), 12-04(8) → 12-04.
        var after = walk.CaseAt(At(2024, 11, 25));
        Assert.Equal(new LocalDate(2024, 12, 9), after.DueDate);
        Assert.Equal(3, after.DaysUsed);
        Assert.Equal(DeadlineState.OnTime, after.State);
        Assert.Equal(new LocalDate(2024, 12, 4), walk.StepAt(At(2024, 11, 25)).DueDate);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void An_application_is_not_accepted_only_with_written_reasons_and_may_be_withdrawn()
    {
        var notAccepted = Receive(At(2024, 5, 6));
        Assert.Equal(RejectionKind.ReasonMissing, notAccepted.Refuse("not-accept", Clerk, At(2024, 5, 7)).Rejection);
        notAccepted.Fire("not-accept", Clerk, At(2024, 5, 7), reason: "申请事项依法不需要取得行政许可");
        Assert.Equal(CaseOutcome.NotAccepted, notAccepted.Snapshot.Outcome);

        var withdrawn = Receive(At(2024, 5, 6)).Fire("accept", Clerk, At(2024, 5, 6)).Fire("withdraw", Clerk, At(2024, 5, 8));
        Assert.Equal(CaseOutcome.Withdrawn, withdrawn.Snapshot.Outcome);
        Assert.Equal(RejectionKind.CaseClosed, withdrawn.Refuse("submit", Reviewer, At(2024, 5, 9)).Rejection);
    }

    [Fact]
    public void A_notice_of_missing_materials_after_the_fifth_working_day_is_refused_and_the_application_counts_as_accepted_from_receipt()
    {
        // Received Fri 09-27: 09-29(1), 09-30(2), 10-08(3), 10-09(4), 10-10(5), 10-11(6), 10-12(7), 10-14(8).
        var walk = Receive(At(2024, 9, 27));
        var late = walk.Refuse("notify-missing", Clerk, At(2024, 10, 14), Args(AdministrativeLicensing.MissingArgument, "营业执照副本"));
        Assert.Equal(RejectionKind.GuardFailed, late.Rejection);
        Assert.Contains("within 5 working days", late.Message, System.StringComparison.Ordinal);
        Assert.Contains("第三十二条", late.ChineseMessage, System.StringComparison.Ordinal);
        walk.Fire("notify-missing", Clerk, At(2024, 10, 10, 16), Args(AdministrativeLicensing.MissingArgument, "营业执照副本"));
        Assert.Equal("awaiting-materials", walk.Snapshot.Step);

        // Accepted on the 8th working day without a notice: accepted from receipt, so the legal 20 wd run from 09-27:
        // … 10-14(8), 10-15(9) … 10-18(12), 10-21(13) … 10-25(17), 10-28(18), 10-29(19), 10-30(20) → 10-30.
        var deemed = Receive(At(2024, 9, 27)).Fire("accept", Clerk, At(2024, 10, 14));
        Assert.Equal(new LocalDate(2024, 9, 27), deemed.Snapshot.LegalClock.Start);
        Assert.Equal(new LocalDate(2024, 10, 30), deemed.LegalAt(At(2024, 10, 14)).DueDate);

        // Accepted on the 5th working day, Thu 10-10: from acceptance, 10-11(1), 10-12(2), 10-14(3) … 11-01(17),
        // 11-04(18), 11-05(19), 11-06(20) → 11-06. The committed 13 wd still run from receipt: 10-21.
        var inTime = Receive(At(2024, 9, 27)).Fire("accept", Clerk, At(2024, 10, 10));
        Assert.Equal(new LocalDate(2024, 11, 6), inTime.LegalAt(At(2024, 10, 10)).DueDate);
        Assert.Equal(new LocalDate(2024, 10, 21), inTime.CaseAt(At(2024, 10, 10)).DueDate);
    }

    [Fact]
    public void An_extension_approved_after_the_twenty_working_days_is_refused_and_the_red_case_stays_red()
    {
        // Received and accepted Mon 11-04: legal 20 wd → 12-02 (11-05 … 11-08, 11-11 … 11-15, 11-18 … 11-22,
        // 11-25 … 11-29, 12-02); committed 13 wd → 11-21.
        var walk = Receive(At(2024, 11, 4)).Fire("accept", Clerk, At(2024, 11, 4));
        Assert.Equal(new LocalDate(2024, 12, 2), walk.LegalAt(At(2024, 11, 4)).DueDate);

        var tooLate = walk.Refuse("extend", Head, At(2024, 12, 3), reason: "情况复杂");
        Assert.Equal(RejectionKind.GuardFailed, tooLate.Rejection);
        Assert.Contains("within the 20-working-day legal limit", tooLate.Message, System.StringComparison.Ordinal);
        Assert.Contains("第四十二条", tooLate.ChineseMessage, System.StringComparison.Ordinal);
        var red = walk.DeadlinesAt(At(2024, 12, 3));
        Assert.Equal(DeadlineState.Overdue, red.Committed.State);
        Assert.True(red.IsLegallyLate);

        // On the 20th working day it is still in time.
        walk.Fire("extend", Head, At(2024, 12, 2), reason: "需组织专家现场核查，经机关负责人批准延长十日");
        Assert.Equal(new LocalDate(2024, 12, 16), walk.LegalAt(At(2024, 12, 3)).DueDate);
    }

    [Fact]
    public void A_licence_received_before_Spring_Festival_2026_is_legally_due_twenty_working_days_after_acceptance()
    {
        // Spring Festival 2026: Feb 15–23 off, Sat 02-14 and Sat 02-28 worked. Received and accepted Mon 02-09.
        // Committed 13 wd: 02-10(1) … 02-13(4), 02-14(5), 02-24(6) … 02-27(9), 02-28(10), 03-02(11), 03-03(12), 03-04(13).
        // Legal 20 wd: … 03-04(13), 03-05(14), 03-06(15), 03-09(16) … 03-12(19), 03-13(20).
        var walk = Receive(At(2026, 2, 9)).Fire("accept", Clerk, At(2026, 2, 9));
        var deadlines = walk.DeadlinesAt(At(2026, 2, 9));
        Assert.Equal(new LocalDate(2026, 3, 4), deadlines.Committed.DueDate);
        Assert.Equal(new LocalDate(2026, 3, 13), deadlines.Legal.DueDate);
        Assert.False(deadlines.Legal.IsProvisional);
    }

    [Fact]
    public void The_licensing_procedure_serves_licensing_powers_only()
    {
        var result = Engine.Start("case-x", BuiltInPowers.LivingAllowance.Code, Definition.Id, Clerk, At(2024, 9, 27));

        Assert.Equal(RejectionKind.WrongDefinition, result.Rejection);
        Assert.Contains("行政许可", result.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Contains("Administrative licensing", result.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_that_stops_near_the_end_of_the_strict_calendar_is_judged_without_leaving_it()
    {
        // The strict official calendar ends 2026-12-31. Received and accepted Tue 12-22, granted Wed 12-23: the committed
        // 13 wd and the legal 20 wd end in 2027, past the calendar, so after the day of the decision: on time, and Fire
        // does not throw (it used to, judging the stopped clock).
        var walk = Receive(At(2026, 12, 22))
            .Fire("accept", Clerk, At(2026, 12, 22, 11))
            .Fire("submit", Reviewer, At(2026, 12, 23))
            .Fire("grant", Head, At(2026, 12, 23, 15));

        Assert.Equal("delivery", walk.Snapshot.Step);
        Assert.Equal(0, walk.Snapshot.CommittedClock.LateStops);
        Assert.Equal(0, walk.Snapshot.LegalClock.LateStops);
        walk.AssertAuditedAndReplayable();
    }
}
