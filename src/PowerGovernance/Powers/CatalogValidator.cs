using System;
using System.Collections.Generic;
using FluentValidation;
using PowerGovernance.Internal;
using PowerGovernance.Powers.Rules;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// Checks powers against the catalog rules (职权目录审核规则) and reports every problem as a
/// <see cref="Finding"/> — stable code, severity, property path, offending value, English and Chinese
/// message — never as an exception. The rules are listed in <see cref="CatalogRuleCodes"/>.
/// </summary>
/// <remarks>
/// <para>
/// Validation never throws on any power: null powers, null or blank text in every member, empty or
/// null-containing legal-basis lists, default structs and undefined enum values all become findings.
/// Only a null list or catalog argument throws (<see cref="ArgumentNullException"/>).
/// </para>
/// <para>
/// A whole list is checked in one pass; duplicate codes (<see cref="CatalogRuleCodes.CodeDuplicate"/>) are
/// detected across the list. Instances are immutable, reusable and safe to share between threads; build
/// one per <see cref="CatalogRuleOptions"/> and keep it.
/// </para>
/// </remarks>
public sealed class CatalogValidator
{
    private readonly PowerValidator rules;

    /// <summary>Creates a validator (目录审核器) with <see cref="CatalogRuleOptions.Default"/>.</summary>
    public CatalogValidator()
        : this(CatalogRuleOptions.Default)
    {
    }

    /// <summary>Creates a validator (目录审核器) with an office's options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <see cref="CatalogRuleOptions.CommittedLimitMaxNumerator"/> exceeds <see cref="CatalogRuleOptions.CommittedLimitMaxDenominator"/>.
    /// </exception>
    public CatalogValidator(CatalogRuleOptions options)
    {
        Preconditions.CheckNotNull(options);
        if (options.CommittedLimitMaxNumerator > options.CommittedLimitMaxDenominator)
        {
            throw new ArgumentException(
                "The committed-limit share must not exceed 1: CommittedLimitMaxNumerator (" + CatalogText.Invariant(options.CommittedLimitMaxNumerator)
                    + ") must be at most CommittedLimitMaxDenominator (" + CatalogText.Invariant(options.CommittedLimitMaxDenominator) + ")."
                    + " / 承诺时限占法定时限的比例不得超过1：分子（" + CatalogText.Invariant(options.CommittedLimitMaxNumerator)
                    + "）不得大于分母（" + CatalogText.Invariant(options.CommittedLimitMaxDenominator) + "）。",
                nameof(options));
        }

        Options = options;
        rules = new PowerValidator(options);
    }

    /// <summary>Gets a shared validator with <see cref="CatalogRuleOptions.Default"/>.</summary>
    public static CatalogValidator Default { get; } = new();

    /// <summary>Gets the options (审核规则配置).</summary>
    public CatalogRuleOptions Options { get; }

    /// <summary>
    /// Checks one power (审核单项权力). Duplicate codes and the main item of a sub-item (listed, not itself a sub-item, of the
    /// same category) need a list: use <see cref="Validate(IEnumerable{Power})"/>.
    /// </summary>
    /// <param name="power">The power; <see langword="null"/> gives a <see cref="CatalogRuleCodes.PowerMissing"/> finding.</param>
    /// <returns>The findings, with <see cref="PowerFindings.Index"/> 0.</returns>
    public PowerFindings Validate(Power? power) => ValidateOne(0, power, null, null);

    /// <summary>
    /// Checks a list of powers (审核职权目录), including duplicate codes across the list and each sub-item's main item
    /// (<see cref="CatalogRuleCodes.MainItemMissing"/>, <see cref="CatalogRuleCodes.MainItemIsSubItem"/>,
    /// <see cref="CatalogRuleCodes.MainItemCategoryMismatch"/>, against the first power of each code). The codes are
    /// indexed once, so the work is linear in the number of powers.
    /// </summary>
    /// <param name="powers">The powers, in the order to report them; elements may be null.</param>
    /// <returns>The findings grouped by power, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="powers"/> is null.</exception>
    public CatalogValidationResult Validate(IEnumerable<Power?> powers)
    {
        Preconditions.CheckNotNull(powers);
        IReadOnlyList<Power?> list = powers as IReadOnlyList<Power?> ?? [.. powers];

        // One pass indexes the codes (the first power of each), so that sub-items find their main item in constant time.
        var firstIndexByCode = new Dictionary<PowerCode, int>(list.Count);
        var index = new Dictionary<PowerCode, Power>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { Code.IsEmpty: false } power && firstIndexByCode.TryAdd(power.Code, i))
            {
                index.Add(power.Code, power);
            }
        }

        var results = new PowerFindings[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var power = list[i];
            Finding? duplicate = null;
            if (power is { Code.IsEmpty: false } && firstIndexByCode[power.Code] != i)
            {
                duplicate = Duplicate(power.Code, firstIndexByCode[power.Code]);
            }

            results[i] = ValidateOne(i, power, duplicate, index);
        }

        return new CatalogValidationResult(results);
    }

    /// <summary>Checks every power of a catalog (审核职权目录) (codes in a <see cref="PowerCatalog"/> are already unique).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The findings grouped by power, in the catalog's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CatalogValidationResult Validate(PowerCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return Validate(catalog.Powers);
    }

    private PowerFindings ValidateOne(int index, Power? power, Finding? duplicate, IReadOnlyDictionary<PowerCode, Power>? catalogIndex)
    {
        var disabled = Options.DisabledRuleSet;
        if (power is null)
        {
            Finding[] missing = disabled.Contains(CatalogRuleCodes.PowerMissing) ? [] :
            [
                new Finding(
                    CatalogRuleCodes.PowerMissing,
                    FindingSeverity.Error,
                    string.Empty,
                    null,
                    "The power at index " + CatalogText.Invariant(index) + " is missing (null).",
                    "索引" + CatalogText.Invariant(index) + "处的权力事项为空。"),
            ];
            return new PowerFindings(index, null, missing);
        }

        var context = new ValidationContext<Power>(power);
        if (catalogIndex is not null)
        {
            context.RootContextData[PowerValidator.CatalogIndexKey] = catalogIndex;
        }

        var findings = FluentFindings.ToFindings(rules.Validate(context).Errors, disabled);
        if (duplicate is not null && !disabled.Contains(duplicate.Code))
        {
            findings = [duplicate, .. findings];
        }

        return new PowerFindings(index, power, findings);
    }

    private static Finding Duplicate(PowerCode code, int firstIndex) => new(
        CatalogRuleCodes.CodeDuplicate,
        FindingSeverity.Error,
        nameof(Power.Code),
        code.Value,
        "The code '" + code.Value + "' is already used by the power at index " + CatalogText.Invariant(firstIndex) + "; power codes must be unique.",
        "权力编码“" + code.Value + "”与索引" + CatalogText.Invariant(firstIndex) + "处的权力重复；权力编码必须唯一。");
}
