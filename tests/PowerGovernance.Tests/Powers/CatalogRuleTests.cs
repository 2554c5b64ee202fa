using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// One example per catalog rule: a valid power broken in one member gives exactly one finding, with the
/// rule's code, path, severity, offending value and specific English and Chinese messages.
/// </summary>
public class CatalogRuleTests
{
    private static readonly Power Valid = RulePowers.Valid;

    private static readonly Dictionary<string, RuleCase> Cases = new RuleCase[]
    {
        new(CatalogRuleCodes.PowerMissing, v => v.Validate((Power?)null).Findings, FindingSeverity.Error, "", null,
            "The power at index 0 is missing (null).", "索引0处的权力事项为空。"),
        new(CatalogRuleCodes.CodeMissing, One(p => p with { Code = default }), FindingSeverity.Error, "Code", null,
            "The power code (权力编码) is missing; every power needs a unique code, e.g. '62052400MZ-XK-0001'.", "缺少权力编码"),
        new(CatalogRuleCodes.CodeMalformed, One(p => p with { Code = new PowerCode("62052400MZ-XK-12") }), FindingSeverity.Error, "Code", "62052400MZ-XK-12",
            "The code '62052400MZ-XK-12' does not match the standard code format, e.g. '62052400MZ-XK-0001'.", "权力编码“62052400MZ-XK-12”不符合standard编码格式"),
        new(CatalogRuleCodes.CodeTypeMismatch, One(p => p with { Code = new PowerCode("62052400MZ-CF-0001") }), FindingSeverity.Error, "Code", "62052400MZ-CF-0001",
            "has the type code 'CF', but the category 行政许可 (Administrative licensing) has the type code 'XK'", "类别代码“CF”与权力类别“行政许可”的代码“XK”不一致"),
        new(CatalogRuleCodes.CodeDuplicate, v => v.Validate([Valid, Valid with { Name = "另一事项" }]).Powers[1].Findings, FindingSeverity.Error, "Code", "62052400MZ-XK-0001",
            "The code '62052400MZ-XK-0001' is already used by the power at index 0; power codes must be unique.", "权力编码“62052400MZ-XK-0001”与索引0处的权力重复"),
        new(CatalogRuleCodes.NameMissing, One(p => p with { Name = "  " }), FindingSeverity.Error, "Name", "  ",
            "The item name (项目名称) is blank.", "缺少项目名称。"),
        new(CatalogRuleCodes.CategoryMissing, One(p => p with { Category = null }), FindingSeverity.Error, "Category", null,
            "The category (权力类别) is missing", "缺少权力类别"),
        new(CatalogRuleCodes.CategoryUnknown, One(p => p with { Code = new PowerCode("62052400MZ-ZX-0001"), Category = new PowerCategory("ZX", "专项审批", "Special approval") }),
            FindingSeverity.Error, "Category", "ZX 专项审批",
            "The category 'ZX 专项审批' is neither a well-known category nor one the office has configured", "权力类别“ZX 专项审批”既不是通用类别，也未在本单位配置的类别中登记"),
        new(CatalogRuleCodes.LegalBasisMissing, One(p => p with { LegalBases = [] }), FindingSeverity.Error, "LegalBases", null,
            "a power without a legal basis is to be abolished", "无法律依据的，予以取消或废止"),
        new(CatalogRuleCodes.LegalBasisNull, One(p => p with { LegalBases = [RulePowers.LicensingLaw, null!] }), FindingSeverity.Error, "LegalBases[1]", null,
            "The legal basis LegalBases[1] is empty (null).", "第2项法律依据（LegalBases[1]）为空。"),
        new(CatalogRuleCodes.LegalBasisTitleMissing, One(p => p with { LegalBases = [RulePowers.LicensingLaw, new LegalBasis("", "第十条", LegalBasisRank.LocalRegulation)] }),
            FindingSeverity.Error, "LegalBases[1].Title", "",
            "A legal basis (local regulation, 第十条) has no title", "法律依据（地方性法规，第十条）缺少名称"),
        new(CatalogRuleCodes.LegalBasisRankUndefined, One(p => p with { LegalBases = [RulePowers.LicensingLaw, new LegalBasis("《某办法》", "第三条", (LegalBasisRank)99)] }),
            FindingSeverity.Error, "LegalBases[1].Rank", "99",
            "The legal basis 《某办法》 has the undefined rank 99", "法律依据《某办法》的效力层级99无效"),
        new(CatalogRuleCodes.LegalBasisArticleMissing, One(p => p with { LegalBases = [new LegalBasis("社会救助暂行办法", null, LegalBasisRank.AdministrativeRegulation)] }),
            FindingSeverity.Info, "LegalBases[0].Article", null,
            "The legal basis 《社会救助暂行办法》 cites no article", "法律依据《社会救助暂行办法》未注明条款"),
        new(CatalogRuleCodes.LegalBasesOutOfRankOrder, One(p => p with { LegalBases = [new LegalBasis("《某县实施办法》", "第五条", LegalBasisRank.NormativeDocument), RulePowers.LicensingLaw] }),
            FindingSeverity.Warning, "LegalBases[1].Rank", "Law",
            "The legal basis 《中华人民共和国行政许可法》 (law) is listed after 《某县实施办法》 (normative document); list bases in rank order",
            "法律依据《中华人民共和国行政许可法》（法律）排在《某县实施办法》（规范性文件）之后"),
        new(CatalogRuleCodes.ImplementingBodyMissing, One(p => p with { ImplementingBody = null }), FindingSeverity.Error, "ImplementingBody", null,
            "The implementing body (实施主体) is missing.", "缺少实施主体。"),
        new(CatalogRuleCodes.UndertakingUnitMissing, One(p => p with { UndertakingUnit = "" }), FindingSeverity.Error, "UndertakingUnit", "",
            "The undertaking unit (承办机构) is missing.", "缺少承办机构（队室）。"),
        new(CatalogRuleCodes.UndertakingPostMissing, One(p => p with { UndertakingPost = "\t" }), FindingSeverity.Warning, "UndertakingPost", "\t",
            "The undertaking post (承办岗位) is blank.", "缺少承办岗位。"),
        new(CatalogRuleCodes.ResponsiblePersonMissing, One(p => p with { ResponsiblePerson = null }), FindingSeverity.Warning, "ResponsiblePerson", null,
            "The responsible person (负责人) is missing.", "缺少负责人。"),
        new(CatalogRuleCodes.InitiationUndefined, One(p => p with { Initiation = (Initiation)42 }), FindingSeverity.Error, "Initiation", "42",
            "The initiation 42 is undefined", "启动方式42无效"),
        new(CatalogRuleCodes.ConditionsMissing, One(p => p with { Conditions = null }), FindingSeverity.Error, "Conditions", null,
            "exercised on application (依申请) but states no conditions", "该权力为依申请事项，但未载明办理条件"),
        new(CatalogRuleCodes.CommittedLimitMissing, One(p => p with { CommittedTimeLimit = null }), FindingSeverity.Error, "CommittedTimeLimit", null,
            "The power has no committed time limit (承诺时限); every power needs one. The legal limit is 20 working days, so commit to at most 13 working days.",
            "缺少承诺时限；每项权力均须有承诺时限。法定时限为20个工作日，承诺时限最多13个工作日。"),
        new(CatalogRuleCodes.CommittedLimitNotShortened, One(p => p with { CommittedTimeLimit = TimeLimit.WorkingDays(15) }), FindingSeverity.Error, "CommittedTimeLimit", "15 working days",
            "The committed limit 15 working days is not at least one third shorter than the legal limit 20 working days: at most 13 working days.",
            "承诺时限15个工作日未比法定时限20个工作日缩短三分之一以上：最多13个工作日。"),
        new(CatalogRuleCodes.CommittedLimitKindMismatch, One(p => p with { CommittedTimeLimit = TimeLimit.NaturalDays(10) }), FindingSeverity.Error, "CommittedTimeLimit", "10 natural days",
            "The committed limit 10 natural days counts natural days but the legal limit 20 working days counts working days",
            "承诺时限10日按自然日计算，法定时限20个工作日按工作日计算"),
        new(CatalogRuleCodes.CommittedLimitSetByOffice, One(p => p with { LegalTimeLimit = null, CommittedTimeLimit = TimeLimit.WorkingDays(10) }), FindingSeverity.Info, "CommittedTimeLimit", "10 working days",
            "No law sets a time limit; the committed limit 10 working days is set by the office and must be announced.", "承诺时限10个工作日由本单位自行确定，应予公布"),
        new(CatalogRuleCodes.FeeMissing, One(p => p with { Fee = null }), FindingSeverity.Warning, "Fee", null,
            "The fee (收费) is not stated", "未载明收费情况"),
        new(CatalogRuleCodes.FeeBasisMissing, One(p => p with { Fee = Fee.Charged(20m, null, "每件20元") }), FindingSeverity.Error, "Fee.Basis", null,
            "A fee is charged (20 yuan) without a basis for charging (收费依据)", "该事项收费（20元）但无收费依据"),
        new(CatalogRuleCodes.FeeStandardMissing, One(p => p with { Fee = Fee.Charged(null, "《行政事业性收费项目目录》", " ") }), FindingSeverity.Error, "Fee.Standard", " ",
            "neither a charging standard (收费标准) nor an amount is stated", "未载明收费标准或金额"),
        new(CatalogRuleCodes.FeeAmountNegative, One(p => p with { Fee = Fee.Charged(-1.5m, "《行政事业性收费项目目录》", "每件") }), FindingSeverity.Error, "Fee.Amount", "-1.5",
            "The fee amount -1.5 yuan is negative.", "收费金额-1.5元为负数。"),
        new(CatalogRuleCodes.FeeFreeWithAmount, One(p => p with { Fee = new Fee(true, 5m, null, null) }), FindingSeverity.Warning, "Fee.Amount", "5",
            "marked free (不收费) but states an amount of 5 yuan", "标为不收费，却载有金额5元"),
        new(CatalogRuleCodes.DisclosureMissing, One(p => p with { Disclosure = null }), FindingSeverity.Warning, "Disclosure", null,
            "its disclosure (公开形式、范围、时间) is not stated", "公开为原则，不公开为例外"),
        new(CatalogRuleCodes.DisclosureFormsMissing, One(p => p with { Disclosure = new Disclosure("社会公开", DisclosureForms.None, DisclosureTiming.LongTerm) }),
            FindingSeverity.Warning, "Disclosure.Forms", "None", "No form of disclosure (公开形式) is given", "未载明公开形式"),
        new(CatalogRuleCodes.DisclosureFormsUndefined, One(p => p with { Disclosure = new Disclosure("社会公开", DisclosureForms.Website | (DisclosureForms)1024, DisclosureTiming.LongTerm) }),
            FindingSeverity.Error, "Disclosure.Forms", "1032", "The disclosure forms 1032 include undefined flags (1024).", "公开形式1032含有无效取值（1024）"),
        new(CatalogRuleCodes.DisclosureScopeMissing, One(p => p with { Disclosure = new Disclosure(null, DisclosureForms.Website, DisclosureTiming.Periodic) }),
            FindingSeverity.Warning, "Disclosure.Scope", null, "No disclosure scope (公开范围) is given", "未载明公开范围"),
        new(CatalogRuleCodes.DisclosureTimingUndefined, One(p => p with { Disclosure = new Disclosure("全镇", DisclosureForms.NoticeBoard, (DisclosureTiming)77) }),
            FindingSeverity.Error, "Disclosure.Timing", "77", "The disclosure timing 77 is undefined", "公开时间77无效"),
        new(CatalogRuleCodes.ConfidentialityMissing, One(p => p with { Confidentiality = null }), FindingSeverity.Warning, "Confidentiality", null,
            "it is treated as public", "按公开处理"),
        new(CatalogRuleCodes.ConfidentialWithoutBasis, One(p => p with { Confidentiality = new Confidentiality(true, "涉及国家秘密", null) }), FindingSeverity.Error, "Confidentiality.Basis", null,
            "The power is marked confidential ('涉及国家秘密') without a confidentiality basis (保密依据), so it must be disclosed",
            "该权力标为涉密不宜公开（理由：涉及国家秘密），但无保密依据，应予公开"),
        new(CatalogRuleCodes.ConfidentialWithoutReason, One(p => p with { Confidentiality = new Confidentiality(true, "", "《中华人民共和国保守国家秘密法》第十三条") }),
            FindingSeverity.Error, "Confidentiality.Reason", "", "gives no reason for non-disclosure (不公开理由)", "未说明不公开理由"),
        new(CatalogRuleCodes.SupervisingBodyMissing, One(p => p with { SupervisingBody = " " }), FindingSeverity.Error, "SupervisingBody", " ",
            "The supervising body (监督机构) is blank.", "缺少监督机构。"),
        new(CatalogRuleCodes.ComplaintChannelMissing, One(p => p with { ComplaintChannel = null }), FindingSeverity.Error, "ComplaintChannel", null,
            "The complaint channel (投诉渠道) is missing.", "缺少投诉渠道。"),
        // The entry's structure (主项/子项, 行使层级, 职责对象, 审核转报, 实施主体代码, 环节责任事项).
        new(CatalogRuleCodes.MainItemIsSelf, One(p => p with { MainItem = p.Code }), FindingSeverity.Error, "MainItem", "62052400MZ-XK-0001",
            "The item '62052400MZ-XK-0001' names itself as its main item (主项)", "事项“62052400MZ-XK-0001”将自身列为主项"),
        new(CatalogRuleCodes.MainItemMissing, v => v.Validate([Valid, Sub("62052400MZ-XK-0002", "62052400MZ-XK-0009")]).Powers[1].Findings, FindingSeverity.Error, "MainItem", "62052400MZ-XK-0009",
            "The sub-item '62052400MZ-XK-0002' names the main item '62052400MZ-XK-0009', which is not in the catalog", "子项“62052400MZ-XK-0002”所属的主项“62052400MZ-XK-0009”未列入目录"),
        new(CatalogRuleCodes.MainItemIsSubItem, v => v.Validate([Valid, Sub("62052400MZ-XK-0002", "62052400MZ-XK-0001"), Sub("62052400MZ-XK-0003", "62052400MZ-XK-0002")]).Powers[2].Findings,
            FindingSeverity.Error, "MainItem", "62052400MZ-XK-0002",
            "The main item '62052400MZ-XK-0002' of '62052400MZ-XK-0003' is itself a sub-item of '62052400MZ-XK-0001'", "目录只分主项、子项两级"),
        new(CatalogRuleCodes.MainItemCategoryMismatch, v => v.Validate([Valid, Sub("62052400MZ-CF-0001", "62052400MZ-XK-0001") with { Category = PowerCategory.Penalty }]).Powers[1].Findings,
            FindingSeverity.Error, "MainItem", "62052400MZ-XK-0001",
            "is of the category 行政处罚 (Administrative penalty), but its main item '62052400MZ-XK-0001' is of the category 行政许可 (Administrative licensing)", "子项应与主项类别一致"),
        new(CatalogRuleCodes.ExercisingLevelsUndefined, One(p => p with { ExercisingLevels = ExercisingLevels.County | (ExercisingLevels)16 }), FindingSeverity.Error, "ExercisingLevels", "20",
            "The exercising levels 20 include undefined flags (16)", "行使层级20含有无效取值（16）"),
        new(CatalogRuleCodes.ServiceObjectsUndefined, One(p => p with { ServiceObjects = ServiceObjects.Citizens | (ServiceObjects)8 }), FindingSeverity.Error, "ServiceObjects", "9",
            "The service objects 9 include undefined flags (8)", "职责对象9含有无效取值（8）"),
        new(CatalogRuleCodes.ForwardingWithoutHigherLevel, One(p => p with { ForwardedForReview = true, ExercisingLevels = ExercisingLevels.Township }), FindingSeverity.Warning, "ForwardedForReview", "true",
            "its exercising levels (township) name no level above the lowest one", "行使层级（乡镇级）中没有高于最低层级的决定层级"),
        // 武山县 (620524) item code whose body 116205240139604228 was registered in 620524 too: only the missing credit code is reported.
        new(CatalogRuleCodes.ImplementingBodyCreditCodeMissing, v => ServiceItems(v).Validate(Valid with { Code = new PowerCode(Wushan) }).Findings, FindingSeverity.Warning, "ImplementingBodyCreditCode", null,
            "naming the implementing body 116205240139604228, but the entry does not state its implementing body's unified social credit code", "未载明实施主体统一社会信用代码，无法核对"),
        new(CatalogRuleCodes.StageNull, One(p => p with { Stages = [null!] }), FindingSeverity.Error, "Stages[0]", null,
            "The stage Stages[0] is empty (null).", "第1个环节（Stages[0]）为空。"),
        new(CatalogRuleCodes.StageUndefined, One(p => p with { Stages = [new StageResponsibility((PowerStage)42, ["审查申请材料"])] }), FindingSeverity.Error, "Stages[0].Stage", "42",
            "The stage 42 is undefined", "环节42无效"),
        new(CatalogRuleCodes.StageDuplicate, One(p => p with { Stages = [new StageResponsibility(PowerStage.Acceptance, ["公示应当提交的材料"]), new StageResponsibility(PowerStage.Acceptance, ["一次性告知补正材料"])] }),
            FindingSeverity.Error, "Stages[1].Stage", "Acceptance",
            "The stage acceptance (受理) is listed more than once", "环节“受理”重复列出"),
        new(CatalogRuleCodes.StageResponsibilitiesMissing, One(p => p with { Stages = [new StageResponsibility(PowerStage.Decision, [])] }), FindingSeverity.Error, "Stages[0].Responsibilities", null,
            "The stage decision (决定) lists no responsibilities (责任事项)", "环节“决定”未列明责任事项"),
        new(CatalogRuleCodes.StageResponsibilityBlank, One(p => p with { Stages = [new StageResponsibility(PowerStage.Decision, ["作出准予或不予许可的决定", " "])] }), FindingSeverity.Error, "Stages[0].Responsibilities[1]", " ",
            "Responsibility 2 of the stage decision (决定) is empty.", "环节“决定”的第2项责任事项为空。"),
        new(CatalogRuleCodes.StageAccountabilityMatterBlank, One(p => p with { Stages = [new StageResponsibility(PowerStage.Decision, ["作出准予或不予许可的决定"], [""])] }), FindingSeverity.Error, "Stages[0].AccountabilityMatters[0]", "",
            "Accountability matter 1 of the stage decision (决定) is empty", "环节“决定”的第1项追责情形为空"),
    }.ToDictionary(c => c.Code);

