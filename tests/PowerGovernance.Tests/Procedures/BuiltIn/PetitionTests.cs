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
    private static readonly ProcedureDefinition Definition = BuiltInProcedures.Petition(Calendar);
    private static readonly Actor Registrar = new("信访办何某", Petition.Registrar);
    private static readonly Actor Handler = new("承办人冯某", Petition.Handler);
    private static readonly Actor Head = new("镇长韩某", Petition.Head);
    private static readonly Actor ReviewOfficer = new("县信访局复查科杨某", Petition.ReviewOfficer);
    private static readonly Actor RecheckOfficer = new("市信访局复核科朱某", Petition.RecheckOfficer);

    private static CaseWalk Register(Instant at) => CaseWalk.Start(Definition, BuiltInPowers.Petition, Registrar, at);

    [Fact]
    public void A_petition_is_handled_with_an_extension_reviewed_once_and_concluded()
    {
        // Registered Mon 09-23. Registration (10 d): 10-03, a National Day holiday → Tue 10-08.
        // Case (50 d): 11-12 (Tue).
        var walk = Register(At(2024, 9, 23));
        Assert.Equal(new LocalDate(2024, 10, 8), walk.StepAt(At(2024, 9, 23)).DueDate);
        Assert.Equal(new LocalDate(2024, 11, 12), walk.CaseAt(At(2024, 9, 23)).DueDate);

        // Accepted Wed 09-25; handling (40 d): 11-04 (Mon). On 10-08 the case has used 15 of 50 days.
        walk.Fire("accept", Registrar, At(2024, 9, 25));
        Assert.Equal(new LocalDate(2024, 11, 4), walk.StepAt(At(2024, 9, 25)).DueDate);
        var onEighth = walk.CaseAt(At(2024, 10, 8));
        Assert.Equal(DeadlineState.OnTime, onEighth.State);
        Assert.Equal(15, onEighth.DaysUsed);
        Assert.Equal(35, onEighth.DaysLeft);

        // Extended Wed 10-30 by 30 days with the head's approval (Art. 34): 09-23 + 80 = 12-12 (Thu).
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("extend", Handler, At(2024, 10, 30), reason: "情况复杂").Kind);
        walk.Fire("extend", Head, At(2024, 10, 30), reason: "涉及多个部门，情况复杂，经机关负责人批准延长30日");

        // Tue 11-05: the handling step (due 11-04) is red, the case (43 of 80 days) is not.
        var extended = walk.CaseAt(At(2024, 11, 5));
        Assert.Equal(TimeLimit.NaturalDays(80), extended.Limit);
        Assert.Equal(new LocalDate(2024, 12, 12), extended.DueDate);
        Assert.Equal(DeadlineState.OnTime, extended.State);
        Assert.Equal(43, extended.DaysUsed);
        Assert.Equal(DeadlineState.Overdue, walk.StepAt(At(2024, 11, 5)).State);

        // Opinion issued Wed 11-20 after 58 days. The petitioner's 30 days to ask for a review (Art. 35): 12-20 (Fri);
        // they do not count toward the case.
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("issue-opinion", Handler, At(2024, 11, 20)).Kind);
        walk.Fire("issue-opinion", Handler, At(2024, 11, 20), Args(Petition.OpinionArgument, "处理意见书〔2024〕15号"));
        Assert.Equal(new LocalDate(2024, 12, 20), walk.StepAt(At(2024, 11, 20)).DueDate);
        var waiting = walk.CaseAt(At(2024, 11, 25));
        Assert.Equal(DeadlineState.Suspended, waiting.State);
        Assert.Equal(58, waiting.DaysUsed);

        // Review requested Mon 12-02; the first review (20 d): 12-22 (Sun) → Mon 12-23.
        walk.Fire("request-review", ReviewOfficer, At(2024, 12, 2));
        Assert.Equal(new LocalDate(2024, 12, 23), walk.StepAt(At(2024, 12, 2)).DueDate);

        // Review opinion Fri 12-20; the petitioner accepts it and the case is concluded Fri 12-27.
        // Not counted: 11-20→12-02 (12) + 12-02→12-20 (18) + 12-20→12-27 (7) = 37 days; due 09-23 + 80 + 37
        // = 2025-01-18 (Sat) → Mon 2025-01-20; used 95 − 37 = 58.
        walk.Fire("review-opinion", ReviewOfficer, At(2024, 12, 20), Args(Petition.OpinionArgument, "复查意见书〔2024〕3号：维持"));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("conclude", ReviewOfficer, At(2024, 12, 27)).Kind);
        walk.Fire("conclude", ReviewOfficer, At(2024, 12, 27), reason: "信访人书面表示接受复查意见");
        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 12, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(new LocalDate(2025, 1, 20), finished.DueDate);
        Assert.Equal(58, finished.DaysUsed);
        Assert.Equal(22, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void An_objection_to_jurisdiction_is_allowed_within_five_working_days_across_National_Day()
    {
        // Received Fri 09-27: 09-29(1), 09-30(2), 10-08(3), 10-09(4), 10-10(5): the objection is allowed through 10-10.
        var walk = Register(At(2024, 9, 27));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("object", Registrar, At(2024, 10, 8)).Kind);
        var late = walk.Refuse("object", Registrar, At(2024, 10, 11), reason: "不属于本机关职权范围");
        Assert.Equal(RejectionKind.GuardFailed, late.Kind);
        Assert.Equal(["自收到之日起5个工作日内提出异议（《信访工作条例》第二十三条）"], late.UnmetGuards);

        walk.Fire("object", Registrar, At(2024, 10, 10, 16), reason: "反映事项属于县自然资源局职权范围，已报转送机关核实同意");
        Assert.Equal(CaseOutcome.Transferred, walk.Snapshot.Outcome);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_petition_outside_the_bodys_powers_is_not_accepted_with_reasons()
    {
        var walk = Register(At(2024, 7, 1));
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("not-accept", Registrar, At(2024, 7, 2)).Kind);
        walk.Fire("not-accept", Registrar, At(2024, 7, 2), reason: "已经或者依法应当通过诉讼途径解决，告知信访人向人民法院提出");
        Assert.Equal(CaseOutcome.NotAccepted, walk.Snapshot.Outcome);
        Assert.Equal(DeadlineState.FinishedOnTime, walk.CaseAt(At(2024, 7, 31)).State);
    }

    [Fact]
    public void A_hearing_suspends_the_second_review_across_Spring_Festival()
    {
        // Registered Mon 01-08, accepted 01-09, opinion 01-19 (11 days counted), first review 01-22 → 01-26,
        // second review requested Mon 01-29. Second review (20 d): 02-18, the make-up Sunday, a working day.
        var walk = Register(At(2024, 1, 8))
            .Fire("accept", Registrar, At(2024, 1, 9))
            .Fire("issue-opinion", Handler, At(2024, 1, 19), Args(Petition.OpinionArgument, "处理意见书〔2024〕1号"))
            .Fire("request-review", ReviewOfficer, At(2024, 1, 22))
            .Fire("review-opinion", ReviewOfficer, At(2024, 1, 26), Args(Petition.OpinionArgument, "复查意见书〔2024〕1号"))
            .Fire("request-second-review", RecheckOfficer, At(2024, 1, 29));
        Assert.Equal(new LocalDate(2024, 2, 18), walk.StepAt(At(2024, 1, 29)).DueDate);

        // Only a hearing suspends it (Art. 36). Hearing from Thu 02-01 to Tue 02-20: 19 days not counted.
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("hold-hearing", RecheckOfficer, At(2024, 2, 1), Args("cause", "实地调查")).Kind);
        walk.Fire("hold-hearing", RecheckOfficer, At(2024, 2, 1), Args("cause", Petition.HearingCause));
        Assert.Equal(DeadlineState.Suspended, walk.StepAt(At(2024, 2, 5)).State);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("recheck-opinion", RecheckOfficer, At(2024, 2, 19), Args(Petition.OpinionArgument, "复核意见")).Kind);
        walk.Fire("hearing-concluded", RecheckOfficer, At(2024, 2, 20));

        // Second review: 01-29 + 20 + 19 = 03-08 (Fri); on 02-21: 23 − 19 = 4 days used.
        var step = walk.StepAt(At(2024, 2, 21));
        Assert.Equal(new LocalDate(2024, 3, 8), step.DueDate);
        Assert.Equal(4, step.DaysUsed);
        Assert.Equal(DeadlineState.OnTime, step.State);

        // Concluded by the second review Fri 03-01: the office used 11 of its 50 days (53 − 42 not counted).
        walk.Fire("recheck-opinion", RecheckOfficer, At(2024, 3, 1), Args(Petition.OpinionArgument, "复核意见书〔2024〕1号：维持"));
        Assert.Equal(CaseOutcome.Completed, walk.Snapshot.Outcome);
        var finished = walk.CaseAt(At(2024, 3, 31));
        Assert.Equal(DeadlineState.FinishedOnTime, finished.State);
        Assert.Equal(11, finished.DaysUsed);
        Assert.Equal(39, finished.DaysLeft);
        walk.AssertAuditedAndReplayable();
    }
}
