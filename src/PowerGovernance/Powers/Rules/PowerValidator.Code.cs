using System;
using System.Collections.Generic;
using FluentValidation;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>The rules for the power code (权力编码) and the category (权力类别).</summary>
internal sealed partial class PowerValidator
{
    private readonly PowerCodeFormat format;
    private readonly HashSet<PowerCategory> categories;

    private void AddCodeRules() => RuleFor(p => p.Code).Custom(CheckCode);

    private void AddCategoryRules()
    {
        RuleFor(p => p.Category)
            .NotNull()
            .Reports(CatalogRuleCodes.CategoryMissing, FindingSeverity.Error, (_, _) => new FindingText(
                "The category (权力类别) is missing; use a well-known category such as 行政许可 or 行政处罚, or one the office has configured.",
                "缺少权力类别，应为行政许可、行政处罚等通用类别或本单位登记的类别。",
                null))
            .OverridePropertyName(nameof(Power.Category));

        RuleFor(p => p.Category)
            .Must(category => category is null || categories.Contains(category))
            .Reports(CatalogRuleCodes.CategoryUnknown, FindingSeverity.Error, (_, category) => new FindingText(
                "The category '" + category + "' is neither a well-known category nor one the office has configured (CatalogRuleOptions.AdditionalCategories).",
                "权力类别“" + category + "”既不是通用类别，也未在本单位配置的类别中登记。",
                category?.ToString()))
            .OverridePropertyName(nameof(Power.Category));
    }

    private void CheckCode(PowerCode code, ValidationContext<Power> context)
    {
        const string path = nameof(Power.Code);
        if (code.IsEmpty)
        {
            context.Report(path, CatalogRuleCodes.CodeMissing, FindingSeverity.Error, new FindingText(
                "The power code (权力编码) is missing; every power needs a unique code, e.g. '" + format.Example + "'.",
                "缺少权力编码；每项权力须有唯一编码，如“" + format.Example + "”。",
                null));
            return;
        }

        if (!format.TryMatch(code.Value, out var typeCode))
        {
            context.Report(path, CatalogRuleCodes.CodeMalformed, FindingSeverity.Error, new FindingText(
                "The code '" + code.Value + "' does not match the " + format.Name + " code format, e.g. '" + format.Example + "'.",
                "权力编码“" + code.Value + "”不符合" + format.Name + "编码格式，示例：“" + format.Example + "”。",
                code.Value));
            return;
        }

        var category = context.InstanceToValidate.Category;
        if (typeCode is not null && category is not null && !string.Equals(typeCode, category.TypeCode, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(path, CatalogRuleCodes.CodeTypeMismatch, FindingSeverity.Error, new FindingText(
                "The code '" + code.Value + "' has the type code '" + typeCode + "', but the category " + category.ChineseName + " (" + category.EnglishName + ") has the type code '" + category.TypeCode + "'.",
                "权力编码“" + code.Value + "”中的类别代码“" + typeCode + "”与权力类别“" + category.ChineseName + "”的代码“" + category.TypeCode + "”不一致。",
                code.Value));
        }
    }
}
