using System;
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
}
