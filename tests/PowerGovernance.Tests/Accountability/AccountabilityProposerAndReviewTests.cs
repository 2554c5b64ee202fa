using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Accountability;

/// <summary>
/// The loose ends of the township's accountability rules: whoever instructed or proposed the accountability is told the result
/// (问责情况应及时告知作出问责批示、提出问责建议的有关单位或个人), the Party committee organises the review (镇党委……组织有关人员进行复议、复核),
/// and investigators whose conclusion led to a wrong decision answer for it themselves. Dates on the official China calendar:
/// Spring Festival 2026 (02-15..02-23 off, Sat 02-14 and Sat 02-28 worked) and National Day 2025 (10-01..10-08 off, Sun 09-28 and
/// Sat 10-11 worked).
/// </summary>
public class AccountabilityProposerAndReviewTests
{
    private const string Proposer = "县纪委";
    private static readonly Actor Zhao = Investigator("纪委赵某");
    private static readonly Actor Qian = Investigator("纪委钱某");
    private static readonly Actor Zheng = Reviewer("县纪委郑某");

    /// <summary>A case (by default from a superior's instruction) opened, investigated and reported on <paramref name="openedOn"/>, waiting for the committee's decision.</summary>
    private static AccountabilityWalk Reported(LocalDate openedOn, string caseId, string? proposer = Proposer, AccountabilitySource source = AccountabilitySource.SuperiorInstruction)
    {
        var d = openedOn;
        return Open(At(d.Year, d.Month, d.Day), caseId: caseId, source: source, proposer: proposer)
            .Fire("verify", Office, At(d.Year, d.Month, d.Day, 15), reason: "经初步核实，批示反映的情况存在")
            .Fire("open-investigation", Head, At(d.Year, d.Month, d.Day, 16))
            .Fire("assign-investigator", Head, At(d.Year, d.Month, d.Day, 16), Args(AccountabilityProcedure.PersonArgument, Zhao.Name))
            .Fire("assign-investigator", Head, At(d.Year, d.Month, d.Day, 16), Args(AccountabilityProcedure.PersonArgument, Qian.Name))
            .Fire("declare-interest", Qian, At(d.Year, d.Month, d.Day, 17), Args(AccountabilityProcedure.PersonArgument, Qian.Name), reason: "与被调查人系亲属")
            .Fire("hear", Zhao, At(d.Year, d.Month, d.Day, 17))
            .Fire("heard", Zhao, At(d.Year, d.Month, d.Day, 18), reason: "陈述申辩已听取并核实")
            .Fire("submit-report", Zhao, At(d.Year, d.Month, d.Day, 19), new Dictionary<string, string> { ["facts"] = "群众办事三次往返未获答复", ["conclusion"] = "推诿扯皮，情节严重", ["proposal"] = "通报批评并调整工作岗位" });
    }

    private static Dictionary<string, string> Serious() => new()
    {
        [AccountabilityProcedure.TierArgument] = "Serious",
        [AccountabilityProcedure.SanctionsArgument] = "circulated-criticism,reassignment",
    };

    [Fact]
    public void A_decision_of_Fri_2026_02_13_is_told_to_the_proposer_before_it_is_served_and_both_by_Thu_03_05()
    {
        var walk = Reported(new LocalDate(2026, 2, 10), "wz-2026-02").Fire("decide", Committee, At(2026, 2, 13), Serious());
        Assert.Equal(Proposer, walk.Case.Proposer);
        Assert.Null(walk.Case.ProposerInformed);

        // The service step counts 10 working days from the decision (day of the decision not counted): Sat 02-14 (worked) 1,
        // 02-15..02-23 off, 02-24 2, 02-25 3, 02-26 4, 02-27 5, Sat 02-28 (worked) 6, 03-02 7, 03-03 8, 03-04 9, 03-05 10.
        Assert.Equal(new LocalDate(2026, 3, 5), walk.StepAt(At(2026, 2, 13)).DueDate);

        var refused = walk.Refuse("serve", Office, At(2026, 2, 24));
        Assert.Equal(RejectionKind.GuardFailed, refused.Rejection);
        Assert.Contains(Proposer, refused.Message, StringComparison.Ordinal);
        Assert.Contains("instructed or proposed", refused.Message, StringComparison.Ordinal);
        Assert.Contains("告知", refused.ChineseMessage, StringComparison.Ordinal);

        walk.Fire("inform-proposer", Office, At(2026, 3, 5, 9));
        Assert.Equal(new LocalDate(2026, 3, 5), walk.Case.ProposerInformed);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("inform-proposer", Office, At(2026, 3, 5, 10)).Rejection); // told once

