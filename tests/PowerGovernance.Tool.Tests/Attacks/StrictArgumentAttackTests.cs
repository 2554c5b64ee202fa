using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Tool.Commands;

namespace PowerGovernance.Tool.Tests.Attacks;

/// <summary>Issue 14, finding 5 (dates): <c>2024-05-01\0junk</c> parsed as a day of receipt; it is refused, and the echo shows the NUL.</summary>
public class StrictArgumentAttackTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2024, 9, 27, 2, 0));

    [Theory]
    [InlineData("2024-05-01\0junk")]
    [InlineData("2024-05-01\0")]
    [InlineData("2024-05-01\u0001")]
    public void A_day_of_receipt_with_anything_after_it_is_refused(string text)
    {
        var error = Assert.Throws<ToolException>(() => ArgumentParsers.ParseDate(text, Clock));

        Assert.Equal("InvalidDate", error.Code);
        Assert.DoesNotContain('\0', error.Message);
        Assert.Contains("2024-05-01\\u00", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_day_of_receipt_still_reads() =>
        Assert.Equal(new LocalDate(2024, 5, 1), ArgumentParsers.ParseDate("2024-05-01", Clock));
}
