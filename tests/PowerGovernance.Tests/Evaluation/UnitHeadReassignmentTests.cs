using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using PowerGovernance.Evaluation;

namespace PowerGovernance.Tests.Evaluation;

/// <summary>
/// A unit that fails the assessment of its accountability system two years running: its principal head is reassigned (对执行查究问责制度
/// 不合格的，取消当年评先评优资格；连续两年不合格的，调整工作岗位 — a unit cannot change posts; its head, the first responsible person, does).
/// </summary>
public class UnitHeadReassignmentTests
{
    private static readonly YearEndAssessment Assessment = new();

    [Fact]
    public void Failing_2025_and_2026_reassigns_the_head_in_2026_and_names_them()
    {
        var unit = new UnitRecord("城建办", [], [2025, 2026]) { Head = "主任陈某" };
        var result = Assessment.AssessUnit(unit, 2026);
        Assert.True(result.HeadReassignment);
        Assert.Equal("主任陈某", result.Head);
        Assert.False(result.AwardsEligible);
        var rule = Assert.Single(result.Rules, r => r.Code == EvaluationRuleCodes.ConsecutiveFailures);
        Assert.Contains("2 years running", rule.Message, StringComparison.Ordinal);
        Assert.Contains("主任陈某", rule.Message, StringComparison.Ordinal);
        Assert.Contains("单位主要负责人主任陈某调整工作岗位", rule.ChineseMessage, StringComparison.Ordinal);

        // 2025 alone was the first failure: no reassignment then.
        Assert.False(Assessment.AssessUnit(unit, 2025).HeadReassignment);
    }

    [Fact]
    public void Failing_2024_and_2026_with_a_pass_in_between_is_not_two_years_running()
    {
        var result = Assessment.AssessUnit(new UnitRecord("民政办", [], [2024, 2026]), 2026);
        Assert.False(result.HeadReassignment);
        Assert.DoesNotContain(result.Rules, r => r.Code == EvaluationRuleCodes.ConsecutiveFailures);
    }

    [Fact]
    public void An_unnamed_head_is_still_reassigned_and_the_rule_says_so()
    {
        var result = Assessment.AssessUnit(new UnitRecord("综治办", [], [2025, 2026]), 2026);
        Assert.True(result.HeadReassignment);
        Assert.Null(result.Head);
        Assert.Contains("单位主要负责人调整工作岗位", result.Rules.Single(r => r.Code == EvaluationRuleCodes.ConsecutiveFailures).ChineseMessage, StringComparison.Ordinal);
    }

    /// <summary>Against a reference: the head is reassigned in year y exactly when the unit failed in each of the <c>n</c> years up to y.</summary>
    [Property(MaxTest = 300)]
    public bool The_head_is_reassigned_exactly_after_the_threshold_of_consecutive_failures(int[] failed, byte yearOffset, byte threshold)
    {
        var years = (failed ?? []).Select(y => 2000 + (Math.Abs(y % 30))).Distinct().ToArray();
        var year = 2000 + (yearOffset % 30);
        var n = 1 + (threshold % 4);
        var expected = Enumerable.Range(0, n).All(k => years.Contains(year - k));
        var result = new YearEndAssessment(EvaluationPolicy.Default with { ConsecutiveFailuresForReassignment = n }).AssessUnit(new UnitRecord("党政办", [], years), year);
        return result.HeadReassignment == expected;
    }
}
