using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>
/// The rules for the entry's structure as the 权责清单 guideline lays it out: main items and sub-items (主项/子项), the
/// exercising levels (行使层级), who the power applies to (职责对象), forwarding for review (审核转报), the implementing
/// body's codes against a GB/T 39554.1 implementation code, and the responsibilities and accountability matters of each
/// stage (责任事项、追责情形).
/// </summary>
/// <remarks>
/// The rules about the main item that need the whole catalog (listed, not a sub-item, same category) read the catalog's
/// index from <see cref="CatalogIndexKey"/> in the validation context: <see cref="CatalogValidator"/> builds it once per
/// list, so the checks stay linear. Without an index (one power validated alone) they are not checked.
/// </remarks>
internal sealed partial class PowerValidator
{
    /// <summary>The key of the catalog's index (<see cref="IReadOnlyDictionary{PowerCode, Power}"/>, first power of each code) in the root context data.</summary>
    internal const string CatalogIndexKey = "PowerGovernance.CatalogIndex";

    private const ExercisingLevels AllLevels = ExercisingLevels.Province | ExercisingLevels.City | ExercisingLevels.County | ExercisingLevels.Township;

    private const ServiceObjects AllObjects = ServiceObjects.Citizens | ServiceObjects.LegalPersons | ServiceObjects.OtherOrganisations;

    private void AddStructureRules()
    {
        RuleFor(p => p.MainItem).Custom(CheckMainItem);

        RuleFor(p => p.ExercisingLevels)
            .Must(levels => (levels & ~AllLevels) == 0)
            .Reports(CatalogRuleCodes.ExercisingLevelsUndefined, FindingSeverity.Error, (_, levels) => new FindingText(
                "The exercising levels " + levels + " include undefined flags (" + (levels & ~AllLevels) + "); use province, city, county and township (行使层级：省、市、县、乡镇).",
                "行使层级" + levels + "含有无效取值（" + (levels & ~AllLevels) + "），应为省级、市级、县级、乡镇级。",
                levels.ToString()))
            .OverridePropertyName(nameof(Power.ExercisingLevels));

        RuleFor(p => p.ServiceObjects)
            .Must(objects => (objects & ~AllObjects) == 0)
            .Reports(CatalogRuleCodes.ServiceObjectsUndefined, FindingSeverity.Error, (_, objects) => new FindingText(
                "The service objects " + objects + " include undefined flags (" + (objects & ~AllObjects) + "); use citizens, legal persons and other organisations (职责对象：自然人、法人、其他组织).",
                "职责对象" + objects + "含有无效取值（" + (objects & ~AllObjects) + "），应为自然人、法人、其他组织。",
                objects.ToString()))
            .OverridePropertyName(nameof(Power.ServiceObjects));

        RuleFor(p => p.ForwardedForReview)
            .Must((p, forwarded) => !forwarded || HasLevelToForwardTo(p.ExercisingLevels))
            .Reports(CatalogRuleCodes.ForwardingWithoutHigherLevel, FindingSeverity.Warning, (p, _) => new FindingText(
                "The item is forwarded for review by a higher level (审核转报), but its exercising levels (" + LevelsEnglish(p.ExercisingLevels) + ") name no level above the lowest one to decide it; list the level that decides.",
                "该事项为审核转报事项，但行使层级（" + LevelsChinese(p.ExercisingLevels) + "）中没有高于最低层级的决定层级；应列明作出决定的层级。",
                "true"))
            .OverridePropertyName(nameof(Power.ForwardedForReview));

        RuleFor(p => p.Code).Custom(CheckCodeAgainstBody);
        RuleFor(p => p.Stages).Custom(CheckStages);
    }

    /// <summary>
    /// Whether a forwarded item has somewhere to forward to: a level above the lowest level listed, or the province alone
    /// (which forwards to the central departments). With no level stated nothing is judged.
    /// </summary>
    private static bool HasLevelToForwardTo(ExercisingLevels levels)
    {
        var defined = levels & AllLevels;
        if (defined == ExercisingLevels.None || defined == ExercisingLevels.Province)
        {
            return true;
        }

        // The lowest level is the highest flag set; another flag means a higher level is listed.
        var lowest = (ExercisingLevels)HighestBit((int)defined);
        return (defined & ~lowest) != 0;
    }

    private static int HighestBit(int value)
    {
        var bit = 1;
        while (value >> 1 != 0)
        {
            value >>= 1;
            bit <<= 1;
        }

        return bit;
    }

    private static string LevelsEnglish(ExercisingLevels levels) => Join(levels, Terms.EnglishName, ", ", "none stated");

    private static string LevelsChinese(ExercisingLevels levels) => Join(levels, Terms.ChineseName, "、", "未载明");

