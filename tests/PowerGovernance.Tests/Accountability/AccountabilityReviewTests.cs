using PowerGovernance.Tests.Procedures;
using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Accountability;

/// <summary>
/// A decision takes effect when it is served (送达), not when it is made; and a review after the subject's appeal never makes it
/// heavier (不因申请复核、提出申诉而被加重处理, 公务员法 2018 Art. 96, 政务处分法 Art. 56). On the 2024 China calendar: the decision is made
/// Fri 09-27, just before National Day (10-01..07 off, Sun 09-29 and Sat 10-12 worked), and served Tue 10-08.
/// </summary>
public class AccountabilityReviewTests
{
    private static readonly Actor Zhao = Investigator("纪委赵某");
    private static readonly Actor Zheng = Reviewer("县纪委郑某");

    /// <summary>Opened Mon 09-09, investigated and heard, reported Fri 09-20, decided Fri 09-27: serious, 通报批评 and 调整工作岗位 (weights 5 and 6).</summary>
    private static AccountabilityWalk DecidedOn0927() =>
        Open(At(2024, 9, 9), caseId: "wz-2024-07")
            .Fire("verify", Office, At(2024, 9, 10), reason: "经初步核实，群众反映的推诿情况存在")
            .Fire("open-investigation", Head, At(2024, 9, 11))
            .Fire("assign-investigator", Head, At(2024, 9, 11, 11), Args(AccountabilityProcedure.PersonArgument, Zhao.Name))
            .Fire("hear", Zhao, At(2024, 9, 18))
            .Fire("heard", Zhao, At(2024, 9, 19), reason: "陈述申辩已听取并核实")
            .Fire("submit-report", Zhao, At(2024, 9, 20), new Dictionary<string, string> { ["facts"] = "群众办事三次往返未获答复", ["conclusion"] = "推诿扯皮，情节严重", ["proposal"] = "通报批评并调整工作岗位" })
            .Fire("decide", Committee, At(2024, 9, 27), Sanctions("circulated-criticism,reassignment", ("tier", "Serious")));

    /// <summary>Served Tue 10-08, appealed on the last day Mon 10-28, reviewer assigned Tue 10-29.</summary>
    private static AccountabilityWalk UnderReview() =>
        DecidedOn0927()
            .Fire("serve", Office, At(2024, 10, 8))
            .Fire("appeal", Office, At(2024, 10, 28, 16))
            .Fire("assign-reviewer", Committee, At(2024, 10, 29), Args(AccountabilityProcedure.PersonArgument, Zheng.Name));

    [Fact]
    public void A_decision_made_2024_09_27_is_not_in_force_until_it_is_served_on_2024_10_08()
    {
        var walk = DecidedOn0927();
        Assert.Equal("service", walk.Case.Snapshot.Step);
        Assert.Equal(new LocalDate(2024, 9, 27), walk.Case.Decided);
        Assert.Null(walk.Case.DecisionReceived);
        Assert.False(Proceedings.DecisionInForce(walk.Case));
        Assert.Null(Proceedings.AppealWindow(walk.Case));

        // Served within 10 working days of the decision: 09-29 (Sun, worked), 09-30, 10-08 … 10-11, 10-12 (Sat, worked), 10-14 … 10-16.
        Assert.Equal(new LocalDate(2024, 10, 16), walk.StepAt(At(2024, 9, 27)).DueDate);
        Assert.Equal(RejectionKind.NotPermittedFromStep, walk.Refuse("appeal", Office, At(2024, 10, 8)).Rejection);

        walk.Fire("serve", Office, At(2024, 10, 8));
        Assert.Equal(new LocalDate(2024, 10, 8), walk.Case.DecisionReceived);
        Assert.True(Proceedings.DecisionInForce(walk.Case));
        walk.AssertAuditedAndReplayable();
        Assert.True(Proceedings.DecisionInForce(Proceedings.Replay(walk.Case.Snapshot.PowerCode, walk.Events)));
    }

