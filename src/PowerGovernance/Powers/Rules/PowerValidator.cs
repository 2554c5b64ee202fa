using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using FluentValidation;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>
/// The catalog rules for one power, configured by <see cref="CatalogRuleOptions"/> (the rule groups live in
/// the other parts of this class). Rules run in the order of <see cref="Power"/>'s members, so findings
/// come back in that order. Immutable after construction and safe to share between threads.
/// </summary>
/// <remarks>
/// Nested members (<c>Fee.Basis</c>) are read by null-safe accessors with an explicit path and guarded by
/// per-rule conditions, and list elements by a custom rule, rather than by child validators or shared
/// <c>When</c> blocks: those allocate a validation context or a condition cache per power, which more
/// than doubled the time and memory of validating a 10,000-power catalog. No rule uses <c>IsInEnum</c>,
/// which reads attributes by reflection on every call. Every rule names its path explicitly
/// (<c>OverridePropertyName</c> or a custom rule), so a host's <c>ValidatorOptions.Global.PropertyNameResolver</c>
/// (e.g. camel case for ASP.NET) does not change the paths of findings.
/// </remarks>
internal sealed partial class PowerValidator : AbstractValidator<Power>
{
    private readonly CatalogRuleOptions options;

    internal PowerValidator(CatalogRuleOptions options)
    {
        this.options = options;
        format = options.CodeFormat;
        categories = [.. PowerCategory.WellKnown, .. options.AdditionalCategories];
        ClassLevelCascadeMode = CascadeMode.Continue;
        RuleLevelCascadeMode = CascadeMode.Continue;

        AddCodeRules();
        Required(p => p.Name, CatalogRuleCodes.NameMissing, FindingSeverity.Error, "item name (项目名称)", "项目名称");
        AddCategoryRules();
        AddLegalBasisRules();
        Required(p => p.ImplementingBody, CatalogRuleCodes.ImplementingBodyMissing, FindingSeverity.Error, "implementing body (实施主体)", "实施主体");
        Required(p => p.UndertakingUnit, CatalogRuleCodes.UndertakingUnitMissing, FindingSeverity.Error, "undertaking unit (承办机构)", "承办机构（队室）");
        Required(p => p.UndertakingPost, CatalogRuleCodes.UndertakingPostMissing, FindingSeverity.Warning, "undertaking post (承办岗位)", "承办岗位");
        Required(p => p.ResponsiblePerson, CatalogRuleCodes.ResponsiblePersonMissing, FindingSeverity.Warning, "responsible person (负责人)", "负责人");
        AddInitiationRules();
        AddTimeLimitRules();
        AddFeeRules();
        AddDisclosureRules();
        AddConfidentialityRules();
        Required(p => p.SupervisingBody, CatalogRuleCodes.SupervisingBodyMissing, FindingSeverity.Error, "supervising body (监督机构)", "监督机构");
        Required(p => p.ComplaintChannel, CatalogRuleCodes.ComplaintChannelMissing, FindingSeverity.Error, "complaint channel (投诉渠道)", "投诉渠道");
        AddStructureRules();
    }

    private void Required(Expression<Func<Power, string?>> member, string code, FindingSeverity severity, string english, string chinese) =>
        RuleFor(member)
            .Must(value => !string.IsNullOrWhiteSpace(value)) // NotEmpty's rule for texts, without its per-call enumerator
            .Reports(code, severity, (_, value) => new FindingText(
                "The " + english + " is " + (string.IsNullOrEmpty(value) ? "missing" : "blank") + ".",
                "缺少" + chinese + "。",
                value))
            .OverridePropertyName(((MemberExpression)member.Body).Member.Name);

    private void AddInitiationRules()
    {
        RuleFor(p => p.Initiation)
            .Must(Enum.IsDefined)
            .Reports(CatalogRuleCodes.InitiationUndefined, FindingSeverity.Error, (_, initiation) => new FindingText(
                "The initiation " + CatalogText.EnumText(initiation) + " is undefined; use on application (依申请) or ex officio (依职权).",
                "启动方式" + CatalogText.EnumText(initiation) + "无效，应为依申请或依职权。",
                CatalogText.EnumText(initiation)))
            .OverridePropertyName(nameof(Power.Initiation));

        RuleFor(p => p.Conditions)
            .NotEmpty()
            .When(p => p.Initiation == Initiation.OnApplication)
            .Reports(CatalogRuleCodes.ConditionsMissing, FindingSeverity.Error, (_, conditions) => new FindingText(
                "The power is exercised on application (依申请) but states no conditions (办理条件) the applicant must meet.",
                "该权力为依申请事项，但未载明办理条件。",
                conditions))
            .OverridePropertyName(nameof(Power.Conditions));
    }
}