    private static string Join(ExercisingLevels levels, Func<ExercisingLevels, string> name, string separator, string none)
    {
        var names = new List<string>(4);
        foreach (var level in (ReadOnlySpan<ExercisingLevels>)[ExercisingLevels.Province, ExercisingLevels.City, ExercisingLevels.County, ExercisingLevels.Township])
        {
            if ((levels & level) != 0)
            {
                names.Add(name(level));
            }
        }

        return names.Count == 0 ? none : string.Join(separator, names);
    }

    private static void CheckMainItem(PowerCode? mainItem, ValidationContext<Power> context)
    {
        if (mainItem is not { IsEmpty: false } main)
        {
            return;
        }

        const string path = nameof(Power.MainItem);
        var power = context.InstanceToValidate;
        if (main == power.Code)
        {
            context.Report(path, CatalogRuleCodes.MainItemIsSelf, FindingSeverity.Error, new FindingText(
                "The item '" + power.Code.Value + "' names itself as its main item (主项); a sub-item names the code of another item.",
                "事项“" + power.Code.Value + "”将自身列为主项；子项应填写另一事项的编码。",
                main.Value));
            return;
        }

        if (!context.RootContextData.TryGetValue(CatalogIndexKey, out var data) || data is not IReadOnlyDictionary<PowerCode, Power> index)
        {
            return;
        }

        if (!index.TryGetValue(main, out var parent))
        {
            context.Report(path, CatalogRuleCodes.MainItemMissing, FindingSeverity.Error, new FindingText(
                "The sub-item '" + power.Code.Value + "' names the main item '" + main.Value + "', which is not in the catalog; list the main item (主项) or correct its code.",
                "子项“" + power.Code.Value + "”所属的主项“" + main.Value + "”未列入目录；应列入主项或更正其编码。",
                main.Value));
            return;
        }

        if (parent.IsSubItem)
        {
            context.Report(path, CatalogRuleCodes.MainItemIsSubItem, FindingSeverity.Error, new FindingText(
                "The main item '" + main.Value + "' of '" + power.Code.Value + "' is itself a sub-item of '" + parent.MainItem!.Value.Value + "'; a catalog has main items and sub-items, one level only.",
                "“" + power.Code.Value + "”的主项“" + main.Value + "”本身是“" + parent.MainItem!.Value.Value + "”的子项；目录只分主项、子项两级。",
                main.Value));
        }

        if (parent.Category is { } parentCategory && power.Category is { } category && !parentCategory.Equals(category))
        {
            context.Report(path, CatalogRuleCodes.MainItemCategoryMismatch, FindingSeverity.Error, new FindingText(
                "The sub-item '" + power.Code.Value + "' is of the category " + category.ChineseName + " (" + category.EnglishName + "), but its main item '" + main.Value + "' is of the category " + parentCategory.ChineseName + " (" + parentCategory.EnglishName + "); a sub-item is of its main item's category.",
                "子项“" + power.Code.Value + "”的权力类别为" + category.ChineseName + "，而其主项“" + main.Value + "”的类别为" + parentCategory.ChineseName + "；子项应与主项类别一致。",
                main.Value));
        }
    }

    /// <summary>A code in the GB/T 39554.1 form is checked against the implementing body's credit code and area the entry states.</summary>
    private static void CheckCodeAgainstBody(PowerCode code, ValidationContext<Power> context)
    {
        if (!GovernmentServiceItemCode.TryParse(code.Value, out var itemCode))
        {
            return;
        }

        var power = context.InstanceToValidate;
        const string path = nameof(Power.Code);
        if (power.ImplementingBodyCreditCode is { IsEmpty: false } credit)
        {
            foreach (var finding in itemCode.CheckImplementingBody(credit, path))
            {
                context.Report(finding.Path, finding.Code, finding.Severity, new FindingText(finding.Message, finding.ChineseMessage, finding.AttemptedValue));
            }
        }
        else
        {
            context.Report(nameof(Power.ImplementingBodyCreditCode), CatalogRuleCodes.ImplementingBodyCreditCodeMissing, FindingSeverity.Warning, new FindingText(
                "The code '" + code.Value + "' is a government service item implementation code (GB/T 39554.1) naming the implementing body " + itemCode.ImplementingBody + ", but the entry does not state its implementing body's unified social credit code (统一社会信用代码), so the two cannot be compared.",
                "权力编码“" + code.Value + "”为政务服务事项实施编码（GB/T 39554.1），其中实施主体统一社会信用代码为" + itemCode.ImplementingBody + "，但该事项未载明实施主体统一社会信用代码，无法核对。",
                null));
            foreach (var finding in itemCode.CheckArea(path))
            {
                context.Report(finding.Path, finding.Code, finding.Severity, new FindingText(finding.Message, finding.ChineseMessage, finding.AttemptedValue));
            }
        }

        if (power.ImplementingBodyArea is { IsEmpty: false } area && area != itemCode.Area)
        {
            context.Report(path, CodeRuleCodes.ItemCodeAreaMismatch, FindingSeverity.Error, new FindingText(
                "The implementation code '" + code.Value + "' is implemented in area " + itemCode.Area + ", but the entry's implementing body is in area " + area + ".",
                "实施编码“" + code.Value + "”的实施区划为" + itemCode.Area + "，而该事项实施主体所在区划为" + area + "。",
                code.Value));
        }
    }

