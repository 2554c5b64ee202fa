using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.Accountability;

/// <summary>
/// The outcome of <see cref="SanctionPolicy.Assess"/> (问责方式建议): the sanctions that may be imposed, alone or
/// combined, the recommended one, the referrals, and every rule that produced them in English and Chinese.
/// </summary>
/// <param name="Tier">The tier.</param>
/// <param name="Factors">The aggravating factors that apply, derived ones included.</param>
/// <param name="Allowed">The sanctions that may be imposed, lightest first; any non-empty combination of them is allowed.</param>
/// <param name="Recommended">The recommended sanction, always one of <paramref name="Allowed"/>.</param>
/// <param name="Referrals">Discipline on top, or the judiciary.</param>
/// <param name="Reasons">The rules applied, in order.</param>
public sealed record SanctionAssessment(
    SeverityTier Tier,
    IReadOnlyList<AggravatingFactor> Factors,
    IReadOnlyList<Sanction> Allowed,
    Sanction Recommended,
    Referral Referrals,
    IReadOnlyList<AppliedRule> Reasons)
{
    /// <summary>Whether heavier treatment applies (从重).</summary>
    public bool IsAggravated => Factors.Count > 0;

    /// <summary>Checks a decision's sanctions against the allowed ones, reporting every problem at once.</summary>
    /// <param name="chosen">The sanctions decided (alone or combined).</param>
    /// <returns>The problems; empty when the choice is allowed.</returns>
    public IReadOnlyList<Finding> Check(IEnumerable<Sanction> chosen)
    {
        var list = Preconditions.CheckNotNull(chosen).ToList();
        var problems = new List<Finding>();
        if (list.Count == 0)
        {
            problems.Add(new Finding(SanctionRuleCodes.NoSanctionChosen, FindingSeverity.Error, "Sanctions", null, "A decision must impose at least one sanction.", "问责决定须至少采用一种问责方式。"));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } s || !Allowed.Any(a => a.Code == s.Code))
            {
                problems.Add(new Finding(
                    SanctionRuleCodes.SanctionNotAllowed,
                    FindingSeverity.Error,
                    "Sanctions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]",
                    list[i]?.Code,
                    "The sanction is not allowed for this case; allowed: " + string.Join(", ", Allowed.Select(a => a.EnglishName)) + ".",
                    "本案不得采用该问责方式；可采用：" + string.Join("、", Allowed.Select(a => a.ChineseName)) + "。"));
            }
        }

        return problems;
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(SanctionAssessment? other) =>
        other is not null
        && Tier == other.Tier
        && ValueEquality.SequenceEqual(Factors, other.Factors)
        && ValueEquality.SequenceEqual(Allowed, other.Allowed)
        && Equals(Recommended, other.Recommended)
        && Referrals == other.Referrals
        && ValueEquality.SequenceEqual(Reasons, other.Reasons);

    /// <summary>Returns a hash code consistent with <see cref="Equals(SanctionAssessment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Tier, Recommended, Referrals);
}
