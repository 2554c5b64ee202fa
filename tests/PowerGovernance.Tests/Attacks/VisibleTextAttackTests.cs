using System;
using System.Collections.Generic;
using PowerGovernance.Accountability;
using PowerGovernance.FrontDesk;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.FrontDesk;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5 (reasons): a reason made only of U+200B counted as written. A required reason or text has
/// something visible in it: white space, zero-width, format and control characters alone count as missing.
/// </summary>
public class VisibleTextAttackTests
{
    public static readonly TheoryData<string> Invisible = new()
    {
        "\u200B",
        "\u200B\u200C\u200D",
        "\u2060\uFEFF",
        "\u200E\u200F\u202A\u202C",
        "\u00AD",
        "\0\u0001\u007F",
        " \u3000\t\u200B ",
        "\u0085\u2028",
    };

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Invisible_text_has_no_visible_text(string text) => Assert.False(VisibleText.HasVisibleText(text));

    [Fact]
    public void A_lone_surrogate_is_not_visible_text() => Assert.False(VisibleText.HasVisibleText(new string('\uD800', 1) + "\u200B"));

    [Theory]
    [InlineData("理由")]
    [InlineData("\u200Bx")]
    [InlineData("a")]
    [InlineData("\U0001F4C4")]
    public void Text_with_one_visible_character_has_visible_text(string text) => Assert.True(VisibleText.HasVisibleText(text));

    [Theory]
    [MemberData(nameof(Invisible))]
    public void A_required_reason_of_invisible_characters_is_missing(string reason)
    {
        var walk = Open(At(2024, 8, 26), caseId: "attack-reason");

        var refused = walk.Refuse("verify", Office, At(2024, 8, 27), reason: reason);

        Assert.Equal(RejectionKind.ReasonMissing, refused.Rejection);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void A_required_text_argument_of_invisible_characters_is_missing(string text)
    {
        var zhao = Investigator("纪委赵某");
        var walk = Open(At(2024, 8, 26), caseId: "attack-text")
            .Fire("verify", Office, At(2024, 8, 27), reason: "经初步核实，反映情况存在")
            .Fire("open-investigation", Head, At(2024, 8, 28))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 11), Args(AccountabilityProcedure.PersonArgument, zhao.Name))
            .Fire("hear", zhao, At(2024, 9, 5))
            .Fire("heard", zhao, At(2024, 9, 6), reason: "已听取");

        var refused = walk.Refuse("submit-report", zhao, At(2024, 9, 9), new Dictionary<string, string> { ["facts"] = text, ["conclusion"] = "c", ["proposal"] = "p" });

        Assert.Equal(RejectionKind.ArgumentMissing, refused.Rejection);
        Assert.Equal("Arguments[facts]", Assert.Single(refused.Findings).Path);
        Assert.False(AccountabilityProcedure.Arguments.Facts.Accepts(text));
    }

    [Fact]
    public void A_subject_named_only_with_zero_width_characters_cannot_be_registered()
    {
        var error = Assert.Throws<ArgumentException>(() => Proceedings.Open("attack-subject", Procedures.BuiltIn.BuiltInPowers.Accountability.Code, Office, At(2024, 8, 26), "\u200B\u200B", AccountabilityMatter.Procrastination, AccountabilitySource.CitizenComplaint));
        Assert.Contains("subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_desk_answer_of_zero_width_characters_is_missing()
    {
        var desk = new FirstInquiryDesk(DeskFixture.Calendar, DeskPowers.Catalog);
        var question = desk.Log("WZ-attack-01", "王某", null, InquiryChannel.Website, "失业登记需要带哪些材料？", "党政办公室李某", DeskFixture.At(2024, 2, 19, 9));

        var answer = desk.Answer(question, "\u200B\u200B", DeskFixture.At(2024, 2, 19, 10));

        Assert.False(answer.IsAccepted);
        Assert.Equal(FrontDeskRuleCodes.ResultMissing, Assert.Single(answer.Findings).Code);
        Assert.Throws<ArgumentException>(() => desk.Log("WZ-attack-02", "王某", null, InquiryChannel.Website, "\u200B", "党政办公室李某", DeskFixture.At(2024, 2, 19, 9)));
    }
}
