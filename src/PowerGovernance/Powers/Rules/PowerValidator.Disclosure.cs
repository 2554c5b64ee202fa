using System;
using FluentValidation;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>
/// The rules for disclosure (公开形式、范围、时间) and confidentiality (涉密不宜公开): disclosure is
/// the rule and non-disclosure the exception, so every power that is published — including one marked
/// confidential without a confidentiality basis, which must be disclosed (凡无保密依据的，均要予以公开) — states
/// how it is disclosed, and a confidential one needs both a confidentiality basis and a reason.
/// </summary>
internal sealed partial class PowerValidator
{
    private const DisclosureForms AllForms =
        DisclosureForms.NoticeBoard | DisclosureForms.Handbook | DisclosureForms.Hotline | DisclosureForms.Website
        | DisclosureForms.Media | DisclosureForms.Meeting | DisclosureForms.Circular;

    private void AddDisclosureRules()
    {
        RuleFor(p => p.Disclosure)
            .NotNull()
            .When(p => !p.IsWithheld)
            .Reports(CatalogRuleCodes.DisclosureMissing, FindingSeverity.Warning, (_, _) => new FindingText(
                "The power is public but its disclosure (公开形式、范围、时间) is not stated; disclosure is the rule.",
                "该权力应公开，但未载明公开形式、范围和时间；公开为原则，不公开为例外。",
                null))
            .OverridePropertyName(nameof(Power.Disclosure));

        RuleFor(p => p.Disclosure == null ? DisclosureForms.None : p.Disclosure.Forms)
            .Must(forms => forms != DisclosureForms.None)
            .When(IsPublicWithDisclosure)
            .Reports(CatalogRuleCodes.DisclosureFormsMissing, FindingSeverity.Warning, (_, forms) => new FindingText(
                "No form of disclosure (公开形式) is given; name at least one, e.g. notice board or website.",
                "未载明公开形式，应至少载明一种（如公示栏、政府网站）。",
                forms.ToString()))
            .OverridePropertyName(nameof(Power.Disclosure) + "." + nameof(Disclosure.Forms));

        RuleFor(p => p.Disclosure == null ? DisclosureForms.None : p.Disclosure.Forms)
            .Must(forms => (forms & ~AllForms) == 0)
            .When(IsPublicWithDisclosure)
            .Reports(CatalogRuleCodes.DisclosureFormsUndefined, FindingSeverity.Error, (_, forms) => new FindingText(
                "The disclosure forms " + forms + " include undefined flags (" + (forms & ~AllForms) + ").",
                "公开形式" + forms + "含有无效取值（" + (forms & ~AllForms) + "）。",
                forms.ToString()))
            .OverridePropertyName(nameof(Power.Disclosure) + "." + nameof(Disclosure.Forms));

        RuleFor(p => p.Disclosure == null ? null : p.Disclosure.Scope)
            .NotEmpty()
            .When(IsPublicWithDisclosure)
            .Reports(CatalogRuleCodes.DisclosureScopeMissing, FindingSeverity.Warning, (_, scope) => new FindingText(
                "No disclosure scope (公开范围) is given; state to whom the power is disclosed, e.g. 社会公开.",
                "未载明公开范围，应写明向谁公开（如社会公开、全镇）。",
                scope))
            .OverridePropertyName(nameof(Power.Disclosure) + "." + nameof(Disclosure.Scope));

        RuleFor(p => p.Disclosure == null ? DisclosureTiming.LongTerm : p.Disclosure.Timing)
            .Must(Enum.IsDefined)
            .When(IsPublicWithDisclosure)
            .Reports(CatalogRuleCodes.DisclosureTimingUndefined, FindingSeverity.Error, (_, timing) => new FindingText(
                "The disclosure timing " + CatalogText.EnumText(timing) + " is undefined; use long-term, periodic, by stage, immediate or on request.",
                "公开时间" + CatalogText.EnumText(timing) + "无效，应为长期公开、定期公开、阶段性公开、即时公开或依申请公开。",
                CatalogText.EnumText(timing)))
            .OverridePropertyName(nameof(Power.Disclosure) + "." + nameof(Disclosure.Timing));
    }

    private void AddConfidentialityRules()
    {
        RuleFor(p => p.Confidentiality)
            .NotNull()
            .Reports(CatalogRuleCodes.ConfidentialityMissing, FindingSeverity.Warning, (_, _) => new FindingText(
                "Whether the power is confidential is not stated; it is treated as public, since disclosure is the rule.",
                "未载明是否涉密不宜公开，按公开处理（公开为原则，不公开为例外）。",
                null))
            .OverridePropertyName(nameof(Power.Confidentiality));

        RuleFor(p => p.Confidentiality == null ? null : p.Confidentiality.Basis)
            .NotEmpty()
            .When(p => p.IsConfidential)
            .Reports(CatalogRuleCodes.ConfidentialWithoutBasis, FindingSeverity.Error, (p, basis) => new FindingText(
                "The power is marked confidential" + Reason(p.Confidentiality!) + " without a confidentiality basis (保密依据), so it must be disclosed and is published in the public catalog: a power without a confidentiality basis must be disclosed (凡无保密依据的，均要予以公开). State the basis, or clear the mark.",
                "该权力标为涉密不宜公开" + ReasonChinese(p.Confidentiality!) + "，但无保密依据，应予公开，已列入向社会公开的职权目录；凡无保密依据的，均要予以公开。应载明保密依据，或取消涉密标记。",
                basis))
            .OverridePropertyName(nameof(Power.Confidentiality) + "." + nameof(Confidentiality.Basis));

        RuleFor(p => p.Confidentiality == null ? null : p.Confidentiality.Reason)
            .NotEmpty()
            .When(p => p.IsConfidential)
            .Reports(CatalogRuleCodes.ConfidentialWithoutReason, FindingSeverity.Error, (_, reason) => new FindingText(
                "The power is marked confidential but gives no reason for non-disclosure (不公开理由); the confidential list needs one for central review.",
                "该权力标为涉密不公开，但未说明不公开理由；涉密事项清单须载明理由，报统一审核。",
                reason))
            .OverridePropertyName(nameof(Power.Confidentiality) + "." + nameof(Confidentiality.Reason));
    }

    private static bool IsPublicWithDisclosure(Power power) => power.Disclosure is not null && !power.IsWithheld;

    private static string Reason(Confidentiality c) =>
        string.IsNullOrWhiteSpace(c.Reason) ? string.Empty : " ('" + c.Reason.Trim() + "')";

    private static string ReasonChinese(Confidentiality c) =>
        string.IsNullOrWhiteSpace(c.Reason) ? string.Empty : "（理由：" + c.Reason.Trim() + "）";
}
