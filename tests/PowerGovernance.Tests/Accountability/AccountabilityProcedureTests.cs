using PowerGovernance.Tests.Procedures;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Validation;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Accountability;

/// <summary>
/// The built-in accountability procedure through <see cref="AccountabilityProceedings"/>, on the China calendar: the 2024 Mid-Autumn
/// Festival (09-15..17 off, Sat 09-14 worked) during the investigation and National Day (10-01..07 off, Sun 09-29 and Sat 10-12 worked)
/// during the appeal window.
/// </summary>
public class AccountabilityProcedureTests
{
    private static readonly Actor Zhao = Investigator("纪委赵某");
    private static readonly Actor Qian = Investigator("党政办钱某");
    private static readonly Actor Sun = Investigator("城建办孙某");
    private static readonly Actor Zheng = Reviewer("县纪委郑某");

    /// <summary>Opened Mon 08-26, verified 08-27, investigation from Wed 08-28 with 赵某 and 钱某.</summary>
    private static AccountabilityWalk Investigating() =>
        Open(At(2024, 8, 26))
            .Fire("verify", Office, At(2024, 8, 27), reason: "经初步核实，群众反映的办理建房审批拖延情况存在")
            .Fire("open-investigation", Head, At(2024, 8, 28))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 11), Args(AccountabilityProcedure.PersonArgument, Zhao.Name))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 12), Args(AccountabilityProcedure.PersonArgument, Qian.Name));

    /// <summary>Investigated with an extension, heard, reported Thu 09-12 and decided Fri 09-20 (serious; obstruction established).</summary>
    private static AccountabilityWalk Decided()
    {
        var walk = Investigating()
            .Fire("record-conduct", Zhao, At(2024, 9, 2), Args(AccountabilityProcedure.FactorArgument, AggravatingFactor.ObstructedInvestigation.Code), "拒不提供审批台账")
            .Fire("suspend-duties", Zhao, At(2024, 9, 2, 15), reason: "被调查人阻挠调查，提请暂停其执行职务")
            .Fire("hear", Zhao, At(2024, 9, 5))
            .Fire("record-statement", Qian, At(2024, 9, 5, 15), Args(AccountabilityProcedure.StatementArgument, "材料不全，并非故意拖延"))
            .Fire("extend", Head, At(2024, 9, 10), reason: "涉及多个审批环节，情况复杂，经批准延长10个工作日")
            .Fire("heard", Zhao, At(2024, 9, 11), reason: "陈述申辩已听取并核实，理由部分成立")
            .Fire("submit-report", Zhao, At(2024, 9, 12), new Dictionary<string, string> { ["facts"] = "建房审批超期23个工作日", ["conclusion"] = "办事拖拉，情节严重", ["proposal"] = "调整工作岗位" });
        return walk.Fire("decide", Committee, At(2024, 9, 20), new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = "reassignment" });
    }

    [Fact]
    public void The_investigation_across_Spring_Festival_2026_is_legally_due_ten_working_days_after_it_starts()
    {
        // Spring Festival 2026: Feb 15–23 off, Sat 02-14 and Sat 02-28 worked. Opened Fri 02-06, verified Mon 02-09
        // (not counted), investigation from Tue 02-10: 02-11 … 02-13 (3), Sat 02-14 (4), 02-24 … 02-27 (8), Sat 02-28 (9),
        // Mon 03-02 (10). The rule book sets the limit (no law does), so it is the legal one as well.
        var walk = Open(At(2026, 2, 6))
            .Fire("verify", Office, At(2026, 2, 9), reason: "经初步核实，反映情况存在")
            .Fire("open-investigation", Head, At(2026, 2, 10));

        Assert.Equal(new LocalDate(2026, 3, 2), walk.LegalAt(At(2026, 2, 10)).DueDate);
        Assert.Equal(new LocalDate(2026, 3, 2), walk.CaseAt(At(2026, 2, 10)).DueDate);
    }

    [Fact]
    public void The_investigation_runs_ten_working_days_across_Mid_Autumn_and_is_extended_once()
    {
        // Case clock: 10 working days from the investigation's start (08-28), the verification and the head's decision not counted:
        // 08-29 … 09-11. Extended on 09-10 by 10: 09-12, 09-13, Sat 09-14 (worked), 09-18 … 09-20, 09-23 … 09-26.
        var walk = Investigating();
        Assert.Equal(new LocalDate(2024, 9, 11), walk.CaseAt(At(2024, 8, 28)).DueDate);
        Assert.Equal(DeadlineState.Warning, walk.CaseAt(At(2024, 9, 10)).State);
        Assert.Equal(RejectionKind.ReasonMissing, walk.Refuse("extend", Head, At(2024, 9, 10)).Rejection);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("extend", Zhao, At(2024, 9, 10), reason: "情况复杂").Rejection);
        walk.Fire("extend", Head, At(2024, 9, 10), reason: "情况复杂，经批准延长");
        var extended = walk.CaseAt(At(2024, 9, 12));
        Assert.Equal(new LocalDate(2024, 9, 26), extended.DueDate);
        Assert.Equal(TimeLimit.WorkingDays(20), extended.Limit);
        Assert.Equal(DeadlineState.OnTime, extended.State);
        Assert.Equal(RejectionKind.ClockConflict, walk.Refuse("extend", Head, At(2024, 9, 20), reason: "再次延长").Rejection);
        Assert.Equal(DeadlineState.Overdue, walk.CaseAt(At(2024, 9, 27)).State);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void The_report_can_only_follow_the_hearing_of_statement_and_defence()
    {
        var walk = Investigating();
        var skipped = walk.Refuse("submit-report", Zhao, At(2024, 9, 3), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" });
        Assert.Equal(RejectionKind.NotPermittedFromStep, skipped.Rejection);
        walk.Fire("hear", Zhao, At(2024, 9, 3));
        Assert.Equal(RejectionKind.NotPermittedFromStep, walk.Refuse("submit-report", Zhao, At(2024, 9, 3), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" }).Rejection);
        walk.Fire("heard", Qian, At(2024, 9, 4), reason: "已听取");
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("submit-report", Zhao, At(2024, 9, 5), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c" }).Rejection);
        walk.Fire("submit-report", Zhao, At(2024, 9, 5), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" });
        Assert.Equal("committee-decision", walk.Case.Snapshot.Step);
    }

    [Fact]
    public void The_subject_never_acts_and_an_interested_investigator_steps_aside()
    {
        var walk = Investigating();
        var subjectAsInvestigator = new Actor(Subject, AccountabilityProcedure.InvestigationGroup, AccountabilityProcedure.Head);
        Assert.Equal(RejectionKind.Recused, walk.Refuse("hear", subjectAsInvestigator, At(2024, 8, 29)).Rejection);
        Assert.Equal(RejectionKind.Recused, walk.Refuse("assign-investigator", Head, At(2024, 8, 29), Args(AccountabilityProcedure.PersonArgument, Subject)).Rejection);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("hear", Sun, At(2024, 8, 29)).Rejection);

        walk.Fire("assign-investigator", Head, At(2024, 8, 29), Args(AccountabilityProcedure.PersonArgument, Sun.Name))
            .Fire("declare-interest", Office, At(2024, 8, 30), Args(AccountabilityProcedure.PersonArgument, Sun.Name), "孙某与被调查人系同一科室上下级");
        Assert.Equal([Zhao.Name, Qian.Name], walk.Case.ActiveInvestigators);
        Assert.Equal(RejectionKind.Recused, walk.Refuse("hear", Sun, At(2024, 9, 2)).Rejection);
        Assert.Equal(RejectionKind.Recused, walk.Refuse("assign-investigator", Head, At(2024, 9, 2), Args(AccountabilityProcedure.PersonArgument, Sun.Name)).Rejection);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Conduct_is_established_not_derived_and_duties_are_suspended_only_for_obstruction()
    {
        var walk = Investigating();
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("suspend-duties", Zhao, At(2024, 8, 29), reason: "不配合").Rejection);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("record-conduct", Zhao, At(2024, 8, 29), Args(AccountabilityProcedure.FactorArgument, AggravatingFactor.RepeatedWithinOneYear.Code), "一年内第二次").Rejection);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("record-conduct", Zhao, At(2024, 8, 29), Args(AccountabilityProcedure.FactorArgument, "made-a-defence"), "声辩").Rejection);
        walk.Fire("record-conduct", Zhao, At(2024, 8, 29), Args(AccountabilityProcedure.FactorArgument, AggravatingFactor.ObstructedInvestigation.Code), "拒不提供审批台账")
            .Fire("suspend-duties", Zhao, At(2024, 8, 29, 15), reason: "提请暂停其执行职务");
        Assert.True(walk.Case.DutiesSuspended);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("suspend-duties", Qian, At(2024, 8, 30), reason: "again").Rejection);
    }

    [Fact]
    public void The_decision_must_lie_in_the_policys_allowed_set()
    {
        var walk = Investigating()
            .Fire("record-conduct", Zhao, At(2024, 9, 2), Args(AccountabilityProcedure.FactorArgument, AggravatingFactor.ObstructedInvestigation.Code), "拒不提供审批台账")
            .Fire("hear", Zhao, At(2024, 9, 5))
            .Fire("heard", Zhao, At(2024, 9, 6), reason: "已听取")
            .Fire("submit-report", Zhao, At(2024, 9, 9), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" });

        // Serious with obstruction: 责令公开道歉 and 通报批评 are no longer available; 停职检查 is recommended.
        var assessment = Proceedings.Assess(walk.Case, SeverityTier.Serious, new LocalDate(2024, 9, 20));
        Assert.Equal([Sanction.Reassignment, Sanction.Suspension], assessment.Allowed);
        Assert.Equal(Sanction.Suspension, assessment.Recommended);

        var light = walk.Refuse("decide", Committee, At(2024, 9, 20), new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = "circulated-criticism,reassignment" });
        Assert.Equal(RejectionKind.GuardFailed, light.Rejection);
        Assert.Single(light.UnmetGuards());
        var grave = walk.Refuse("decide", Committee, At(2024, 9, 20), new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = "Grave", [AccountabilityProcedure.SanctionsArgument] = "suspension" });
        Assert.Equal(RejectionKind.ArgumentInvalid, grave.Rejection);
        Assert.Contains("'Grave'; accepted values: Minor, Serious, EspeciallySerious", grave.Message, System.StringComparison.Ordinal);
        Assert.Contains("“Grave”不被接受；可选值：Minor、Serious、EspeciallySerious", grave.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal("Arguments[tier]", Assert.Single(grave.Findings).Path);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("decide", Committee, At(2024, 9, 20), new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = "fine" }).Rejection);

        walk.Fire("decide", Committee, At(2024, 9, 20), new Dictionary<string, string> { [AccountabilityProcedure.TierArgument] = "Serious", [AccountabilityProcedure.SanctionsArgument] = "reassignment,suspension", [AccountabilityProcedure.ReferralsArgument] = "Discipline" });
        Assert.Equal([Sanction.Reassignment, Sanction.Suspension], walk.Case.Sanctions);
        Assert.Equal(Referral.Discipline, walk.Case.Referrals);
        Assert.False(Proceedings.DecisionInForce(walk.Case)); // made, not yet served (送达生效)
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Deciding_through_the_typed_intent_records_the_same_event_as_the_text_arguments_and_names_a_refused_sanction()
    {
        var walk = Investigating()
            .Fire("record-conduct", Zhao, At(2024, 9, 2), Args(AccountabilityProcedure.FactorArgument, AggravatingFactor.ObstructedInvestigation.Code), "拒不提供审批台账")
            .Fire(AccountabilityProcedure.Triggers.Hear.Id, Zhao, At(2024, 9, 5))
            .Fire(AccountabilityProcedure.Triggers.Heard.Id, Zhao, At(2024, 9, 6), reason: "已听取")
            .Fire("submit-report", Zhao, At(2024, 9, 9), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" });

        // Too light for Serious with obstruction: refused with the table's reason, the case unchanged.
        var light = Proceedings.Decide(walk.Case, Committee, At(2024, 9, 20), SeverityTier.Serious, [Sanction.CirculatedCriticism, Sanction.Reassignment]);
        Assert.False(light.IsAccepted);
        Assert.Equal(RejectionKind.GuardFailed, light.Rejection);
        Assert.Same(walk.Case, light.Case);
        Assert.All(light.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Throws<System.ArgumentException>(() => Proceedings.Decide(walk.Case, Committee, At(2024, 9, 20), SeverityTier.Serious, []));
        Assert.Throws<System.ArgumentException>(() => Proceedings.Decide(walk.Case, Committee, At(2024, 9, 20), (SeverityTier)7, [Sanction.Suspension]));

        var decided = Proceedings.Decide(walk.Case, Committee, At(2024, 9, 20), SeverityTier.Serious, [Sanction.Reassignment, Sanction.Suspension], Referral.Discipline, walk.Case.Snapshot.Version);
        Assert.True(decided.IsAccepted, decided.Message);
        Assert.Equal([Sanction.Reassignment, Sanction.Suspension], decided.Case.Sanctions);
        Assert.Equal(Referral.Discipline, decided.Case.Referrals);
        var recorded = Assert.Single(decided.Events).Arguments.ToDictionary(a => a.Key, a => a.Value);
        Assert.Equal(
            new Dictionary<string, string> { ["referrals"] = "Discipline", ["sanctions"] = "reassignment,suspension", ["tier"] = "Serious" },
            recorded);
    }

    [Fact]
    public void A_decision_received_2024_09_27_may_be_appealed_through_10_23_and_the_review_is_due_12_04()
    {
        var walk = Decided().Fire("serve", Office, At(2024, 9, 27));
        var window = Proceedings.AppealWindow(walk.Case)!;
        Assert.Equal(new LocalDate(2024, 10, 23), window.LastDay);
        Assert.Equal(new LocalDate(2024, 10, 23), walk.StepAt(At(2024, 9, 27)).DueDate);

        var late = walk.Refuse("appeal", Office, At(2024, 10, 24, 9));
        Assert.Equal(RejectionKind.GuardFailed, late.Rejection);
        Assert.Equal(["自收到问责决定之日起15个工作日内提出申诉 (appealed within 15 working days of receiving the decision)"], late.UnmetGuards());
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("finalize", Office, At(2024, 10, 23)).Rejection);

        walk.Fire("appeal", Office, At(2024, 10, 23, 17));
        Assert.Equal(new LocalDate(2024, 10, 23), walk.Case.AppealFiled);
        Assert.True(Proceedings.DecisionInForce(walk.Case)); // 申诉期间，问责决定不停止执行
        Assert.Equal(new LocalDate(2024, 12, 4), walk.StepAt(At(2024, 10, 24)).DueDate);
        Assert.Equal(new LocalDate(2024, 12, 4), window.ReviewDeadline(new LocalDate(2024, 10, 23)));

        // Investigators never review (调查与审查分离).
        Assert.Equal(RejectionKind.SeparationOfDuties, walk.Refuse("assign-reviewer", Committee, At(2024, 10, 24), Args(AccountabilityProcedure.PersonArgument, Zhao.Name)).Rejection);
        Assert.Equal(RejectionKind.SeparationOfDuties, walk.Refuse("uphold", new Actor(Zhao.Name, AccountabilityProcedure.ReviewPanel), At(2024, 10, 24), Args("opinion", "维持")).Rejection);
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("uphold", Zheng, At(2024, 10, 24), Args("opinion", "维持")).Rejection);
        walk.Fire("assign-reviewer", Committee, At(2024, 10, 24), Args(AccountabilityProcedure.PersonArgument, Zheng.Name))
            .Fire("uphold", Zheng, At(2024, 11, 15), Args("opinion", "事实清楚，维持原问责决定"));
        Assert.Equal("upheld", walk.Case.Snapshot.Step);
        Assert.Equal(DeadlineState.FinishedOnTime, walk.StepAt(At(2024, 11, 20)).State);
        Assert.True(Proceedings.DecisionInForce(walk.Case));
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Without_an_appeal_the_decision_becomes_final_after_the_window()
    {
        var walk = Decided().Fire("serve", Office, At(2024, 9, 27));
        walk.Fire("finalize", Office, At(2024, 10, 24, 9));
        Assert.Equal(CaseOutcome.Completed, walk.Case.Snapshot.Outcome);
        Assert.Equal("final", walk.Case.Snapshot.Step);
    }

    [Fact]
    public void An_office_whose_rule_suspends_the_decision_during_an_appeal_says_so()
    {
        var suspending = new AccountabilityProceedings(Engine, appealPolicy: PowerGovernance.Appeals.AppealPolicy.Default with { AppealSuspendsDecision = true });
        var walk = Decided().Fire("serve", Office, At(2024, 9, 27)).Fire("appeal", Office, At(2024, 10, 8));
        Assert.False(suspending.DecisionInForce(walk.Case));
        Assert.True(Proceedings.DecisionInForce(walk.Case));
    }

    [Fact]
    public void Opening_reports_every_problem_at_once_and_the_subject_cannot_open_their_own_case()
    {
        var error = Assert.Throws<System.ArgumentException>(() => Proceedings.Open("x", BuiltInPowers.Accountability.Code, Office, At(2024, 8, 26), " ", new AccountabilityMatter("x", "某情形", "Something"), (AccountabilitySource)42));
        Assert.Contains("subject", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("matter", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("source", error.Message, System.StringComparison.Ordinal);

        var own = Proceedings.Open("x", BuiltInPowers.Accountability.Code, new Actor(Subject, AccountabilityProcedure.Office), At(2024, 8, 26), Subject, AccountabilityMatter.Rudeness, AccountabilitySource.Media);
        Assert.Equal(RejectionKind.Recused, own.Rejection);
        Assert.Throws<System.InvalidOperationException>(() => own.Case);
        Assert.Empty(own.Events);
    }

    [Fact]
    public void The_engine_must_hold_the_accountability_procedure()
    {
        var bare = new ProcedureEngine(Calendar, BuiltInPowers.Catalog, [PowerGovernance.Procedures.BuiltIn.BuiltInProcedures.AdministrativeLicensing]);
        var error = Assert.Throws<System.ArgumentException>(() => new AccountabilityProceedings(bare));
        Assert.Contains(AccountabilityProcedure.Id, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_registration_follows_the_start_and_cannot_be_fired_again()
    {
        var walk = Open(At(2024, 8, 26));
        Assert.Equal(["start", "register"], walk.Events.Select(e => e.Trigger));
        Assert.Equal(Subject, walk.Case.Subject);
        Assert.Equal(RejectionKind.NotPermittedFromStep, walk.Refuse("register", Office, At(2024, 8, 26, 11), new Dictionary<string, string> { ["subject"] = "别人", ["matter"] = "inaction", ["source"] = "Media" }).Rejection);
    }

    [Fact]
    public void A_case_of_another_procedure_is_an_argument_error()
    {
        var walk = Open(At(2024, 8, 26));
        var licensing = Engine.Start("XK-1", BuiltInPowers.Licensing.Code, PowerGovernance.Procedures.BuiltIn.AdministrativeLicensing.Id, new Actor("窗口", PowerGovernance.Procedures.BuiltIn.AdministrativeLicensing.Clerk), At(2024, 8, 26)).Snapshot!;
        var error = Assert.Throws<System.ArgumentException>(() => Proceedings.Fire(walk.Case with { Snapshot = licensing }, "accept", Office, At(2024, 8, 27)));
        Assert.Contains("administrative-licensing", error.Message, System.StringComparison.Ordinal);
    }
}
