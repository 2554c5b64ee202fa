using System.Linq;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Risks;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Risks;

/// <summary>The risk register: every risk point names an existing power or post, a level and at least one control.</summary>
public class RiskRegisterTests
{
    internal static readonly Post[] Posts = [MinimumLivingAllowance.CivilAffairsOfficer, MinimumLivingAllowance.VillageCommittee, LeaderOwnedCase.CaseLeader];

    internal static RiskRegister Sound { get; } = new(
    [
        new RiskPoint("MZ-JF-0002-R1", BuiltInPowers.LivingAllowance.Code, MinimumLivingAllowance.CivilAffairsOfficer, "入户核查不实，人情保、关系保", RiskLevel.High, ["两人以上入户核查并签字", "张榜公示七日接受监督"]),
        new RiskPoint("MZ-JF-0002-R2", BuiltInPowers.LivingAllowance.Code, null, "审批超时", RiskLevel.Medium, ["电子监察督办板逾期预警"]),
        new RiskPoint("ZZ-R1", null, LeaderOwnedCase.CaseLeader, "包案调处推诿扯皮", RiskLevel.Low, ["一把手会议通报督促"]),
    ]);

    [Fact]
    public void A_sound_register_has_no_findings_and_grades_powers_and_posts_by_their_highest_point()
    {
        Assert.Empty(Sound.Validate(BuiltInPowers.Catalog, Posts));
        Assert.Equal(RiskLevel.High, Sound.LevelOf(BuiltInPowers.LivingAllowance.Code));
        Assert.Equal(RiskLevel.Low, Sound.LevelOf(LeaderOwnedCase.CaseLeader));
        Assert.Null(Sound.LevelOf(BuiltInPowers.Licensing.Code));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_field_value_and_rule_in_both_languages()
    {
        var register = new RiskRegister(
        [
            new RiskPoint("R1", PowerCode.Parse("62052400MZ-XK-0099"), new Post("不存在的岗位", "No such post"), "\u200B", (RiskLevel)7, []),
            new RiskPoint("R1", null, null, "收受好处", RiskLevel.High, ["双人办理", " "]),
            null!,
        ]);

        var findings = register.Validate(BuiltInPowers.Catalog, Posts);

        Assert.Equal(
            [
                (RiskRuleCodes.PowerUnknown, "Points[0].Power", "62052400MZ-XK-0099"),
                (RiskRuleCodes.PostUnknown, "Points[0].Post", "不存在的岗位"),
                (RiskRuleCodes.DescriptionMissing, "Points[0].Description", "\u200B"),
                (RiskRuleCodes.LevelUndefined, "Points[0].Level", "7"),
                (RiskRuleCodes.ControlMissing, "Points[0].Controls", null),
                (RiskRuleCodes.IdDuplicate, "Points[1].Id", "R1"),
                (RiskRuleCodes.SubjectMissing, "Points[1]", null),
                (RiskRuleCodes.ControlBlank, "Points[1].Controls[1]", " "),
                (RiskRuleCodes.SubjectMissing, "Points[2]", null),
            ],
            findings.Select(f => (f.Code, f.Path, f.AttemptedValue)));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message) || string.IsNullOrWhiteSpace(f.ChineseMessage)));
        Assert.Equal("职权目录中没有该编码的职权。", findings[0].ChineseMessage);
    }

    [Fact]
    public void Risk_points_compare_by_value_controls_included()
    {
        var a = new RiskPoint("R", null, LeaderOwnedCase.CaseLeader, "d", RiskLevel.Low, ["x", "y"]);
        var b = a with { Controls = ["x", "y"] };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Controls = ["x"] });
    }
}
