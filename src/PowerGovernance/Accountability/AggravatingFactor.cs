using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Accountability;

/// <summary>
/// A circumstance calling for heavier treatment (从重问责情形). The rule book names four; an office
/// may add its own in a <see cref="SanctionTable"/>. <see cref="RepeatedWithinOneYear"/> is never typed in: the
/// <see cref="SanctionPolicy"/> derives it from the person's record. The person's own statement or defence is
/// not, and cannot be made, a factor (不得因被调查人声辩而从重问责).
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="ChineseName">The Chinese name.</param>
/// <param name="EnglishName">The English name.</param>
public sealed record AggravatingFactor(string Code, string ChineseName, string EnglishName)
{
    /// <summary>① Held accountable twice or more within one year (1年内出现2次以上被问责): derived from the record.</summary>
    public static AggravatingFactor RepeatedWithinOneYear { get; } = new("repeated-within-one-year", "1年内出现2次以上被问责", "Held accountable twice or more within one year");

    /// <summary>② Interfering with, obstructing or not cooperating with the investigation (干扰、阻碍、不配合调查).</summary>
    public static AggravatingFactor ObstructedInvestigation { get; } = new("obstructed-investigation", "干扰、阻碍、不配合调查", "Obstructed or did not cooperate with the investigation");

    /// <summary>③ Retaliating against or framing informants, accusers, witnesses or others (打击、报复、陷害检举人、控告人、证人).</summary>
    public static AggravatingFactor Retaliation { get; } = new("retaliation", "打击、报复、陷害检举人、控告人、证人及其他有关人员", "Retaliated against informants, accusers or witnesses");

    /// <summary>④ Trying to win over or buy the investigators (拉拢、收买问责调查人员).</summary>
    public static AggravatingFactor AttemptedToBuyInvestigators { get; } = new("attempted-to-buy-investigators", "拉拢、收买问责调查人员，影响公正实施问责", "Tried to win over or buy the investigators");

    /// <summary>The four factors of the rule book, in its order.</summary>
    public static IReadOnlyList<AggravatingFactor> WellKnown { get; } = Array.AsReadOnly(
        [RepeatedWithinOneYear, ObstructedInvestigation, Retaliation, AttemptedToBuyInvestigators]);

    /// <summary>The code.</summary>
    public string Code { get; init; } = Preconditions.CheckNotBlank(Code);

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; init; } = Preconditions.CheckNotBlank(ChineseName);

    /// <summary>The English name.</summary>
    public string EnglishName { get; init; } = Preconditions.CheckNotBlank(EnglishName);

    /// <inheritdoc />
    public override string ToString() => ChineseName + " (" + EnglishName + ")";
}
