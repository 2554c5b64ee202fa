using System;
using PowerGovernance.Disclosures;

namespace PowerGovernance.Tests.Disclosures;

public class DisclosureOptionsTests
{
    [Theory]
    [InlineData(nameof(DisclosureOptions.RequestNaturalDays), -1, 0, 365)]
    [InlineData(nameof(DisclosureOptions.CommentWorkingDays), 0, 1, 365)]
    [InlineData(nameof(DisclosureOptions.CommentWorkingDays), 366, 1, 365)]
    [InlineData(nameof(DisclosureOptions.StageWorkingDays), 366, 0, 365)]
    public void A_bad_option_names_the_option_the_value_and_the_range_in_English_and_Chinese(string option, int value, int min, int max)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Set(option, value));

        var name = "DisclosureOptions." + option;
        Assert.Equal(name, error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains($"{name} must be between {min} and {max} inclusive; {value} is not allowed.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{name}须在{min}至{max}之间（含两端），不能为{value}。", error.Message, StringComparison.Ordinal);
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

    private static DisclosureOptions Set(string option, int value) => option switch
    {
        nameof(DisclosureOptions.RequestNaturalDays) => DisclosureOptions.Default with { RequestNaturalDays = value },
        nameof(DisclosureOptions.CommentWorkingDays) => DisclosureOptions.Default with { CommentWorkingDays = value },
        nameof(DisclosureOptions.StageWorkingDays) => DisclosureOptions.Default with { StageWorkingDays = value },
        _ => throw new ArgumentException("Unknown option " + option, nameof(option)),
    };
}
