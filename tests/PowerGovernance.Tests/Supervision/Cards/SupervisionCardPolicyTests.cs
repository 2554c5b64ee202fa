using System;
using Microsoft.Extensions.DependencyInjection;
using PowerGovernance.Calendars;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Supervision.Cards;

/// <summary>The card policy's defaults, its validation (naming the option, the value and the range in English and Chinese), and its registration.</summary>
public class SupervisionCardPolicyTests
{
    [Fact]
    public void The_defaults_are_todays_warning_yellow_at_the_committed_limit_and_red_three_working_days_later()
    {
        var policy = SupervisionCardPolicy.Default;
        Assert.Same(WarningPolicy.Default, policy.Warning);
        Assert.Equal(90, policy.Warning.UsedPercent);
        Assert.Equal(1, policy.Warning.WorkingDaysLeft);
        Assert.Equal(100, policy.YellowCardPercent);
        Assert.Equal(TimeLimit.WorkingDays(3), policy.SupervisionLimit);
        Assert.Equal(SupervisionCardTier.Red, policy.RefusalWithoutReasons);
        Assert.Equal(SupervisionCardTier.Red, policy.FeeOutsideStandard);
        Assert.True(policy.StepOverruns);
        Assert.Equal(policy, new SupervisionCardPolicy());
        Assert.Same(policy, new SupervisionCardEvaluator(BuiltInFixture.Calendar).Policy);
    }

    [Theory]
    [InlineData(nameof(SupervisionCardPolicy.YellowCardPercent), 0, "1 and 100", "1至100")]
    [InlineData(nameof(SupervisionCardPolicy.YellowCardPercent), 101, "1 and 100", "1至100")]
    [InlineData(nameof(SupervisionCardPolicy.RefusalWithoutReasons), 4, "None (0, off)", "红牌")]
    [InlineData(nameof(SupervisionCardPolicy.FeeOutsideStandard), -1, "Red (3)", "关闭")]
    public void An_invalid_value_names_the_option_the_value_and_the_range(string option, int value, string range, string chineseRange)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => option switch
        {
            nameof(SupervisionCardPolicy.YellowCardPercent) => SupervisionCardPolicy.Default with { YellowCardPercent = value },
            nameof(SupervisionCardPolicy.RefusalWithoutReasons) => SupervisionCardPolicy.Default with { RefusalWithoutReasons = (SupervisionCardTier)value },
            _ => SupervisionCardPolicy.Default with { FeeOutsideStandard = (SupervisionCardTier)value },
        });

        Assert.Equal("SupervisionCardPolicy." + option, error.ParamName);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
        Assert.Contains(chineseRange, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 working days", "0个工作日")]
    [InlineData("366 working days", "366个工作日")]
    [InlineData("3 natural days", "3日")]
    public void A_supervision_limit_outside_1_to_365_working_days_is_refused_naming_the_option_and_the_value(string text, string chinese)
    {
        var value = TimeLimit.Parse(text);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SupervisionCardPolicy.Default with { SupervisionLimit = value });

        Assert.Equal("SupervisionCardPolicy.SupervisionLimit", error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains($"must be 1 to 365 working days (the rule counts working days); {value} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"须为1至365个工作日（该规定按工作日计算），不能为{chinese}。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_warning_thresholds_must_be_given()
    {
        var error = Assert.Throws<ArgumentNullException>(() => SupervisionCardPolicy.Default with { Warning = null! });
        Assert.Equal("SupervisionCardPolicy.Warning", error.ParamName);
        Assert.Contains("不能为空", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_registered_evaluator_warns_with_the_boards_warning_policy_unless_the_host_sets_a_card_policy()
    {
        var warning = new WarningPolicy(80, 2);
        using (var provider = new ServiceCollection()
            .AddPowerGovernance(options =>
            {
                options.Calendar = BuiltInFixture.Calendar;
                options.WarningPolicy = warning;
            })
            .BuildServiceProvider())
        {
            var cards = provider.GetRequiredService<SupervisionCardEvaluator>();
            Assert.Same(cards, provider.GetRequiredService<SupervisionCardEvaluator>());
            Assert.Same(warning, cards.Policy.Warning);
            Assert.Equal(SupervisionCardPolicy.DefaultSupervisionLimit, cards.Policy.SupervisionLimit);
        }

        var province = SupervisionCardPolicy.Default with { YellowCardPercent = 80, SupervisionLimit = TimeLimit.WorkingDays(5) };
        using var own = new ServiceCollection()
            .AddPowerGovernance(options =>
            {
                options.Calendar = BuiltInFixture.Calendar;
                options.WarningPolicy = warning;
                options.SupervisionCards = province;
            })
            .BuildServiceProvider();
        Assert.Same(province, own.GetRequiredService<SupervisionCardEvaluator>().Policy);
    }
}
