using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Accountability;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// The entry's structure (权责清单: 主项/子项, 行使层级, 职责对象, 审核转报, 实施主体代码, 环节责任事项与追责情形): each rule
/// passes a well-formed entry (the failing examples are in <see cref="CatalogRuleTests"/>), the GB/T 39554.1 code is checked
/// against the implementing body with real codes, the sub-item rules agree with a simple reference, and the accountability
/// side finds stage circumstances naming unknown matters.
/// </summary>
public class CatalogStructureTests
{
    // 武山县 (620524, 天水市, 甘肃省): the implementation code of GB/T 39554.1 and the body 116205240139604228, registered by
    // the authority of area 620524 (positions 3–8), so the code's area and the body's registration area are the same county.
    private const string Wushan = "000101001000-620524000000-116205240139604228-00";

    private static readonly UnifiedSocialCreditCode WushanBody = UnifiedSocialCreditCode.Parse("116205240139604228");

    // A Sichuan body registered in 511301 (南充市顺庆区): not the Gansu body of the code.
    private static readonly UnifiedSocialCreditCode SichuanBody = UnifiedSocialCreditCode.Parse("115113010833722043");

    private static readonly CatalogValidator ServiceItems = new(CatalogRuleOptions.Default with { CodeFormat = PowerCodeFormat.GovernmentServiceItem });

    private static readonly Power Main = RulePowers.Valid with
    {
        ExercisingLevels = ExercisingLevels.County | ExercisingLevels.Township,
        ServiceObjects = ServiceObjects.Citizens,
        ForwardedForReview = true,
        Stages =
        [
            new StageResponsibility(PowerStage.Acceptance, ["公示应当提交的材料", "一次性告知补正材料", "依法受理或不予受理（不予受理的应当告知理由）"], ["procrastination"]),
            new StageResponsibility(PowerStage.Review, ["对申请材料进行审查，提出初审意见"], ["abuse-of-power"]),
            new StageResponsibility(PowerStage.Decision, ["作出准予或不予许可的决定，不予许可的书面说明理由"]),
        ],
    };

    private static readonly Power SubItem = Main with { Code = PowerCode.Parse("62052400MZ-XK-0002"), Name = "乡村建设规划许可（变更）", MainItem = Main.Code };

    [Fact]
    public void A_main_item_and_its_sub_item_with_levels_objects_forwarding_and_stages_pass_every_rule()
    {
        var result = CatalogValidator.Default.Validate([Main, SubItem]);

        Assert.Empty(result.Findings);
        Assert.False(Main.IsSubItem);
        Assert.True(SubItem.IsSubItem);
    }

    [Theory]
    // Forwarding needs a level above the lowest one listed (the level that decides); the province alone forwards to the
    // central departments; with no level stated nothing is judged.
    [InlineData(ExercisingLevels.Township, false)]
    [InlineData(ExercisingLevels.County, false)]
    [InlineData(ExercisingLevels.City, false)]
    [InlineData(ExercisingLevels.County | ExercisingLevels.Township, true)]
    [InlineData(ExercisingLevels.Province | ExercisingLevels.Township, true)]
    [InlineData(ExercisingLevels.Province, true)]
    [InlineData(ExercisingLevels.None, true)]
    public void Forwarding_for_review_needs_a_level_to_forward_to(ExercisingLevels levels, bool passes)
    {
        var forwarded = CatalogValidator.Default.Validate(Main with { ExercisingLevels = levels }).Findings;
        var notForwarded = CatalogValidator.Default.Validate(Main with { ExercisingLevels = levels, ForwardedForReview = false }).Findings;

        Assert.Equal(passes, forwarded.All(f => f.Code != CatalogRuleCodes.ForwardingWithoutHigherLevel));
        Assert.Empty(notForwarded);
    }

    [Fact]
    public void A_GBT_39554_code_that_fits_its_implementing_body_and_area_passes()
    {
        var power = Main with { Code = new PowerCode(Wushan), ImplementingBodyCreditCode = WushanBody, ImplementingBodyArea = AdministrativeAreaCode.Parse("620524") };

        Assert.Empty(ServiceItems.Validate(power).Findings);
    }

