using System;
using System.Linq;
using System.Text.Json;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

/// <summary>
/// The entry's structure (主项/子项, 行使层级, 职责对象, 审核转报, 实施主体统一社会信用代码和行政区划, 环节责任事项与追责情形) in CSV
/// and JSON: written, read back, and refused with line, column and both languages when malformed.
/// </summary>
public class CatalogStructureSerializationTests
{
    // 武山县 (620524): GB/T 39554.1 implementation codes of a main item and its sub-item, both implemented by the body
    // 116205240139604228 (registered in 620524; its check character 8 is valid under GB 32100).
    private const string MainCode = "000101001000-620524000000-116205240139604228-00";
    private const string SubCode = "000101001000-620524000000-116205240139604228-01";

    private const string Header = "权力编码,项目名称,权力类别,法律依据,启动方式,是否涉密,所属主项编码,行使层级,职责对象,审核转报,实施主体统一社会信用代码,实施主体行政区划代码,责任事项";

    private static readonly Power Main = SamplePowers.MinimumLivingAllowance with
    {
        Code = new PowerCode(MainCode),
        ExercisingLevels = ExercisingLevels.County | ExercisingLevels.Township,
        ServiceObjects = ServiceObjects.Citizens,
        ForwardedForReview = true,
        ImplementingBodyCreditCode = UnifiedSocialCreditCode.Parse("116205240139604228"),
        ImplementingBodyArea = AdministrativeAreaCode.Parse("620524"),
        Stages =
        [
            new StageResponsibility(PowerStage.Acceptance, ["公示应当提交的材料", "一次性告知补正材料"], ["procrastination"]),
            new StageResponsibility(PowerStage.Review, ["入户调查核实：家庭收入和财产状况"], ["abuse-of-power", "falsification"]),
            new StageResponsibility(PowerStage.Decision, ["签署审核意见，报县民政局审批"]),
        ],
    };

    private static readonly Power Sub = Main with { Code = new PowerCode(SubCode), Name = "最低生活保障审批（变更）", MainItem = new PowerCode(MainCode), Stages = [] };

    private static readonly PowerCatalog Catalog = new([Main, Sub]);

    [Fact]
    public void The_new_columns_are_written_in_Chinese_and_read_back()
    {
        var csv = CatalogCsv.Export(Catalog);

        var header = csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.EndsWith(",所属主项编码,行使层级,职责对象,审核转报,实施主体统一社会信用代码,实施主体行政区划代码,责任事项", header, StringComparison.Ordinal);
        // The stage cell holds line breaks, so it is quoted; each stage is one line.
        Assert.Contains(",,县级、乡镇级,自然人,是,116205240139604228,620524,\"受理：公示应当提交的材料；一次性告知补正材料【追责：procrastination】\n审查：入户调查核实：家庭收入和财产状况【追责：abuse-of-power、falsification】\n决定：签署审核意见，报县民政局审批\"", csv, StringComparison.Ordinal);
        Assert.Contains("," + MainCode + ",县级、乡镇级,自然人,是,116205240139604228,620524,", csv, StringComparison.Ordinal);
        Assert.Equal(Catalog.Powers, CatalogCsv.Import(csv).Powers);
    }

    [Fact]
    public void The_new_columns_are_written_in_English_and_read_back()
    {
        var options = CatalogCsvOptions.Default with { Language = CatalogCsvLanguage.English };

        var csv = CatalogCsv.Export(Catalog, options);

        Assert.Contains("MainItem,ExercisingLevels,ServiceObjects,ForwardedForReview,ImplementingBodyCreditCode,ImplementingBodyArea,Stages", csv, StringComparison.Ordinal);
        Assert.Contains("County; Township,Citizens,yes,", csv, StringComparison.Ordinal);
        Assert.Contains("Acceptance: 公示应当提交的材料；一次性告知补正材料【accountability: procrastination】", csv, StringComparison.Ordinal);
        Assert.Equal(Catalog.Powers, CatalogCsv.Import(csv, options).Powers);
    }