    [Fact]
    public void Served_2024_10_08_the_appeal_runs_to_10_28_and_does_not_suspend_the_decision()
    {
        // 15 working days from receipt, the day of receipt not counted: 10-09 … 10-11, 10-12 (Sat, worked), 10-14 … 10-18, 10-21 … 10-25, 10-28.
        var walk = DecidedOn0927().Fire("serve", Office, At(2024, 10, 8));
        Assert.Equal(new LocalDate(2024, 10, 28), Proceedings.AppealWindow(walk.Case)!.LastDay);
        Assert.Equal(RejectionKind.GuardFailed, walk.Refuse("appeal", Office, At(2024, 10, 29, 9)).Rejection);

        walk.Fire("appeal", Office, At(2024, 10, 28, 16));
        Assert.Equal("review", walk.Case.Snapshot.Step);
        Assert.True(Proceedings.DecisionInForce(walk.Case)); // 申诉期间，问责决定不停止执行

        // The review within 30 working days of the appeal: 10-29 … 10-31, 11-01, then five full weeks, then 12-09.
        Assert.Equal(new LocalDate(2024, 12, 9), walk.StepAt(At(2024, 10, 29)).DueDate);
        Assert.Equal(new LocalDate(2024, 12, 9), Proceedings.AppealWindow(walk.Case)!.ReviewDeadline(new LocalDate(2024, 10, 28)));
    }

    [Theory]
    [InlineData("suspension", "“停职检查”（轻重序号7）重于原决定最重的“调整工作岗位”（轻重序号6）")] // a heavier sanction replaces the decision
    [InlineData("circulated-criticism,suspension", "“停职检查”（轻重序号7）重于原决定最重的“调整工作岗位”（轻重序号6）")]
    [InlineData("proposed-removal", "属于情节特别严重档次，重于原决定最重的“调整工作岗位”所属的情节严重档次")] // a heavier tier
    [InlineData("circulated-criticism,reassignment,public-apology", "并用3种问责方式")] // a sanction added to those decided
    [InlineData("reassignment,public-apology,written-self-criticism", "并用3种问责方式")] // one sanction replaced by two lighter ones
    [InlineData("reassignment,suspension", "“停职检查”（轻重序号7）")]
    public void A_review_after_the_subjects_appeal_may_not_vary_the_decision_to_a_heavier_one(string varied, string reason)
    {
        var walk = UnderReview();
        var refused = walk.Refuse("vary", Zheng, At(2024, 11, 15), Sanctions(varied, ("opinion", "改为更重的问责方式")));

        Assert.Equal(RejectionKind.GuardFailed, refused.Rejection);
        var chinese = Assert.Single(refused.UnmetGuards());
        Assert.StartsWith("复核不得重于被申诉的原问责决定（不因申请复核、提出申诉而被加重处理，《公务员法》第九十六条、《公职人员政务处分法》第五十六条）", chinese, StringComparison.Ordinal);
        Assert.Contains(reason, chinese, StringComparison.Ordinal);
        Assert.Contains("no heavier treatment because of an appeal, Civil Servant Law 2018 Art. 96, Law on Administrative Discipline for Public Officials Art. 56", refused.Message, StringComparison.Ordinal);
        Assert.Equal(chinese, refused.ChineseMessage);

        // Nothing changed: the decision appealed is still the one in force, and the panel can still decide.
        Assert.Equal("review", walk.Case.Snapshot.Step);
        Assert.Equal([Sanction.CirculatedCriticism, Sanction.Reassignment], walk.Case.Sanctions);
        Assert.True(Proceedings.DecisionInForce(walk.Case));
        walk.Fire("uphold", Zheng, At(2024, 11, 15), Args("opinion", "事实清楚，维持原问责决定"));
        Assert.Equal("upheld", walk.Case.Snapshot.Step);
        walk.AssertAuditedAndReplayable();
    }

    [Theory]
    [InlineData("reassignment", new[] { "reassignment" })] // a sanction dropped
    [InlineData("public-apology", new[] { "public-apology" })] // a lighter sanction instead
    [InlineData("circulated-criticism,public-apology", new[] { "circulated-criticism", "public-apology" })] // 调整工作岗位 replaced by the lighter 责令公开道歉
    [InlineData("reassignment,circulated-criticism", new[] { "reassignment", "circulated-criticism" })] // the same sanctions restated
    public void A_lighter_or_equal_variation_stays_allowed_and_is_in_force(string varied, string[] expected)
    {
        var walk = UnderReview().Fire("vary", Zheng, At(2024, 11, 15), Sanctions(varied, ("opinion", "处理不当，予以变更")));
        Assert.Equal("varied", walk.Case.Snapshot.Step);
        Assert.Equal(expected, walk.Case.Sanctions.Select(s => s.Code));
        Assert.True(Proceedings.DecisionInForce(walk.Case));
        Assert.Equal(new LocalDate(2024, 10, 8), walk.Case.DecisionReceived); // the variation takes effect on the decision's service
        walk.AssertAuditedAndReplayable();
    }

