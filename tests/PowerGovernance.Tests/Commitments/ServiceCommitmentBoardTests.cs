using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Commitments;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Commitments;

/// <summary>服务承诺制: each post's commitments published for the counter and the website, nothing confidential.</summary>
public class ServiceCommitmentBoardTests
{
    private static readonly Post CivilAffairs = new("民政办", "Civil-affairs office");

    private static readonly Power Secret = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0099"),
        Name = "涉密事项",
        Category = PowerCategory.Other,
        CommittedTimeLimit = TimeLimit.WorkingDays(5),
        Confidentiality = new Confidentiality(true, "涉及国家秘密", "《保守国家秘密法》第九条"),
    };

    private static readonly Power NoCommitment = BuiltInPowers.InformationRequest with { Code = PowerCode.Parse("62052400MZ-QT-0098"), CommittedTimeLimit = null };

    private static readonly PowerCatalog Catalog = new([.. BuiltInPowers.Catalog, Secret, NoCommitment]);

    private static PostCommitment Zhang(params PowerCode[] powers) => new(
        "mz-zhang-001", "张某", "民政办主任", CivilAffairs, ["最低生活保障审核", "五保供养审核"], powers, "0830-6123456");

    [Fact]
    public void The_board_shows_name_title_post_duties_committed_limits_and_complaint_telephone_in_both_languages()
    {
        var findings = ServiceCommitmentBoard.Publish([Zhang(BuiltInPowers.LivingAllowance.Code)], Catalog, out var board);

        Assert.Empty(findings);
        var card = Assert.Single(board);
        Assert.Equal("张某", card.Name);
        Assert.Equal("民政办主任", card.Title);
        var service = Assert.Single(card.Services);
        Assert.Equal(TimeLimit.NaturalDays(16), service.CommittedLimit);
        Assert.Equal(TimeLimit.NaturalDays(25), service.LegalLimit);
        Assert.Equal("城乡居民最低生活保障审批", service.Name);

        var text = card.ToCard();
        Assert.Contains("姓名 Name: 张某\n", text, System.StringComparison.Ordinal);
        Assert.Contains("岗位 Post: 民政办 / Civil-affairs office\n", text, System.StringComparison.Ordinal);
        Assert.Contains("岗位职责 Duties: 最低生活保障审核；五保供养审核\n", text, System.StringComparison.Ordinal);
        Assert.Contains("承诺时限 committed: ", text, System.StringComparison.Ordinal);
        Assert.Contains("投诉电话 Complaints: 0830-6123456\n", text, System.StringComparison.Ordinal);

        // Nothing confidential: the person's id is the office's, never the public's.
        Assert.DoesNotContain("mz-zhang-001", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(PublishedCommitment).GetProperties(), p => p.Name.Contains("Person", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_confidential_power_is_withheld_an_unlisted_one_reported_and_a_missing_committed_limit_warned()
    {
        var unlisted = PowerCode.Parse("62052400MZ-QT-0777");
        var findings = ServiceCommitmentBoard.Publish([Zhang(Secret.Code, unlisted, NoCommitment.Code, BuiltInPowers.LivingAllowance.Code)], Catalog, out var board);

        Assert.Equal(
            [
                (ServiceCommitmentBoard.PowerWithheld, FindingSeverity.Info),
                (ServiceCommitmentBoard.PowerNotListed, FindingSeverity.Error),
                (ServiceCommitmentBoard.CommittedLimitMissing, FindingSeverity.Warning),
            ],
            findings.Select(f => (f.Code, f.Severity)).ToArray());
        Assert.All(findings, f => Assert.Equal("Commitments[0].Powers", f.Path));
        Assert.All(findings, f => Assert.Contains("民政办", f.ChineseMessage, System.StringComparison.Ordinal));

        var card = Assert.Single(board);
        Assert.Equal([NoCommitment.Code, BuiltInPowers.LivingAllowance.Code], card.Services.Select(s => s.Power));
        Assert.DoesNotContain("涉密事项", card.ToCard(), System.StringComparison.Ordinal);
        Assert.Contains("未定 / not set", card.ToCard(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_commitment_without_duties_or_with_a_power_twice_is_refused()
    {
        Assert.Throws<System.ArgumentException>(() => new PostCommitment("p1", "张某", "主任", CivilAffairs, [], [], "0830-1"));
        Assert.Throws<System.ArgumentException>(() => new PostCommitment("p1", "张某", "主任", CivilAffairs, ["\u200B"], [], "0830-1"));
        Assert.Throws<System.ArgumentException>(() => new PostCommitment("p1", "张某", "主任", CivilAffairs, ["审核"], [BuiltInPowers.LivingAllowance.Code, BuiltInPowers.LivingAllowance.Code], "0830-1"));
        Assert.Throws<System.ArgumentException>(() => new PostCommitment(" p1", "张某", "主任", CivilAffairs, ["审核"], [], "0830-1"));
        Assert.Equal(Zhang(), Zhang());
    }
}
