using System;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;

namespace PowerGovernance.Tests.FrontDesk;

public class FrontDeskOptionsTests
{
    [Theory]
    [InlineData(nameof(FrontDeskOptions.WrittenCopies), 1, 2, 10)]
    [InlineData(nameof(FrontDeskOptions.WrittenCopies), 11, 2, 10)]
    public void A_bad_option_names_the_option_the_value_and_the_range_in_English_and_Chinese(string option, int value, int min, int max)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FrontDeskOptions.Default with { WrittenCopies = value });

        var name = "FrontDeskOptions." + option;
        Assert.Equal(name, error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains($"{name} must be between {min} and {max} inclusive; {value} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{name}须在{min}至{max}之间（含两端），不能为{value}。", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'value'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(FrontDeskOptions.NoticeLimit), "366 working days", "0 to 365 working days", "0至365个工作日", "366个工作日")]
    [InlineData(nameof(FrontDeskOptions.NoticeLimit), "5 natural days", "0 to 365 working days", "0至365个工作日", "5日")]
    [InlineData(nameof(FrontDeskOptions.WebsiteAnswerLimit), "0 working days", "1 to 365 working days", "1至365个工作日", "0个工作日")]
    [InlineData(nameof(FrontDeskOptions.WebsiteAnswerLimit), "400 working days", "1 to 365 working days", "1至365个工作日", "400个工作日")]
    [InlineData(nameof(FrontDeskOptions.WebsiteAnswerLimit), "5 days", "1 to 365 working days", "1至365个工作日", "5日")]
    [InlineData(nameof(FrontDeskOptions.ClarificationLimit), "0 working days", "1 to 365 working days", "1至365个工作日", "0个工作日")]
    [InlineData(nameof(FrontDeskOptions.ClarificationLimit), "366 working days", "1 to 365 working days", "1至365个工作日", "366个工作日")]
    [InlineData(nameof(FrontDeskOptions.ClarificationLimit), "5 days", "1 to 365 working days", "1至365个工作日", "5日")]
    public void A_bad_time_limit_names_the_option_the_value_the_range_and_the_kind_of_days(string option, string text, string range, string chineseRange, string chineseValue)
    {
        var value = TimeLimit.Parse(text);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Set(option, value));

        var name = "FrontDeskOptions." + option;
        Assert.Equal(name, error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains($"{name} must be {range} (the rule counts working days); {value} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{name}须为{chineseRange}（该规定按工作日计算），不能为{chineseValue}。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ends_of_each_range_are_allowed_and_a_refused_value_changes_nothing()
    {
        var edges = FrontDeskOptions.Default with { NoticeLimit = TimeLimit.WorkingDays(0), WrittenCopies = 10, WebsiteAnswerLimit = TimeLimit.WorkingDays(365) };
        Assert.Equal((TimeLimit.WorkingDays(0), 10, TimeLimit.WorkingDays(365)), (edges.NoticeLimit, edges.WrittenCopies, edges.WebsiteAnswerLimit));

        var options = FrontDeskOptions.Default with { WebsiteAnswerLimit = TimeLimit.WorkingDays(3) };
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { WebsiteAnswerLimit = TimeLimit.WorkingDays(0) });
        Assert.Equal(TimeLimit.WorkingDays(3), options.WebsiteAnswerLimit);
        Assert.Equal(FrontDeskOptions.DefaultWrittenCopies, FrontDeskOptions.Default.WrittenCopies);
        Assert.Equal(TimeLimit.WorkingDays(5), FrontDeskOptions.Default.NoticeLimit);
        Assert.Equal(TimeLimit.WorkingDays(5), FrontDeskOptions.Default.WebsiteAnswerLimit);
        Assert.Equal(TimeLimit.WorkingDays(5), FrontDeskOptions.Default.ClarificationLimit);
        Assert.Equal(FrontDeskOptions.DefaultClarificationLimit, FrontDeskOptions.Default.ClarificationLimit);

        var clarification = FrontDeskOptions.Default with { ClarificationLimit = TimeLimit.WorkingDays(1) };
        Assert.Equal(TimeLimit.WorkingDays(365), (clarification with { ClarificationLimit = TimeLimit.WorkingDays(365) }).ClarificationLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => clarification with { ClarificationLimit = TimeLimit.NaturalDays(5) });
        Assert.Equal(TimeLimit.WorkingDays(1), clarification.ClarificationLimit);
    }

    private static FrontDeskOptions Set(string option, TimeLimit value) => option switch
    {
        nameof(FrontDeskOptions.NoticeLimit) => FrontDeskOptions.Default with { NoticeLimit = value },
        nameof(FrontDeskOptions.WebsiteAnswerLimit) => FrontDeskOptions.Default with { WebsiteAnswerLimit = value },
        nameof(FrontDeskOptions.ClarificationLimit) => FrontDeskOptions.Default with { ClarificationLimit = value },
        _ => throw new ArgumentException("Unknown option " + option, nameof(option)),
    };
}
