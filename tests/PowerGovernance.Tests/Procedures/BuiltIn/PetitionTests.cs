using PowerGovernance.Tests.Procedures;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The built-in petition procedure: natural days with the roll-forward to the next working day, except the
/// objection to jurisdiction (5 working days).
/// </summary>
public class PetitionTests
{
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.Petition;
    private static readonly Actor Registrar = new("信访办何某", Petition.Registrar);
    private static readonly Actor Handler = new("承办人冯某", Petition.Handler);
    private static readonly Actor Head = new("镇长韩某", Petition.Head);
    private static readonly Actor ReviewOfficer = new("县信访局复查科杨某", Petition.ReviewOfficer);
    private static readonly Actor RecheckOfficer = new("市信访局复核科朱某", Petition.RecheckOfficer);

    private static CaseWalk Register(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.Petition, Registrar, at);

    [Fact]
    public void A_petition_is_handled_with_an_extension_reviewed_once_and_concluded()
    {
        // Registered Mon 09-23. Registration: committed 10 d → 10-03, a National Day holiday → Tue 10-08; legal 15 d
        // (Arts. 22–23) → Tue 10-08. Committed case limit 40 d from receipt: Sat 11-02 → Mon 11-04.
        var walk = Register(At(2024, 9, 23));
        var registered = walk.DeadlinesAt(At(2024, 9, 23));
        Assert.Equal(new LocalDate(2024, 10, 8), registered.StepCommitted!.Value.DueDate);
        Assert.Equal(new LocalDate(2024, 10, 8), registered.StepLegal!.Value.DueDate);
        Assert.Equal(new LocalDate(2024, 11, 4), registered.Committed.DueDate);

        // Accepted Wed 09-25: the 60 days run from acceptance (Art. 34): Sun 11-24 → Mon 11-25. Handling: committed
        // 30 d → Fri 10-25. On 10-08 the committed clock has used 15 of 40 days.
        walk.Fire("accept", Registrar, At(2024, 9, 25));
        Assert.Equal(new LocalDate(2024, 9, 25), walk.Snapshot.LegalClock.Start);
        Assert.Equal(new LocalDate(2024, 9, 23), walk.Snapshot.CommittedClock.Start);
        var accepted = walk.DeadlinesAt(At(2024, 9, 25));
        Assert.Equal(new LocalDate(2024, 11, 25), accepted.Legal.DueDate);
        Assert.Equal(new LocalDate(2024, 10, 25), accepted.StepCommitted!.Value.DueDate);
        var onEighth = walk.CaseAt(At(2024, 10, 8));
        Assert.Equal(DeadlineState.OnTime, onEighth.State);
        Assert.Equal(15, onEighth.DaysUsed);
        Assert.Equal(25, onEighth.DaysLeft);

        // Extended Wed 10-30 by 30 days with the head's approval, within the 60 days (Art. 34). Committed: 09-23 + 70 =
        // Mon 12-02; legal: 09-25 + 90 = Tue 12-24. The handling step gets the same 30 days (10-25 → Sun 11-24 → Mon
        // 11-25), so on 11-05 neither the case nor the step is red.
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("extend", Handler, At(2024, 10, 30), reason: "情况复杂").Rejection);
        walk.Fire("extend", Head, At(2024, 10, 30), reason: "涉及多个部门，情况复杂，经机关负责人批准延长30日");
        var extended = walk.DeadlinesAt(At(2024, 11, 5));
        Assert.Equal(TimeLimit.NaturalDays(70), extended.Committed.Limit);
        Assert.Equal(new LocalDate(2024, 12, 2), extended.Committed.DueDate);
        Assert.Equal(new LocalDate(2024, 12, 24), extended.Legal.DueDate);
        Assert.Equal(DeadlineState.OnTime, extended.Committed.State);
        Assert.Equal(43, extended.Committed.DaysUsed);
        Assert.Equal(new LocalDate(2024, 11, 25), extended.StepCommitted!.Value.DueDate);
        Assert.NotEqual(DeadlineState.Overdue, extended.StepCommitted.Value.State);