    public static TheoryData<string> RuleCodes() => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_valid_power_has_no_findings()
    {
        var findings = CatalogValidator.Default.Validate(Valid);

        Assert.Empty(findings.Findings);
        Assert.True(findings.IsAccepted);
        Assert.Equal(Valid.Code, findings.Code);
    }

    [Fact]
    public void Every_rule_code_has_an_example()
    {
        var codes = typeof(CatalogRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));
        Assert.All(typeof(CatalogRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static), f => Assert.Equal(f.Name, f.GetRawConstantValue()));
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Breaking_one_member_gives_exactly_the_rules_finding(string code)
    {
        var expected = Cases[code];

        var finding = Assert.Single(expected.Run(CatalogValidator.Default));

        Assert.Equal(expected.Code, finding.Code);
        Assert.Equal(expected.Severity, finding.Severity);
        Assert.Equal(expected.Path, finding.Path);
        Assert.Equal(expected.Value, finding.AttemptedValue);
        Assert.Contains(expected.English, finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected.Chinese, finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void A_disabled_rule_is_not_reported(string code)
    {
        var validator = new CatalogValidator(CatalogRuleOptions.Default with { DisabledRules = [code] });

        Assert.Empty(Cases[code].Run(validator));
    }

    // GB/T 39554.1 implementation code of 武山县 (620524) implemented by the body 116205240139604228, registered in 620524.
    private const string Wushan = "000101001000-620524000000-116205240139604228-00";

    private static Power Sub(string code, string main) => Valid with { Code = PowerCode.Parse(code), MainItem = PowerCode.Parse(main) };

    private static CatalogValidator ServiceItems(CatalogValidator validator) =>
        new(validator.Options with { CodeFormat = PowerCodeFormat.GovernmentServiceItem });

    private static Func<CatalogValidator, IReadOnlyList<Finding>> One(Func<Power, Power> breakIt) =>
        validator => validator.Validate(breakIt(Valid)).Findings;

    private sealed record RuleCase(
        string Code,
        Func<CatalogValidator, IReadOnlyList<Finding>> Run,
        FindingSeverity Severity,
        string Path,
        string? Value,
        string English,
        string Chinese);
}