    /// <summary>Checks each stage (null, defined, listed once, with responsibilities, no empty line or matter code), element by element.</summary>
    private static void CheckStages(IReadOnlyList<StageResponsibility> stages, ValidationContext<Power> context)
    {
        // Ten stages: a bit set of those seen, instead of a set per power.
        var seen = 0;
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            var path = StagePath(i);
            if (stage is null)
            {
                context.Report(path, CatalogRuleCodes.StageNull, FindingSeverity.Error, new FindingText(
                    "The stage " + path + " is empty (null).",
                    "第" + CatalogText.Invariant(i + 1) + "个环节（" + path + "）为空。",
                    null));
                continue;
            }

            var defined = Enum.IsDefined(stage.Stage);
            var english = defined ? Terms.EnglishName(stage.Stage) + " (" + Terms.ChineseName(stage.Stage) + ")" : CatalogText.EnumText(stage.Stage);
            var chinese = defined ? Terms.ChineseName(stage.Stage) : CatalogText.EnumText(stage.Stage);
            if (!defined)
            {
                context.Report(path + "." + nameof(StageResponsibility.Stage), CatalogRuleCodes.StageUndefined, FindingSeverity.Error, new FindingText(
                    "The stage " + english + " is undefined; use 受理, 立案, 调查, 审查, 告知, 决定, 送达, 执行, 事后监管 or 其他.",
                    "环节" + chinese + "无效，应为受理、立案、调查、审查、告知、决定、送达、执行、事后监管或其他。",
                    english));
            }
            else
            {
                var bit = 1 << (int)stage.Stage;
                if ((seen & bit) != 0)
                {
                    context.Report(path + "." + nameof(StageResponsibility.Stage), CatalogRuleCodes.StageDuplicate, FindingSeverity.Error, new FindingText(
                        "The stage " + english + " is listed more than once; list each stage once with all its responsibilities.",
                        "环节“" + chinese + "”重复列出；每个环节只列一次，并列明其全部责任事项。",
                        stage.Stage.ToString()));
                }

                seen |= bit;
            }

            CheckStageLines(stage, path, english, chinese, context);
        }
    }

    private static void CheckStageLines(StageResponsibility stage, string path, string english, string chinese, ValidationContext<Power> context)
    {
        if (stage.Responsibilities.Count == 0)
        {
            context.Report(path + "." + nameof(StageResponsibility.Responsibilities), CatalogRuleCodes.StageResponsibilitiesMissing, FindingSeverity.Error, new FindingText(
                "The stage " + english + " lists no responsibilities (责任事项); every stage listed states what the office must do in it.",
                "环节“" + chinese + "”未列明责任事项；所列每个环节均应载明本机关应履行的责任。",
                null));
        }

        for (var j = 0; j < stage.Responsibilities.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(stage.Responsibilities[j]))
            {
                context.Report(Element(path, nameof(StageResponsibility.Responsibilities), j), CatalogRuleCodes.StageResponsibilityBlank, FindingSeverity.Error, new FindingText(
                    "Responsibility " + CatalogText.Invariant(j + 1) + " of the stage " + english + " is empty.",
                    "环节“" + chinese + "”的第" + CatalogText.Invariant(j + 1) + "项责任事项为空。",
                    stage.Responsibilities[j]));
            }
        }

        for (var j = 0; j < stage.AccountabilityMatters.Count; j++)
        {
            if (string.IsNullOrWhiteSpace(stage.AccountabilityMatters[j]))
            {
                context.Report(Element(path, nameof(StageResponsibility.AccountabilityMatters), j), CatalogRuleCodes.StageAccountabilityMatterBlank, FindingSeverity.Error, new FindingText(
                    "Accountability matter " + CatalogText.Invariant(j + 1) + " of the stage " + english + " is empty; name the matter by its code.",
                    "环节“" + chinese + "”的第" + CatalogText.Invariant(j + 1) + "项追责情形为空；应填写追责事项的代码。",
                    stage.AccountabilityMatters[j]));
            }
        }
    }

    private static string StagePath(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(Power.Stages)}[{index}]");

    private static string Element(string path, string member, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}.{member}[{index}]");
}