        walk.Fire("serve", Office, At(2026, 3, 5, 11));
        Assert.Equal("appeal-period", walk.Case.Snapshot.Step);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void Not_served_by_Thu_2026_03_05_the_service_step_is_overdue_on_Fri_03_06()
    {
        var walk = Reported(new LocalDate(2026, 2, 10), "wz-2026-03").Fire("decide", Committee, At(2026, 2, 13), Serious());
        Assert.Equal(DeadlineState.Warning, walk.StepAt(At(2026, 3, 5, 23)).State); // due that day: within the warning window, not yet late
        Assert.Equal(DeadlineState.Overdue, walk.StepAt(At(2026, 3, 6)).State);
    }

    [Fact]
    public void A_clearance_of_Tue_2025_09_30_is_told_to_the_proposer_and_the_subject_by_Tue_10_21()
    {
        var walk = Reported(new LocalDate(2025, 9, 24), "wz-2025-09").Fire("clear", Committee, At(2025, 9, 30), reason: "经调查，反映问题不属实");
        Assert.Equal(AccountabilityProcedure.Steps.ClearanceNotice, walk.Case.Snapshot.Step);

        // 10 working days after the clearance: 10-01..10-08 off, 10-09 1, 10-10 2, Sat 10-11 (worked) 3, 10-13 4, 10-14 5, 10-15 6,
        // 10-16 7, 10-17 8, 10-20 9, 10-21 10.
        Assert.Equal(new LocalDate(2025, 10, 21), walk.StepAt(At(2025, 9, 30)).DueDate);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("notify-cleared", Office, At(2025, 10, 9)).Rejection);

