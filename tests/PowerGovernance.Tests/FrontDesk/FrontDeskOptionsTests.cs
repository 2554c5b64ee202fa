using System;
using PowerGovernance.FrontDesk;

namespace PowerGovernance.Tests.FrontDesk;

public class FrontDeskOptionsTests
{
    [Theory]
    [InlineData(nameof(FrontDeskOptions.NoticeWorkingDays), -1, 0, 365)]
    [InlineData(nameof(FrontDeskOptions.NoticeWorkingDays), 366, 0, 365)]
    [InlineData(nameof(FrontDeskOptions.WrittenCopies), 1, 2, 10)]
    [InlineData(nameof(FrontDeskOptions.WrittenCopies), 11, 2, 10)]
    [InlineData(nameof(FrontDeskOptions.WebsiteAnswerWorkingDays), 0, 1, 365)]
    [InlineData(nameof(FrontDeskOptions.WebsiteAnswerWorkingDays), 400, 1, 365)]
    public void A_bad_option_names_the_option_the_value_and_the_range_in_English_and_Chinese(string option, int value, int min, int max)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Set(option, value));

        var name = "FrontDeskOptions." + option;
        Assert.Equal(name, error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains($"{name} must be between {min} and {max} inclusive; {value} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{name}须在{min}至{max}之间（含两端），不能为{value}。", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'value'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ends_of_each_range_are_allowed_and_a_refused_value_changes_nothing()
    {
        var edges = FrontDeskOptions.Default with { NoticeWorkingDays = 0, WrittenCopies = 10, WebsiteAnswerWorkingDays = 365 };
        Assert.Equal((0, 10, 365), (edges.NoticeWorkingDays, edges.WrittenCopies, edges.WebsiteAnswerWorkingDays));

        var options = FrontDeskOptions.Default with { WebsiteAnswerWorkingDays = 3 };
        Assert.Throws<ArgumentOutOfRangeException>(() => options with { WebsiteAnswerWorkingDays = 0 });
        Assert.Equal(3, options.WebsiteAnswerWorkingDays);
        Assert.Equal(FrontDeskOptions.DefaultWrittenCopies, FrontDeskOptions.Default.WrittenCopies);
    }

    private static FrontDeskOptions Set(string option, int value) => option switch
    {
        nameof(FrontDeskOptions.NoticeWorkingDays) => FrontDeskOptions.Default with { NoticeWorkingDays = value },
        nameof(FrontDeskOptions.WrittenCopies) => FrontDeskOptions.Default with { WrittenCopies = value },
        nameof(FrontDeskOptions.WebsiteAnswerWorkingDays) => FrontDeskOptions.Default with { WebsiteAnswerWorkingDays = value },
        _ => throw new ArgumentException("Unknown option " + option, nameof(option)),
    };
}
