using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Accountability;

/// <summary>
/// What a <see cref="SanctionPolicy"/> may weigh (问责事实): the tier the investigation established, the decision
/// date, the person's record, the aggravating conduct the investigation established, and the referrals. There is
/// deliberately no member for the person's statements or defences (陈述、申辩): they are heard and checked, and may
/// lead the investigators to a lighter tier or to no accountability at all, but they can never be weighed against
/// the person (不得因被调查人声辩而从重问责).
/// </summary>
/// <param name="Tier">The tier by circumstances, harm and impact (情节、损害和影响).</param>
/// <param name="DecisionDate">The date the decision is made; the repeat window ends on it.</param>
/// <param name="EarlierDecisions">The dates of the person's earlier accountability decisions (被问责记录); the repeat factor is derived from them.</param>
/// <param name="EstablishedConduct">Aggravating conduct the investigation established (obstruction, retaliation, attempts to buy the investigators); never
/// <see cref="AggravatingFactor.RepeatedWithinOneYear"/>, which is derived.</param>
/// <param name="Referrals">Discipline on top, or a suspected crime for the judiciary.</param>
public sealed record AccountabilityFacts(
    SeverityTier Tier,
    LocalDate DecisionDate,
    IReadOnlyList<LocalDate> EarlierDecisions,
    IReadOnlyList<AggravatingFactor> EstablishedConduct,
    Referral Referrals = Referral.None)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(AccountabilityFacts? other) =>
        other is not null
        && Tier == other.Tier
        && DecisionDate == other.DecisionDate
        && ValueEquality.SequenceEqual(EarlierDecisions, other.EarlierDecisions)
        && ValueEquality.SequenceEqual(EstablishedConduct, other.EstablishedConduct)
        && Referrals == other.Referrals;

    /// <summary>Returns a hash code consistent with <see cref="Equals(AccountabilityFacts)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Tier, DecisionDate, Referrals);
}
