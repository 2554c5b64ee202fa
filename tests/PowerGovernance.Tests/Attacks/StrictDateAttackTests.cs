using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5 (dates): <c>2024-05-01\0junk</c> parsed, because NodaTime's pattern parser takes U+0000 for the end
/// of the text. A date read from text has nothing before or after it.
/// </summary>
public class StrictDateAttackTests
{
    public static readonly TheoryData<string> TrailingJunk = new()
    {
        "2024-05-01\0junk",
        "2024-05-01\0",
        "2024-10-15\0\0\0\0\0\0\0\0",
        "2024-05-01\u0001",
        "2024-05-01\n",
        "2024-05-01 ",
        " 2024-05-01",
        "2024-05-01x",
        "\02024-05-01",
    };

    [Theory]
    [MemberData(nameof(TrailingJunk))]
    public void A_date_argument_refuses_anything_trailing(string text)
    {
        Assert.False(ProcedureEngine.SuspendedUntil.Accepts(text));
        Assert.False(ProcedureEngine.SuspendedUntil.TryParse(text, out _));
        Assert.Null(ClockTransitions.ParseDate(text));
        Assert.Null(IsoText.ParseDate(text));
    }

    [Theory]
    [InlineData("2024-05-01T00:00:00Z\0junk")]
    [InlineData("2024-05-01T00:00:00Z\0")]
    public void An_instant_refuses_anything_trailing(string text) => Assert.Null(IsoText.ParseInstant(text));

    [Fact]
    public void Well_formed_dates_and_instants_still_read()
    {
        Assert.Equal(new LocalDate(2024, 5, 1), ClockTransitions.ParseDate("2024-05-01"));
        Assert.Equal(new LocalDate(2024, 5, 1), IsoText.ParseDate("2024-05-01"));
        Assert.Equal(Instant.FromUtc(2024, 5, 1, 1, 30), IsoText.ParseInstant("2024-05-01T01:30:00Z"));
    }

    [Fact]
    public void A_suspension_until_a_date_with_junk_after_a_NUL_given_as_text_is_refused_and_names_the_argument()
    {
        var reviewer = new Actor("钱审查", AdministrativeLicensing.Reviewer);
        var clerk = new Actor("赵窗口", AdministrativeLicensing.Clerk);
        var walk = CaseWalk.Start(BuiltInProcedures.AdministrativeLicensing, BuiltInPowers.Licensing, clerk, At(2024, 9, 23))
            .Fire(AdministrativeLicensing.Triggers.Accept.Id, clerk, At(2024, 9, 24));
        var arguments = TriggerArguments.FromText(new Dictionary<string, string> { ["cause"] = "检验", ["until"] = "2024-10-15\0junk" });

        var result = Engine.Fire(walk.Snapshot, AdministrativeLicensing.Triggers.Suspend.Id, reviewer, At(2024, 9, 25), arguments);

        Assert.False(result.IsAccepted);
        Assert.Equal(RejectionKind.ArgumentInvalid, result.Rejection);
        Assert.Equal("Arguments[until]", Assert.Single(result.Findings).Path);
    }
}