    [Fact]
    public void A_GBT_39554_code_naming_another_body_than_the_entrys_is_an_error_from_the_codes_check()
    {
        var power = Main with { Code = new PowerCode(Wushan), ImplementingBodyCreditCode = SichuanBody };

        var finding = Assert.Single(ServiceItems.Validate(power).Findings);

        Assert.Equal(CodeRuleCodes.ItemCodeBodyMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Code", finding.Path);
        Assert.Contains("names the implementing body 116205240139604228, but the item is implemented by 115113010833722043", finding.Message, StringComparison.Ordinal);
        Assert.Contains("实施主体统一社会信用代码为116205240139604228", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GBT_39554_code_whose_area_differs_from_the_entrys_area_is_an_error()
    {
        // The entry says the body is in 620502 (秦州区), the code says 620524 (武山县).
        var power = Main with { Code = new PowerCode(Wushan), ImplementingBodyCreditCode = WushanBody, ImplementingBodyArea = AdministrativeAreaCode.Parse("620502") };

        var finding = Assert.Single(ServiceItems.Validate(power).Findings);

        Assert.Equal(CodeRuleCodes.ItemCodeAreaMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("is implemented in area 620524000000, but the entry's implementing body is in area 620502", finding.Message, StringComparison.Ordinal);
        Assert.Contains("实施主体所在区划为620502", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GBT_39554_code_whose_body_was_registered_elsewhere_in_the_province_gives_the_codes_warning()
    {
        // 广安市广安区 (511602) item whose body was registered by 511301 (南充市顺庆区): same province, neither area contains the
        // other, so CheckArea warns; the entry states that very body, so there is no body mismatch.
        var power = Main with { Code = new PowerCode("511A0138000000-511602000000-115113010833722043-00"), ImplementingBodyCreditCode = SichuanBody };

        var finding = Assert.Single(ServiceItems.Validate(power).Findings);

        Assert.Equal(CodeRuleCodes.ItemCodeAreaMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void A_short_form_code_is_not_checked_against_the_body()
    {
        var power = Main with { ImplementingBodyCreditCode = SichuanBody, ImplementingBodyArea = AdministrativeAreaCode.Parse("620524") };

        Assert.Empty(CatalogValidator.Default.Validate(power).Findings);
    }

    [Fact]
    public void Every_problem_of_the_stages_is_reported_at_once()
    {
        var power = Main with
        {
            Stages =
            [
                new StageResponsibility(PowerStage.Filing, []),
                null!,
                new StageResponsibility(PowerStage.Filing, ["", "十个工作日内予以立案"], [" "]),
            ],
        };

        var findings = CatalogValidator.Default.Validate(power).Findings;

        Assert.Equal(
            [
                (CatalogRuleCodes.StageResponsibilitiesMissing, "Stages[0].Responsibilities"),
                (CatalogRuleCodes.StageNull, "Stages[1]"),
                (CatalogRuleCodes.StageDuplicate, "Stages[2].Stage"),
                (CatalogRuleCodes.StageResponsibilityBlank, "Stages[2].Responsibilities[0]"),
                (CatalogRuleCodes.StageAccountabilityMatterBlank, "Stages[2].AccountabilityMatters[0]"),
            ],
            findings.Select(f => (f.Code, f.Path)));
    }

    [Fact]
    public void A_main_item_listed_after_its_sub_item_is_found()
    {
        Assert.Empty(CatalogValidator.Default.Validate([SubItem, Main]).Findings);
    }

    [Fact]
    public void One_power_alone_does_not_judge_its_main_item()
    {
        Assert.Empty(CatalogValidator.Default.Validate(SubItem).Findings);
    }

    [Fact]
    public void Powers_differ_and_compare_by_the_new_members()
    {
        var copy = Main with { Stages = [.. Main.Stages.Select(s => s with { Responsibilities = [.. s.Responsibilities] })] };

        Assert.Equal(Main, copy);
        Assert.Equal(Main.GetHashCode(), copy.GetHashCode());
        Assert.Equal(["MainItem"], Main.DifferingMembers(SubItem with { Code = Main.Code, Name = Main.Name }));
        Assert.Equal(
            ["ExercisingLevels", "ServiceObjects", "ForwardedForReview", "ImplementingBodyCreditCode", "ImplementingBodyArea", "Stages"],
            Main.DifferingMembers(Main with
            {
                ExercisingLevels = ExercisingLevels.Province,
                ServiceObjects = ServiceObjects.LegalPersons,
                ForwardedForReview = false,
                ImplementingBodyCreditCode = WushanBody,
                ImplementingBodyArea = AdministrativeAreaCode.Parse("620524"),
                Stages = [],
            }));
    }

    /// <summary>
    /// Lists of entries with codes 0001–0006 of one category or another, each possibly a sub-item of one of those codes:
    /// the sub-item findings are exactly those of a reference written from the rules (the first entry of each code is the
    /// one a main item refers to).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property The_sub_item_rules_agree_with_a_simple_reference() =>
        Prop.ForAll(Lists().ToArbitrary(), powers =>
        {
            var result = CatalogValidator.Default.Validate(powers);
            var actual = result.Powers.Select(p => p.Findings.Where(f => f.Path == "MainItem").Select(f => f.Code).ToArray()).ToArray();
            return actual.Zip(powers, (codes, power) => codes.SequenceEqual(Reference(power, powers))).All(ok => ok);
        });

    [Fact]
    public void Stage_circumstances_naming_unknown_matters_are_reported_from_the_accountability_side()
    {
        var catalog = new PowerCatalog(
        [
            Main with
            {
                Stages =
                [
                    new StageResponsibility(PowerStage.Acceptance, ["依法受理或不予受理"], ["procrastination", "late-filing"]),
                    new StageResponsibility(PowerStage.Decision, ["作出决定"], ["abuse-of-power", "", "bribery"]),
                ],
            },
        ]);

        var findings = CatalogAccountabilityLinks.Check(catalog, AccountabilityMatter.WellKnown);

        Assert.Equal(
            ["Powers[62052400MZ-XK-0001].Stages[0].AccountabilityMatters[1]", "Powers[62052400MZ-XK-0001].Stages[1].AccountabilityMatters[2]"],
            findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(CatalogAccountabilityLinks.UnknownAccountabilityMatter, f.Code));
        Assert.Equal(["late-filing", "bribery"], findings.Select(f => f.AttemptedValue));
        Assert.Contains("The stage acceptance (受理) of '62052400MZ-XK-0001' names the accountability matter 'late-filing', which is not one of the 10 matters given", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("“受理”环节所列追责情形“late-filing”不是所给10项追责事项之一", findings[0].ChineseMessage, StringComparison.Ordinal);
        Assert.Empty(CatalogAccountabilityLinks.Check(catalog, [.. AccountabilityMatter.WellKnown, new AccountabilityMatter("late-filing", "逾期立案", "Late filing"), new AccountabilityMatter("bribery", "索贿受贿", "Bribery")]));
        Assert.Throws<ArgumentNullException>(() => CatalogAccountabilityLinks.Check(null!, []));
    }

    private static Gen<Power[]> Lists()
    {
        var code = Gen.Choose(1, 6);
        var entry =
            from serial in code
            from penalty in Gen.Elements(false, false, true)
            from main in Gen.OneOf(Gen.Constant<int?>(null), code.Select(c => (int?)c))
            select Entry(serial, penalty, main);
        return entry.ArrayOf();
    }

    private static Power Entry(int serial, bool penalty, int? main) => RulePowers.Valid with
    {
        Code = PowerCode.Parse(Code(serial, penalty)),
        Category = penalty ? PowerCategory.Penalty : PowerCategory.Licensing,
        MainItem = main is { } m ? PowerCode.Parse(Code(m, false)) : null,
    };

    private static string Code(int serial, bool penalty) => "62052400MZ-" + (penalty ? "CF" : "XK") + "-000" + serial;

    /// <summary>The rules read naively: self, else missing, else (sub-item of a sub-item, then category).</summary>
    private static IEnumerable<string> Reference(Power power, Power[] all)
    {
        if (power.MainItem is not { } main)
        {
            yield break;
        }

        if (main == power.Code)
        {
            yield return CatalogRuleCodes.MainItemIsSelf;
            yield break;
        }

        var parent = all.FirstOrDefault(p => p.Code == main);
        if (parent is null)
        {
            yield return CatalogRuleCodes.MainItemMissing;
            yield break;
        }

        if (parent.MainItem is not null)
        {
            yield return CatalogRuleCodes.MainItemIsSubItem;
        }

        if (!parent.Category!.Equals(power.Category))
        {
            yield return CatalogRuleCodes.MainItemCategoryMismatch;
        }
    }
}
