using System;
using PowerGovernance.Calendars;
using PowerGovernance.Disclosures;

namespace PowerGovernance.Tests.Disclosures;

public class DisclosureOptionsTests
{
    [Theory]
    [InlineData(nameof(DisclosureOptions.RequestLimit), "366 natural days", "0 to 365 natural days", "0至365个自然日", "366日")]
    [InlineData(nameof(DisclosureOptions.RequestLimit), "3 working days", "0 to 365 natural days", "0至365个自然日", "3个工作日")]
    [InlineData(nameof(DisclosureOptions.CommentPeriod), "0 working days", "1 to 365 working days", "1至365个工作日", "0个工作日")]
    [InlineData(nameof(DisclosureOptions.CommentPeriod), "366 working days", "1 to 365 working days", "1至365个工作日", "366个工作日")]
    [InlineData(nameof(DisclosureOptions.CommentPeriod), "7 natural days", "1 to 365 working days", "1至365个工作日", "7日")]
    [InlineData(nameof(DisclosureOptions.StageLimit), "366 working days", "0 to 365 working days", "0至365个工作日", "366个工作日")]
    public void A_bad_option_names_the_option_the_value_the_range_and_the_kind_of_days_in_English_and_Chinese(string option, string text, string range, string chineseRange, string chineseValue)
    {
        var value = TimeLimit.Parse(text);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Set(option, value));

        var name = "DisclosureOptions." + option;
        Assert.Equal(name, error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains($"{name} must be {range} (the rule counts {range[^12..]}); {value} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{name}须为{chineseRange}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"不能为{chineseValue}。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_three_days_for_a_request_five_working_days_of_comment_and_the_same_day_for_a_stage()
    {
        Assert.Equal(TimeLimit.NaturalDays(3), DisclosureOptions.Default.RequestLimit);
        Assert.Equal(TimeLimit.WorkingDays(5), DisclosureOptions.Default.CommentPeriod);
        Assert.Equal(TimeLimit.WorkingDays(0), DisclosureOptions.Default.StageLimit);
        Assert.Equal(TimeLimit.WorkingDays(365), (DisclosureOptions.Default with { CommentPeriod = TimeLimit.WorkingDays(365) }).CommentPeriod);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(24)]
    [InlineData(-3)]
    public void A_period_that_does_not_divide_the_year_is_refused_naming_the_option_and_the_rule(int months)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureOptions.Default with { PeriodMonths = months });

        Assert.Equal("DisclosureOptions.PeriodMonths", error.ParamName);
        Assert.Equal(months, error.ActualValue);
        Assert.Contains($"DisclosureOptions.PeriodMonths must divide the year: 1, 2, 3, 4, 6 or 12 (months); {months} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"须能整除一年：1、2、3、4、6或12（个月），不能为{months}。", error.Message, StringComparison.Ordinal);
        Assert.Equal(DisclosureOptions.DefaultPeriodMonths, DisclosureOptions.Default.PeriodMonths);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(12)]
    public void Every_period_that_divides_the_year_is_allowed(int months) =>
        Assert.Equal(months, (DisclosureOptions.Default with { PeriodMonths = months }).PeriodMonths);

    private static DisclosureOptions Set(string option, TimeLimit value) => option switch
    {
        nameof(DisclosureOptions.RequestLimit) => DisclosureOptions.Default with { RequestLimit = value },
        nameof(DisclosureOptions.CommentPeriod) => DisclosureOptions.Default with { CommentPeriod = value },
        nameof(DisclosureOptions.StageLimit) => DisclosureOptions.Default with { StageLimit = value },
        _ => throw new ArgumentException("Unknown option " + option, nameof(option)),
    };
}
