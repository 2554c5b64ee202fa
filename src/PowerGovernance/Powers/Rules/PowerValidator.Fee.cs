using FluentValidation;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers.Rules;

/// <summary>The rules for the fee (收费及依据标准): stated, and when charged, with a basis and a standard.</summary>
internal sealed partial class PowerValidator
{
    private void AddFeeRules()
    {
        RuleFor(p => p.Fee)
            .NotNull()
            .Reports(CatalogRuleCodes.FeeMissing, FindingSeverity.Warning, (_, _) => new FindingText(
                "The fee (收费) is not stated; state that the power is free, or the amount with its basis and standard.",
                "未载明收费情况，应载明不收费，或收费金额及其依据、标准。",
                null))
            .OverridePropertyName(nameof(Power.Fee));

        RuleFor(p => p.Fee == null ? null : p.Fee.Basis)
            .NotEmpty()
            .When(p => p.Fee is { IsFree: false })
            .Reports(CatalogRuleCodes.FeeBasisMissing, FindingSeverity.Error, (p, basis) => new FindingText(
                "A fee is charged (" + Describe(p.Fee!) + ") without a basis for charging (收费依据); a fee may be charged only on a legal basis.",
                "该事项收费（" + DescribeChinese(p.Fee!) + "）但无收费依据；无依据的不得收费。",
                basis))
            .OverridePropertyName(nameof(Power.Fee) + "." + nameof(Fee.Basis));

        RuleFor(p => p.Fee == null ? null : p.Fee.Standard)
            .NotEmpty()
            .When(p => p.Fee is { IsFree: false, Amount: null })
            .Reports(CatalogRuleCodes.FeeStandardMissing, FindingSeverity.Error, (_, standard) => new FindingText(
                "A fee is charged but neither a charging standard (收费标准) nor an amount is stated.",
                "该事项收费，但未载明收费标准或金额。",
                standard))
            .OverridePropertyName(nameof(Power.Fee) + "." + nameof(Fee.Standard));

        RuleFor(p => p.Fee == null ? null : p.Fee.Amount)
            .Must(amount => !(amount < 0m))
            .Reports(CatalogRuleCodes.FeeAmountNegative, FindingSeverity.Error, (_, amount) => new FindingText(
                "The fee amount " + CatalogText.Invariant(amount ?? 0m) + " yuan is negative.",
                "收费金额" + CatalogText.Invariant(amount ?? 0m) + "元为负数。",
                CatalogText.Invariant(amount ?? 0m)))
            .OverridePropertyName(nameof(Power.Fee) + "." + nameof(Fee.Amount));

        RuleFor(p => p.Fee == null ? null : p.Fee.Amount)
            .Must(amount => !(amount > 0m))
            .When(p => p.Fee is { IsFree: true })
            .Reports(CatalogRuleCodes.FeeFreeWithAmount, FindingSeverity.Warning, (_, amount) => new FindingText(
                "The fee is marked free (不收费) but states an amount of " + CatalogText.Invariant(amount ?? 0m) + " yuan.",
                "收费情况标为不收费，却载有金额" + CatalogText.Invariant(amount ?? 0m) + "元。",
                CatalogText.Invariant(amount ?? 0m)))
            .OverridePropertyName(nameof(Power.Fee) + "." + nameof(Fee.Amount));
    }

    private static string Describe(Fee fee) =>
        fee.Amount is { } amount ? CatalogText.Invariant(amount) + " yuan"
        : string.IsNullOrWhiteSpace(fee.Standard) ? "amount not stated" : fee.Standard.Trim();

    private static string DescribeChinese(Fee fee) =>
        fee.Amount is { } amount ? CatalogText.Invariant(amount) + "元"
        : string.IsNullOrWhiteSpace(fee.Standard) ? "金额未载明" : fee.Standard.Trim();
}