    [Fact]
    public void A_revoked_decision_is_no_longer_in_force()
    {
        var walk = UnderReview().Fire("revoke", Zheng, At(2024, 11, 15), Args("opinion", "事实不清，撤销原问责决定"));
        Assert.Equal("revoked", walk.Case.Snapshot.Step);
        Assert.False(Proceedings.DecisionInForce(walk.Case));
    }

    [Fact]
    public void An_unknown_sanction_on_review_is_refused_by_the_table_not_as_a_heavier_treatment()
    {
        var walk = UnderReview();
        var refused = walk.Refuse("vary", Zheng, At(2024, 11, 15), Sanctions("fine", ("opinion", "o")));
        Assert.Equal(RejectionKind.GuardFailed, refused.Rejection);
        var guard = Assert.Single(refused.UnmetGuards());
        Assert.Contains("问责表所列方式（未知：fine；可选：admonition, ", guard, StringComparison.Ordinal);
        Assert.DoesNotContain("加重", guard, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.ArgumentMissing, walk.Refuse("vary", Zheng, At(2024, 11, 15), Args("opinion", "o")).Rejection);
    }

    [Fact]
    public void Decided_sanctions_outside_the_policys_table_are_an_argument_error_not_a_finding()
    {
        var walk = UnderReview();
        var foreign = walk.Case with { Sanctions = [new Sanction("fine", 11, "罚款", "Fine")] };
        var error = Assert.Throws<ArgumentException>(() => Proceedings.Fire(foreign, "vary", Zheng, At(2024, 11, 15), Sanctions("admonition", ("opinion", "o"))));
        Assert.Equal("case", error.ParamName);
    }

    [Fact]
    public void Heavier_is_defined_on_the_tables_weights_and_tiers()
    {
        var table = SanctionTable.Default;
        Assert.True(table.IsHeavier([Sanction.Suspension], [Sanction.Reassignment, Sanction.CirculatedCriticism])); // heavier sanction
        Assert.True(table.IsHeavier([Sanction.AdvisedResignation], [Sanction.Suspension])); // heavier tier
        Assert.True(table.IsHeavier([Sanction.Reassignment, Sanction.Admonition], [Sanction.Reassignment])); // added
        Assert.True(table.IsHeavier([Sanction.PublicApology, Sanction.WrittenSelfCriticism], [Sanction.CirculatedCriticism])); // two lighter for one
        Assert.True(table.IsHeavier([Sanction.Reassignment, Sanction.PublicApology], [Sanction.Reassignment, Sanction.Admonition])); // 2nd rank heavier
        Assert.True(table.IsHeavier([Sanction.Admonition], []));

        Assert.False(table.IsHeavier([Sanction.Reassignment, Sanction.CirculatedCriticism], [Sanction.CirculatedCriticism, Sanction.Reassignment])); // equal
        Assert.False(table.IsHeavier([Sanction.Reassignment, Sanction.Reassignment], [Sanction.Reassignment])); // named twice, counts once
        Assert.False(table.IsHeavier([Sanction.Reassignment], [Sanction.Reassignment, Sanction.CirculatedCriticism])); // dropped
        Assert.False(table.IsHeavier([Sanction.CirculatedCriticism, Sanction.PublicApology], [Sanction.Reassignment, Sanction.CirculatedCriticism])); // lighter one for one
        Assert.False(table.IsHeavier([], [Sanction.Admonition]));
    }

    [Fact]
    public void Comparing_sanctions_the_table_does_not_define_is_an_argument_error()
    {
        var table = SanctionTable.Default;
        Assert.Throws<ArgumentNullException>(() => table.IsHeavier(null!, [Sanction.Admonition]));
        Assert.Throws<ArgumentNullException>(() => table.IsHeavier([Sanction.Admonition], null!));
        var unknown = Assert.Throws<ArgumentException>(() => table.IsHeavier([new Sanction("fine", 11, "罚款", "Fine")], [Sanction.Admonition]));
        Assert.Equal("outcome", unknown.ParamName);
        Assert.Throws<ArgumentException>(() => table.IsHeavier([Sanction.Admonition], [Sanction.Admonition with { Weight = 20 }]));
        Assert.Throws<ArgumentException>(() => table.IsHeavier([null!], [Sanction.Admonition]));
    }

    private static Dictionary<string, string> Sanctions(string codes, (string Name, string Value) other)
    {
        var name = other.Name == "tier" ? AccountabilityProcedure.TierArgument : other.Name;
        return new Dictionary<string, string> { [AccountabilityProcedure.SanctionsArgument] = codes, [name] = other.Value };
    }
}
