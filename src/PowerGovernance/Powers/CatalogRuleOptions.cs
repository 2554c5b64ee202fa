using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>
/// What an office configures in the catalog rules (职权目录审核规则) that <see cref="CatalogValidator"/>
/// applies: the code format, its own categories, the committed-limit fraction and rules it switches off.
/// Every member has a named, documented default; start from <see cref="Default"/> and change members with
/// a <c>with</c> expression.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record CatalogRuleOptions
{
    /// <summary>The default <see cref="CommittedLimitMaxNumerator"/>: 2, of <see cref="DefaultCommittedLimitMaxDenominator"/> 3.</summary>
    public const int DefaultCommittedLimitMaxNumerator = 2;

    /// <summary>The default <see cref="CommittedLimitMaxDenominator"/>: 3.</summary>
    public const int DefaultCommittedLimitMaxDenominator = 3;

    private readonly PowerCodeFormat codeFormat = PowerCodeFormat.Standard;
    private readonly IReadOnlyList<PowerCategory> additionalCategories = [];
    private readonly int numerator = DefaultCommittedLimitMaxNumerator;
    private readonly int denominator = DefaultCommittedLimitMaxDenominator;
    private readonly FrozenSet<string> disabledRules = FrozenSet<string>.Empty;

    /// <summary>Gets the default options (默认审核规则): the standard code format, no additional categories, 2/3, no rule disabled.</summary>
    public static CatalogRuleOptions Default { get; } = new();

    /// <summary>
    /// Gets the format power codes must follow (权力编码格式); default <see cref="PowerCodeFormat.Standard"/>
    /// (<c>62052400MZ-XK-0001</c>). When the format captures a <c>type</c> group, the rules also check it
    /// against the category's <see cref="PowerCategory.TypeCode"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public PowerCodeFormat CodeFormat
    {
        get => codeFormat;
        init => codeFormat = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// Gets the office's own categories accepted besides <see cref="PowerCategory.WellKnown"/> (本单位增设的权力类别);
    /// default empty. A power whose category is in neither list is reported as
    /// <see cref="CatalogRuleCodes.CategoryUnknown"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value contains a null element.</exception>
    public IReadOnlyList<PowerCategory> AdditionalCategories
    {
        get => additionalCategories;
        init
        {
            var copy = Preconditions.CheckNotNull(value).ToArray();
            if (Array.IndexOf(copy, null) >= 0)
            {
                throw new ArgumentException(
                    "The additional categories (AdditionalCategories) must not contain null. / 本单位增设的权力类别中不得有空值。",
                    nameof(value));
            }

            additionalCategories = Array.AsReadOnly(copy);
        }
    }

    /// <summary>
    /// Gets the numerator of the largest share of the legal limit a committed limit may take (承诺时限占法定时限的最大比例);
    /// default <see cref="DefaultCommittedLimitMaxNumerator"/> (2), so with the denominator 3 the committed limit
    /// must be at least one third shorter than the legal one (承诺时限要比法定时限缩短三分之一以上).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The rule: a committed limit of the same kind of days as the legal limit may have at most
    /// ⌊legal days × numerator ÷ denominator⌋ days, rounded <b>down</b> (floor). With the default 2/3:
    /// 20 working days → at most 13; 15 → 10; 10 → 6; 30 natural days → 20; 1 → 0.
    /// </para>
    /// <para>
    /// Rounding down is not merely conservative but exact for whole days: "at least one third shorter"
    /// means committed ≤ legal × 2/3 (以上 includes the number itself), and a whole number of days is at most
    /// legal × 2/3 exactly when it is at most its floor.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int CommittedLimitMaxNumerator
    {
        get => numerator;
        init
        {
            numerator = Preconditions.CheckOptionRange(value, 0, int.MaxValue, nameof(CatalogRuleOptions));
        }
    }

    /// <summary>
    /// Gets the denominator of the committed-limit share; default <see cref="DefaultCommittedLimitMaxDenominator"/> (3).
    /// <see cref="CatalogValidator"/> requires the numerator not to exceed it (a committed limit may never be
    /// longer than the legal one).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int CommittedLimitMaxDenominator
    {
        get => denominator;
        init
        {
            denominator = Preconditions.CheckOptionRange(value, 1, int.MaxValue, nameof(CatalogRuleOptions));
        }
    }

    /// <summary>
    /// Gets the codes of rules the office switches off (停用的规则), e.g. <see cref="CatalogRuleCodes.ResponsiblePersonMissing"/>
    /// for an office that lists posts rather than names; default empty. Codes compare ordinally; unknown
    /// codes are ignored.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyCollection<string> DisabledRules
    {
        get => disabledRules;
        init => disabledRules = Preconditions.CheckNotNull(value).Where(code => code is not null).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets <see cref="DisabledRules"/> as a set for lookups.</summary>
    internal FrozenSet<string> DisabledRuleSet => disabledRules;

    /// <summary>
    /// Gets the longest committed limit (承诺时限) allowed for the legal limit <paramref name="legal"/>: the same kind of
    /// days, ⌊legal days × numerator ÷ denominator⌋ of them (rounded down). A quarter limit (<see cref="TimeLimitKind.EndOfQuarter"/>)
    /// cannot be shortened by a fraction of a quarter: the same rule is applied to its following quarters, so a legal
    /// "end of the next quarter" allows at most "end of this quarter".
    /// </summary>
    /// <param name="legal">The legal limit (法定时限).</param>
    /// <returns>The longest committed limit, of the same kind as <paramref name="legal"/>.</returns>
    public TimeLimit MaxCommitted(TimeLimit legal)
    {
        var days = (int)Math.Min(TimeLimit.MaxDays, (long)legal.Days * numerator / denominator);
        return legal.Kind switch
        {
            TimeLimitKind.NaturalDays => TimeLimit.NaturalDays(days),
            TimeLimitKind.EndOfQuarter => TimeLimit.EndOfQuarter(Math.Min(TimeLimit.MaxFollowingQuarters, days)),
            _ => TimeLimit.WorkingDays(days),
        };
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the additional categories in order and the disabled rules as a set (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CatalogRuleOptions? other) =>
        other is not null
        && Equals(CodeFormat, other.CodeFormat)
        && ValueEquality.SequenceEqual(AdditionalCategories, other.AdditionalCategories)
        && CommittedLimitMaxNumerator == other.CommittedLimitMaxNumerator
        && CommittedLimitMaxDenominator == other.CommittedLimitMaxDenominator
        && ValueEquality.SetEqual(DisabledRules, other.DisabledRules);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CatalogRuleOptions)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(CodeFormat, CommittedLimitMaxNumerator, CommittedLimitMaxDenominator, ValueEquality.SetHash(DisabledRules));
}
