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

    /// <summary>Checks one power (审核单项权力). Duplicate codes need a list: use <see cref="Validate(IEnumerable{Power})"/>.</summary>
    /// <param name="power">The power; <see langword="null"/> gives a <see cref="CatalogRuleCodes.PowerMissing"/> finding.</param>
    /// <returns>The findings, with <see cref="PowerFindings.Index"/> 0.</returns>
    public PowerFindings Validate(Power? power) => ValidateOne(0, power, null);

    /// <summary>Checks a list of powers (审核职权目录) in one pass, including duplicate codes across the list.</summary>
    /// <param name="powers">The powers, in the order to report them; elements may be null.</param>
    /// <returns>The findings grouped by power, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="powers"/> is null.</exception>
    public CatalogValidationResult Validate(IEnumerable<Power?> powers)
    {
        Preconditions.CheckNotNull(powers);
        var results = powers is IReadOnlyCollection<Power?> collection ? new List<PowerFindings>(collection.Count) : [];
        var firstIndexByCode = new Dictionary<PowerCode, int>(results.Capacity);
        var index = 0;
        foreach (var power in powers)
        {
            Finding? duplicate = null;
            if (power is not null && !power.Code.IsEmpty && !firstIndexByCode.TryAdd(power.Code, index))
            {
                duplicate = Duplicate(power.Code, firstIndexByCode[power.Code]);
            }

            results.Add(ValidateOne(index, power, duplicate));
            index++;
        }

        return new CatalogValidationResult(results.ToArray());
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

    private PowerFindings ValidateOne(int index, Power? power, Finding? duplicate)
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

        var findings = FluentFindings.ToFindings(rules.Validate(power).Errors, disabled);
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