        walk.Fire("inform-proposer", Office, At(2025, 10, 11)).Fire("notify-cleared", Office, At(2025, 10, 11, 11));
        Assert.Equal(AccountabilityProcedure.Steps.Cleared, walk.Case.Snapshot.Step);
        Assert.Equal(new LocalDate(2025, 10, 11), walk.Case.ProposerInformed);
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_citizen_complaint_without_a_proposer_is_served_at_once_and_nobody_is_informed()
    {
        var walk = Reported(new LocalDate(2026, 2, 10), "wz-2026-04", proposer: null, source: AccountabilitySource.CitizenComplaint)
            .Fire("decide", Committee, At(2026, 2, 13), Serious());
        Assert.Null(walk.Case.Proposer);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("inform-proposer", Office, At(2026, 2, 14)).Rejection);
        walk.Fire("serve", Office, At(2026, 2, 14));
        Assert.Null(walk.Case.ProposerInformed);
    }

    [Theory]
    [InlineData(AccountabilitySource.SuperiorInstruction)]
    [InlineData(AccountabilitySource.DeputiesProposal)]
    [InlineData(AccountabilitySource.SupervisoryOrJudicialBody)]
    public void An_instructed_or_proposed_matter_cannot_be_opened_without_naming_who_instructed_or_proposed_it(AccountabilitySource source)
    {
        var error = Assert.Throws<ArgumentException>(() => Proceedings.Open("wz-x", BuiltInPowers.Accountability.Code, Office, At(2026, 2, 10), " ", AccountabilityMatter.Procrastination, source));
        Assert.Contains("subject:", error.Message, StringComparison.Ordinal); // every problem at once
        Assert.Contains("proposer:", error.Message, StringComparison.Ordinal);
        Assert.Contains("写明作出批示", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proposer_without_visible_text_is_refused_even_where_optional()
    {
        var error = Assert.Throws<ArgumentException>(() => Proceedings.Open("wz-x", BuiltInPowers.Accountability.Code, Office, At(2026, 2, 10), Subject, AccountabilityMatter.Procrastination, AccountabilitySource.Media, proposer: "\u200B "));
        Assert.Contains("proposer:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Party_committee_not_the_head_assigns_the_reviewers_of_an_appeal()
    {
        // Decided Fri 2026-02-13, told and served Tue 02-24; appealed Wed 02-25 (within 15 working days of receipt).
        var walk = Reported(new LocalDate(2026, 2, 10), "wz-2026-05").Fire("decide", Committee, At(2026, 2, 13), Serious())
            .Fire("inform-proposer", Office, At(2026, 2, 24)).Fire("serve", Office, At(2026, 2, 24, 11))
            .Fire("appeal", Office, At(2026, 2, 25));
        Assert.Equal(RejectionKind.ActorLacksPost, walk.Refuse("assign-reviewer", Head, At(2026, 2, 26), Args(AccountabilityProcedure.PersonArgument, Zheng.Name)).Rejection);
        walk.Fire("assign-reviewer", Committee, At(2026, 2, 26), Args(AccountabilityProcedure.PersonArgument, Zheng.Name));
        Assert.Equal([Zheng.Name], walk.Case.Reviewers);
        Assert.Contains(AccountabilityProcedure.Triggers.AssignReviewer.Id, Proceedings.Definition.Triggers.Where(t => t.AllowedPosts.Contains(AccountabilityProcedure.PartyCommittee.ChineseName)).Select(t => t.Id));
        Assert.DoesNotContain(Proceedings.Definition.Triggers, t => t.Id == AccountabilityProcedure.Triggers.AssignReviewer.Id && t.AllowedPosts.Contains(AccountabilityProcedure.Head.ChineseName));
    }

    [Fact]
    public void A_decision_revoked_on_review_makes_the_investigators_who_stayed_on_the_case_answer_for_it()
    {
        var walk = Reported(new LocalDate(2026, 2, 10), "wz-2026-06").Fire("decide", Committee, At(2026, 2, 13), Serious())
            .Fire("inform-proposer", Office, At(2026, 2, 24)).Fire("serve", Office, At(2026, 2, 24, 11))
            .Fire("appeal", Office, At(2026, 2, 25))
            .Fire("assign-reviewer", Committee, At(2026, 2, 26), Args(AccountabilityProcedure.PersonArgument, Zheng.Name));
        Assert.Throws<ArgumentException>(() => WrongfulInvestigation.Of(walk.Case)); // not yet found wrong

        walk.Fire("revoke", Zheng, At(2026, 3, 20), Args("opinion", "调查结论与事实出现重大偏差"));
        var fault = WrongfulInvestigation.Of(walk.Case);
        Assert.Equal([Zhao.Name], fault.Investigators); // Qian stepped aside and did not investigate
        Assert.Equal(AccountabilityProcedure.Steps.Revoked, fault.ReviewOutcome);
        Assert.Same(AccountabilityMatter.InvestigatorMisconduct, fault.Matter);

        // The default proceedings recognize the matter: a case against the investigator opens.
        var opened = Proceedings.Open("wz-2026-06-inv", BuiltInPowers.Accountability.Code, Office, At(2026, 3, 23), fault.Investigators[0], fault.Matter, AccountabilitySource.SupervisoryOrJudicialBody, proposer: "县纪委复核组");
        Assert.True(opened.IsAccepted, opened.Message);
        Assert.Equal(AccountabilityMatter.InvestigatorMisconduct, opened.Case!.Matter);
    }

    [Fact]
    public void A_decision_upheld_on_review_was_not_found_wrong()
    {
        var walk = Reported(new LocalDate(2025, 9, 24), "wz-2025-10").Fire("decide", Committee, At(2025, 9, 30), Serious())
            .Fire("inform-proposer", Office, At(2025, 10, 9)).Fire("serve", Office, At(2025, 10, 9, 11))
            .Fire("appeal", Office, At(2025, 10, 11))
            .Fire("assign-reviewer", Committee, At(2025, 10, 13), Args(AccountabilityProcedure.PersonArgument, Zheng.Name))
            .Fire("uphold", Zheng, At(2025, 10, 20), Args("opinion", "事实清楚，处理适当"));
        var error = Assert.Throws<ArgumentException>(() => WrongfulInvestigation.Of(walk.Case));
        Assert.Contains("upheld", error.Message, StringComparison.Ordinal);
        Assert.Contains("复核", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whatever the office does in the service step, in whatever order, the decision of a case with a proposer is never served before
    /// the proposer has been told, and a case without one is never "told"; the refused attempts change nothing.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool A_decision_is_never_served_before_its_proposer_is_told(bool hasProposer, bool[] informFirst)
    {
        var current = Reported(new LocalDate(2026, 2, 10), "wz-p", proposer: hasProposer ? Proposer : null, source: hasProposer ? AccountabilitySource.SuperiorInstruction : AccountabilitySource.Media)
            .Fire("decide", Committee, At(2026, 2, 13), Serious()).Case;
        var hour = 8;
        foreach (var inform in (informFirst ?? []).Take(6))
        {
            if (current.Snapshot.Step != "service")
            {
                break;
            }

            var result = Proceedings.Fire(current, inform ? "inform-proposer" : "serve", Office, At(2026, 2, 24, hour++));
            if (!result.IsAccepted)
            {
                if (!ReferenceEquals(current, result.Case) || result.Events.Count != 0)
                {
                    return false; // a refusal changes nothing
                }

                continue;
            }

            if (inform && (!hasProposer || current.ProposerInformed is not null))
            {
                return false; // told without a proposer, or twice
            }

            if (!inform && hasProposer && current.ProposerInformed is null)
            {
                return false; // served before the proposer was told
            }

            current = result.Case!;
        }

        return true;
    }
}