        // Opinion issued Wed 11-20 and served Fri 11-22: the petitioner's 30 days to ask for a review run from
        // receiving it (Art. 35): Sun 12-22 → Mon 12-23. None of it counts toward the case.
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("issue-opinion", Handler, At(2024, 11, 20)).Rejection);
        walk.Fire("issue-opinion", Handler, At(2024, 11, 20), Args(Petition.OpinionArgument, "处理意见书〔2024〕15号"));
        Assert.Equal(RejectionKind.NotPermittedFromStep, walk.Refuse("request-review", ReviewOfficer, At(2024, 11, 21)).Rejection);
        walk.Fire("serve-opinion", Handler, At(2024, 11, 22));
        Assert.Equal(new LocalDate(2024, 12, 23), walk.StepAt(At(2024, 11, 22)).DueDate);
        var waiting = walk.CaseAt(At(2024, 11, 25));
        Assert.Equal(DeadlineState.NotCounting, waiting.State);
        Assert.Equal(58, waiting.DaysUsed);

        // Review requested Mon 12-02; the first review: committed 20 d → Sun 12-22 → Mon 12-23; legal 30 d →
        // 2025-01-01, New Year's Day → Thu 2025-01-02.
        walk.Fire("request-review", ReviewOfficer, At(2024, 12, 2));
        var review = walk.DeadlinesAt(At(2024, 12, 2));
        Assert.Equal(new LocalDate(2024, 12, 23), review.StepCommitted!.Value.DueDate);
        Assert.Equal(new LocalDate(2025, 1, 2), review.StepLegal!.Value.DueDate);

        // Review opinion Fri 12-20, served Mon 12-23; the petitioner accepts it and the case is concluded Fri 12-27.
        // The committed clock stopped on 11-20 after 58 of 70 days; the legal one after 56 of 90.
        walk.Fire("review-opinion", ReviewOfficer, At(2024, 12, 20), Args(Petition.OpinionArgument, "复查意见书〔2024〕3号：维持"));
        walk.Fire("serve-review-opinion", ReviewOfficer, At(2024, 12, 23));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("conclude", ReviewOfficer, At(2024, 12, 27)).Rejection);
        walk.Fire("conclude", ReviewOfficer, At(2024, 12, 27), reason: "信访人书面表示接受复查意见");
        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        var finished = walk.DeadlinesAt(At(2024, 12, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Committed.State);
        Assert.Equal(58, finished.Committed.DaysUsed);
        Assert.Equal(12, finished.Committed.DaysLeft);
        Assert.Equal(DeadlineState.FinishedOnTime, finished.Legal.State);
        Assert.Equal(56, finished.Legal.DaysUsed);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_sixty_days_run_from_acceptance_not_receipt()
    {
        // Received Mon 09-23, accepted on the registration's last day, Tue 10-08: 10-08 + 60 = Sat 12-07 → Mon 12-09.
        // Counted from receipt, they would have ended on Fri 11-22.
        var walk = Register(At(2024, 9, 23)).Fire("accept", Registrar, At(2024, 10, 8));

        Assert.Equal(new LocalDate(2024, 12, 9), walk.LegalAt(At(2024, 10, 8)).DueDate);
        Assert.False(walk.DeadlinesAt(At(2024, 11, 25)).IsLegallyLate);
        Assert.True(walk.DeadlinesAt(At(2024, 12, 10)).IsLegallyLate);
    }

    [Fact]
    public void An_extension_after_the_sixty_days_have_run_out_is_refused_and_changes_nothing()
    {
        // Accepted Wed 09-25: the 60 days end Mon 11-25. On Tue 11-26 the head can no longer extend them.
        var walk = Register(At(2024, 9, 23)).Fire("accept", Registrar, At(2024, 9, 25));
        Assert.True(walk.DeadlinesAt(At(2024, 11, 26)).IsLegallyLate);

        var late = walk.Refuse("extend", Head, At(2024, 11, 26), reason: "情况复杂");
        Assert.Equal(RejectionKind.GuardFailed, late.Rejection);
        Assert.Contains("within the 60-day limit", late.Message, System.StringComparison.Ordinal);
        Assert.Contains("六十日办理期限内", late.ChineseMessage, System.StringComparison.Ordinal);
        Assert.True(walk.DeadlinesAt(At(2024, 11, 26)).IsLegallyLate);

        walk.Fire("extend", Head, At(2024, 11, 25), reason: "情况复杂，经机关负责人批准延长30日");
        Assert.Equal(new LocalDate(2024, 12, 24), walk.LegalAt(At(2024, 11, 26)).DueDate);
    }

    [Fact]
    public void A_review_request_made_more_than_thirty_days_after_the_written_opinion_was_received_is_refused()
    {
        // Opinion served Fri 11-22: the window ends Sun 12-22 → Mon 12-23 (Art. 35). A request on Tue 12-24 is too late.
        var walk = Register(At(2024, 9, 23))
            .Fire("accept", Registrar, At(2024, 9, 25))
            .Fire("issue-opinion", Handler, At(2024, 11, 20), Args(Petition.OpinionArgument, "处理意见书〔2024〕15号"))
            .Fire("serve-opinion", Handler, At(2024, 11, 22));

        var late = walk.Refuse("request-review", ReviewOfficer, At(2024, 12, 24));
        Assert.Equal(RejectionKind.GuardFailed, late.Rejection);
        Assert.Contains("第三十五条", late.ChineseMessage, System.StringComparison.Ordinal);
        walk.Fire("request-review", ReviewOfficer, At(2024, 12, 23, 16));
        Assert.Equal("first-review", walk.Snapshot.Step);

        // A second review request long after the review opinion was served is refused the same way (Art. 36).
        walk.Fire("review-opinion", ReviewOfficer, At(2024, 12, 27), Args(Petition.OpinionArgument, "复查意见书〔2024〕9号：维持"))
            .Fire("serve-review-opinion", ReviewOfficer, At(2024, 12, 30));

        // 12-30 + 30 = Wed 2025-01-29, a Spring Festival holiday (01-28 … 02-04 off) → Wed 2025-02-05.
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("request-second-review", RecheckOfficer, At(2025, 2, 6)).Rejection);
        walk.Fire("request-second-review", RecheckOfficer, At(2025, 2, 5));
        Assert.Equal("second-review", walk.Snapshot.Step);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void An_objection_to_jurisdiction_is_allowed_within_five_working_days_across_National_Day()
    {
        // Received Fri 09-27: 09-29(1), 09-30(2), 10-08(3), 10-09(4), 10-10(5): the objection is allowed through 10-10.
        var walk = Register(At(2024, 9, 27));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("object", Registrar, At(2024, 10, 8)).Rejection);
        var late = walk.Refuse("object", Registrar, At(2024, 10, 11), reason: "不属于本机关职权范围");
        Assert.Equal(RejectionKind.GuardFailed, late.Rejection);
        Assert.Equal(["自收到之日起5个工作日内提出异议（《信访工作条例》第二十三条） (objected within 5 working days of receipt (Regulation on Petition Work Art. 23))"], late.UnmetGuards());
        Assert.Contains("不符合条件：自收到之日起5个工作日内提出异议", late.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Contains("not met: objected within 5 working days of receipt", late.Message, System.StringComparison.Ordinal);

        walk.Fire("object", Registrar, At(2024, 10, 10, 16), reason: "反映事项属于县自然资源局职权范围，已报转送机关核实同意");
        Assert.Equal(CaseOutcome.Transferred, walk.Snapshot.Outcome);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_petition_outside_the_bodys_powers_is_not_accepted_with_reasons()
    {
        var walk = Register(At(2024, 7, 1));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("not-accept", Registrar, At(2024, 7, 2)).Rejection);
        walk.Fire("not-accept", Registrar, At(2024, 7, 2), reason: "已经或者依法应当通过诉讼途径解决，告知信访人向人民法院提出");
        Assert.Equal(CaseOutcome.NotAccepted, walk.Snapshot.Outcome);
        Assert.Equal(DeadlineState.FinishedOnTime, walk.CaseAt(At(2024, 7, 31)).State);
    }

    [Fact]
    public void A_hearing_suspends_the_second_review_across_Spring_Festival()
    {
        // Registered Mon 01-08, accepted 01-09, opinion issued and served 01-19 (11 days on the committed clock), first
        // review 01-22 → 01-26, served 01-26, second review requested Mon 01-29. Second review: committed 20 d →
        // 02-18, the make-up Sunday, a working day; legal 30 d → Wed 02-28.
        var walk = Register(At(2024, 1, 8))
            .Fire("accept", Registrar, At(2024, 1, 9))
            .Fire("issue-opinion", Handler, At(2024, 1, 19), Args(Petition.OpinionArgument, "处理意见书〔2024〕1号"))
            .Fire("serve-opinion", Handler, At(2024, 1, 19, 16))
            .Fire("request-review", ReviewOfficer, At(2024, 1, 22))
            .Fire("review-opinion", ReviewOfficer, At(2024, 1, 26), Args(Petition.OpinionArgument, "复查意见书〔2024〕1号"))
            .Fire("serve-review-opinion", ReviewOfficer, At(2024, 1, 26, 16))
            .Fire("request-second-review", RecheckOfficer, At(2024, 1, 29));
        var entered = walk.DeadlinesAt(At(2024, 1, 29));
        Assert.Equal(new LocalDate(2024, 2, 18), entered.StepCommitted!.Value.DueDate);
        Assert.Equal(new LocalDate(2024, 2, 28), entered.StepLegal!.Value.DueDate);

        // Only a hearing suspends it (Art. 36). Hearing from Thu 02-01 to Tue 02-20: 19 days not counted.
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("hold-hearing", RecheckOfficer, At(2024, 2, 1), Args("cause", "实地调查")).Rejection);
        walk.Fire("hold-hearing", RecheckOfficer, At(2024, 2, 1), Args("cause", Petition.HearingCause));
        Assert.Equal(DeadlineState.Suspended, walk.StepAt(At(2024, 2, 5)).State);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("recheck-opinion", RecheckOfficer, At(2024, 2, 19), Args(Petition.OpinionArgument, "复核意见")).Rejection);
        walk.Fire("hearing-concluded", RecheckOfficer, At(2024, 2, 20));

        // Second review: 01-29 + 20 + 19 = 03-08 (Fri), legal 01-29 + 30 + 19 = 03-18 (Mon); on 02-21: 23 − 19 = 4 days used.
        var step = walk.DeadlinesAt(At(2024, 2, 21));
        Assert.Equal(new LocalDate(2024, 3, 8), step.StepCommitted!.Value.DueDate);
        Assert.Equal(new LocalDate(2024, 3, 18), step.StepLegal!.Value.DueDate);
        Assert.Equal(4, step.StepCommitted.Value.DaysUsed);
        Assert.Equal(DeadlineState.OnTime, step.StepCommitted.Value.State);

        // Concluded by the second review Fri 03-01: the office used 11 of its 40 committed days (01-08 → 01-19).
        walk.Fire("recheck-opinion", RecheckOfficer, At(2024, 3, 1), Args(Petition.OpinionArgument, "复核意见书〔2024〕1号：维持"));
        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 3, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(11, finished.DaysUsed);
        Assert.Equal(29, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }
}
