using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Calendars;

public class TimeLimitTests
{
    [Fact]
    public void A_limit_names_its_kind_in_English_and_Chinese()
    {
        Assert.Equal("20 working days", TimeLimit.WorkingDays(20).ToString());
        Assert.Equal("1 natural day", TimeLimit.NaturalDays(1).ToString());
        Assert.Equal("20个工作日", TimeLimit.WorkingDays(20).ToChineseString());
        Assert.Equal("90日", TimeLimit.NaturalDays(90).ToChineseString());
    }

    [Fact]
    public void Limits_are_equal_only_with_the_same_kind_and_days()
    {
        Assert.Equal(TimeLimit.WorkingDays(15), TimeLimit.WorkingDays(15));
        Assert.True(TimeLimit.WorkingDays(15) != TimeLimit.NaturalDays(15));
        Assert.Equal(TimeLimit.WorkingDays(0), default);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(TimeLimit.MaxDays + 1)]
    public void Out_of_range_days_are_refused(int days)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(days));

        Assert.Equal("days", error.ParamName);
        Assert.Contains("between 0 and 36500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_ends_at_local_midnight_in_its_zone()
    {
        var shanghai = new Deadline(new LocalDate(2024, 10, 23), Deadline.ChinaStandardZone);
        var utc = new Deadline(new LocalDate(2024, 10, 23), DateTimeZone.Utc);

        Assert.Equal(Instant.FromUtc(2024, 10, 23, 16, 0), shanghai.End);
        Assert.Equal(Instant.FromUtc(2024, 10, 24, 0, 0), utc.End);
        Assert.Equal("2024-10-23 24:00 (Asia/Shanghai)", shanghai.ToString());
        Assert.Equal("Asia/Shanghai", default(Deadline).Zone.Id);
    }

    [Fact]
    public void Shanghai_summer_time_in_1988_is_respected()
    {
        // Shanghai used UTC+9 in summer 1988: midnight at the end of 1988-07-01 was 15:00 UTC.
        var deadline = new Deadline(new LocalDate(1988, 7, 1), Deadline.ChinaStandardZone);

        Assert.Equal(Instant.FromUtc(1988, 7, 1, 15, 0), deadline.End);
    }

    [Theory]
    [InlineData("20个工作日", TimeLimitKind.WorkingDays, 20)]
    [InlineData("20工作日", TimeLimitKind.WorkingDays, 20)]
    [InlineData(" 20 个 工作日 ", TimeLimitKind.WorkingDays, 20)]
    [InlineData("20 working days", TimeLimitKind.WorkingDays, 20)]
    [InlineData("1 working day", TimeLimitKind.WorkingDays, 1)]
    [InlineData("15  Working\tDays", TimeLimitKind.WorkingDays, 15)]
    [InlineData("０个工作日", TimeLimitKind.WorkingDays, 0)]
    [InlineData("90日", TimeLimitKind.NaturalDays, 90)]
    [InlineData("90天", TimeLimitKind.NaturalDays, 90)]
    [InlineData("90个自然日", TimeLimitKind.NaturalDays, 90)]
    [InlineData("90自然日", TimeLimitKind.NaturalDays, 90)]
    [InlineData("90 natural days", TimeLimitKind.NaturalDays, 90)]
    [InlineData("1 natural day", TimeLimitKind.NaturalDays, 1)]
    [InlineData("90 days", TimeLimitKind.NaturalDays, 90)]
    [InlineData("1 DAY", TimeLimitKind.NaturalDays, 1)]
    [InlineData("６０天", TimeLimitKind.NaturalDays, 60)]
    [InlineData("36500日", TimeLimitKind.NaturalDays, TimeLimit.MaxDays)]
    public void Parse_reads_Chinese_and_English_forms(string text, TimeLimitKind kind, int days)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal(kind, limit.Kind);
        Assert.Equal(days, limit.Days);
        Assert.True(TimeLimit.TryParse(text, out var tried));
        Assert.Equal(limit, tried);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("20")]
    [InlineData("个工作日")]
    [InlineData("二十个工作日")]
    [InlineData("-5日")]
    [InlineData("20 weeks")]
    [InlineData("20个月")]
    [InlineData("20 working")]
    [InlineData("20.5日")]
    [InlineData("20日以内")]
    [InlineData("36501日")]
    [InlineData("99999999999999999999日")]
    public void Parse_refuses_other_text_and_lists_the_accepted_forms(string text)
    {
        Assert.False(TimeLimit.TryParse(text, out var limit));
        Assert.Equal(default, limit);

        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));
        Assert.Contains("'" + text + "' is not a time limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("from 0 to 36500", error.Message, StringComparison.Ordinal);
        foreach (var form in new[] { "20个工作日", "20工作日", "90日", "90天", "90个自然日", "20 working days", "1 working day", "90 natural days", "90 days" })
        {
            Assert.Contains("'" + form + "'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryParse_of_null_is_false_and_Parse_of_null_throws_ArgumentNullException()
    {
        Assert.False(TimeLimit.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => TimeLimit.Parse(null!));
    }

    [Fact]
    public void Parse_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR"); // dotted/dotless i: "DAYS".ToLower() differs
            Assert.Equal(TimeLimit.NaturalDays(3), TimeLimit.Parse("3 DAYS"));
            Assert.Equal(TimeLimit.WorkingDays(3), TimeLimit.Parse("3 WORKING DAYS"));
            Assert.Equal("3 working days", TimeLimit.WorkingDays(3).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Property]
    public Property Parse_reads_back_what_ToString_and_ToChineseString_write() =>
        Prop.ForAll(
            Gen.Choose(0, TimeLimit.MaxDays).SelectMany(days => Gen.Elements(TimeLimit.WorkingDays(days), TimeLimit.NaturalDays(days))).ToArbitrary(),
            limit => TimeLimit.Parse(limit.ToString()) == limit && TimeLimit.Parse(limit.ToChineseString()) == limit);
}