    [Fact]
    public void The_words_catalogs_write_are_read()
    {
        var csv = Header + "\n"
            + "62052400MZ-XK-0001,许可,行政许可,,依申请,否,,省、县、乡镇,公民；法人、其他组织,否,91350100M000100Y43,350100,\"受理责任：公示应当提交的材料\n\n调查取证: 现场核查【追责:inaction, rudeness】\n其他：\"\n";

        var power = Assert.Single(CatalogCsv.Import(csv));

        Assert.Null(power.MainItem);
        Assert.Equal(ExercisingLevels.Province | ExercisingLevels.County | ExercisingLevels.Township, power.ExercisingLevels);
        Assert.Equal(ServiceObjects.Citizens | ServiceObjects.LegalPersons | ServiceObjects.OtherOrganisations, power.ServiceObjects);
        Assert.False(power.ForwardedForReview);
        Assert.Equal("91350100M000100Y43", power.ImplementingBodyCreditCode?.Value);
        Assert.Equal(AdministrativeAreaCode.Parse("350100"), power.ImplementingBodyArea);
        Assert.Equal(
            [
                new StageResponsibility(PowerStage.Acceptance, ["公示应当提交的材料"]),
                new StageResponsibility(PowerStage.Investigation, ["现场核查"], ["inaction", "rudeness"]),
                new StageResponsibility(PowerStage.Other, []),
            ],
            power.Stages);
    }

