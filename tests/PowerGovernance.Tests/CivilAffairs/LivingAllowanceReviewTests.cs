using System;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>
/// 低保 dynamic management (最低生活保障服务 5): the allowance per person is the local standard minus the household's monthly
/// per-capita income; a change of income adjusts it; an income over the line cancels it. Worked examples on a local
/// standard of ¥620 per person per month.
/// </summary>
public class LivingAllowanceReviewTests
{
    [Fact]
    public void A_rise_in_income_below_the_standard_adjusts_the_amount_to_the_difference()
    {
        // Paid ¥300 a head now; income rises to ¥400: 620 − 400 = ¥220 a head, ¥660 for 3 members.
        var result = LivingAllowanceReview.Review(620m, 300m, 400m, 3);

        Assert.Equal(LivingAllowanceDecision.Adjust, result.Decision);
        Assert.Equal(220m, result.PerCapitaAmount);
        Assert.Equal(660m, result.HouseholdAmount);
        Assert.Contains("adjusted", result.Reason, StringComparison.Ordinal);
        Assert.Contains("调整保障金额", result.ChineseReason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_income_that_gives_the_same_amount_continues_the_allowance()
    {
        // 620 − 320 = 300, as now paid.
        var result = LivingAllowanceReview.Review(620m, 300m, 320m, 2);

        Assert.Equal(LivingAllowanceDecision.Continue, result.Decision);
        Assert.Equal(300m, result.PerCapitaAmount);
        Assert.Equal(600m, result.HouseholdAmount);
        Assert.Contains("继续保障", result.ChineseReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(620.00)] // equal to the standard: nothing left to pay, no longer below it
    [InlineData(620.01)]
    [InlineData(1500)]
    public void An_income_at_or_over_the_standard_cancels_the_allowance(double income)
    {
        var result = LivingAllowanceReview.Review(620m, 300m, (decimal)income, 4);

        Assert.Equal(LivingAllowanceDecision.Cancel, result.Decision);
        Assert.Equal(0m, result.PerCapitaAmount);
        Assert.Equal(0m, result.HouseholdAmount);
        Assert.Contains("予以取消", result.ChineseReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_input_is_reported_at_once_with_its_field_value_and_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => LivingAllowanceReview.Review(0m, -1m, -5m, 0));

        Assert.Contains("4 problem(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("共有4个问题", error.Message, StringComparison.Ordinal);
        Assert.Contains("localStandard = '0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("currentPerCapitaAmount = '-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("newPerCapitaIncome = '-5'", error.Message, StringComparison.Ordinal);
        Assert.Contains("members = '0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("保障人口须为1至100人", error.Message, StringComparison.Ordinal);
    }
}