    [Fact]
    public void Every_malformed_new_cell_is_reported_at_once_with_row_column_and_both_languages()
    {
        // Credit code: the check character of 91350100M000100Y43 is 3, so ...Y44 is wrong; area 62052 has 5 digits;
        // 区级 and 外国人 are no words of the columns; 是吗 is not yes/no; the stage cell has a line without a colon and one
        // naming no stage.
        var csv = Header + "\n"
            + "62052400MZ-XK-0001,许可,行政许可,,依申请,否,,省、区级,外国人,是吗,91350100M000100Y44,62052,\"受理：公示材料\n公示材料\n复议：受理复议申请\"\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));

        Assert.Equal(
            [
                ("row 2, column 8 (行使层级)", CatalogImportRuleCodes.UnknownExercisingLevel),
                ("row 2, column 9 (职责对象)", CatalogImportRuleCodes.UnknownServiceObject),
                ("row 2, column 10 (审核转报)", CatalogImportRuleCodes.YesNoFormat),
                ("row 2, column 11 (实施主体统一社会信用代码)", CatalogImportRuleCodes.CreditCodeFormat),
                ("row 2, column 12 (实施主体行政区划代码)", CatalogImportRuleCodes.AreaCodeFormat),
                ("row 2, column 13 (责任事项)", CatalogImportRuleCodes.StageFormat),
                ("row 2, column 13 (责任事项)", CatalogImportRuleCodes.StageFormat),
            ],
            error.Findings.Select(f => (f.Path, f.Code)));
        var credit = error.Findings.Single(f => f.Code == CatalogImportRuleCodes.CreditCodeFormat);
        Assert.Contains("check character", credit.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("校验", credit.ChineseMessage, StringComparison.Ordinal);
        var stages = error.Findings.Where(f => f.Code == CatalogImportRuleCodes.StageFormat).ToArray();
        Assert.StartsWith("Line 2 of the cell, '公示材料': a stage is written as its name, a colon", stages[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("单元格第2行“公示材料”：环节应写作", stages[0].ChineseMessage, StringComparison.Ordinal);
        Assert.StartsWith("Line 3 of the cell, '复议：受理复议申请': '复议' is not a stage", stages[1].Message, StringComparison.Ordinal);
        Assert.Contains("“复议”不是环节名称", stages[1].ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("'区级' is not an exercising level", error.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("“区级”不是行使层级", error.Findings[0].ChineseMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("受理：材料【追责：procrastination")]
    [InlineData("受理：材料【追责：procrastination】再补充")]
    [InlineData("受理：材料【其他：procrastination】")]
    public void A_misplaced_accountability_marker_is_refused(string cell)
    {
        var csv = Header + "\n62052400MZ-XK-0001,许可,行政许可,,依申请,否,,,,,,,\"" + cell + "\"\n";

        var finding = Assert.Single(Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv)).Findings);

        Assert.Equal(CatalogImportRuleCodes.StageFormat, finding.Code);
        Assert.Contains("【追责：代码、代码】", finding.ChineseMessage, StringComparison.Ordinal);
        // The stage cell is parsed without being made a string; the finding still quotes the cell as written.
        Assert.Equal(cell, finding.AttemptedValue);
    }

    [Fact]
    public void A_blank_stage_cell_means_no_stages_and_an_undecodable_one_is_reported_as_such()
    {
        var blank = Header + "\n62052400MZ-XK-0001,许可,行政许可,,依申请,否,,,,,,,\"  \n \"\n";
        var garbled = Header + "\n62052400MZ-XK-0001,许可,行政许可,,依申请,否,,,,,,,\"受理：公示\uFFFD材料\"\n";

        Assert.Empty(Assert.Single(CatalogCsv.Import(blank).Powers).Stages);
        var finding = Assert.Single(Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(garbled)).Findings);
        Assert.Equal(("row 2, column 13 (责任事项)", CatalogImportRuleCodes.InvalidEncoding), (finding.Path, finding.Code));
    }

    [Fact]
    public void A_responsibility_repeated_across_entries_is_one_string_in_the_imported_catalog()
    {
        // Catalogs repeat the same responsibilities and matter codes in thousands of entries; an import keeps each text once.
        var csv = Header + "\n"
            + "62052400MZ-XK-0001,许可一,行政许可,,依申请,否,,,,,,,\"受理：一次性告知补正材料【追责：procrastination】\"\n"
            + "62052400MZ-XK-0002,许可二,行政许可,,依申请,否,,,,,,,\"受理：一次性告知补正材料【追责：procrastination】\"\n";

        var powers = CatalogCsv.Import(csv).Powers;

        var first = powers[0].Stages[0];
        var second = powers[1].Stages[0];
        Assert.Equal("一次性告知补正材料", first.Responsibilities[0]);
        Assert.Same(first.Responsibilities[0], second.Responsibilities[0]);
        Assert.Same(first.AccountabilityMatters[0], second.AccountabilityMatters[0]);
    }

    [Fact]
    public void Export_refuses_stages_that_would_not_read_back_and_names_them()
    {
        var catalog = new PowerCatalog(
        [
            Main with { Stages = [new StageResponsibility(PowerStage.Decision, ["作出决定；送达"])] },
            Sub with { Stages = [null!], ExercisingLevels = (ExercisingLevels)16 },
        ]);

        var error = Assert.Throws<ArgumentException>(() => CatalogCsv.Export(catalog));

        Assert.Contains("the responsibility '作出决定；送达' of the stage Decision is blank, not trimmed, or contains ；", error.Message, StringComparison.Ordinal);
        Assert.Contains("the exercising levels 16 include undefined flags", error.Message, StringComparison.Ordinal);
        Assert.Contains("a stage is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_writes_the_new_members_and_reads_them_back()
    {
        var json = CatalogJson.Serialize(Catalog);

        Assert.Contains("\"mainItem\": \"" + MainCode + "\"", json, StringComparison.Ordinal);
        Assert.Contains("\"exercisingLevels\": \"County, Township\"", json, StringComparison.Ordinal);
        Assert.Contains("\"serviceObjects\": \"Citizens\"", json, StringComparison.Ordinal);
        Assert.Contains("\"forwardedForReview\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"implementingBodyCreditCode\": \"116205240139604228\"", json, StringComparison.Ordinal);
        Assert.Contains("\"implementingBodyArea\": \"620524\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stage\": \"Acceptance\"", json, StringComparison.Ordinal);
        Assert.Contains("\"accountabilityMatters\": [\n            \"abuse-of-power\",", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("isSubItem", json, StringComparison.Ordinal);
        Assert.Equal(Catalog.Powers, CatalogJson.Deserialize(json).Powers);
    }

    [Theory]
    // The check character of 91350100M000100Y43 is 3 (GB 32100), so 4 is wrong; 62052 is not 6, 9 or 12 digits.
    [InlineData("\"implementingBodyCreditCode\": \"91350100M000100Y44\"", "$.implementingBodyCreditCode")]
    [InlineData("\"implementingBodyArea\": \"62052\"", "$.implementingBodyArea")]
    [InlineData("\"stages\": [ { \"stage\": \"Acceptance\", \"responsibilities\": [], \"accountability\": [] } ]", "$.stages[0].accountability")]
    public void JSON_refuses_a_wrong_code_or_an_unknown_stage_property_with_its_path(string member, string path)
    {
        var json = "{ \"code\": \"62052400MZ-XK-0001\", " + member + " }";

        var error = Assert.Throws<JsonException>(() => CatalogJson.DeserializePower(json));

        Assert.Equal(path, error.Path);
    }
}
