using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Supervision;

/// <summary>
/// A case's electronic supervision card at one moment (电子监察亮牌结果): its tier, the gravest of its reasons', and every
/// reason that applies, in the order <see cref="SupervisionCardEvaluator"/> checks them (lateness of the case, legal
/// lateness, the current step, a refusal, the fee).
/// </summary>
public sealed class SupervisionCard
{
    private SupervisionCard(SupervisionCardTier tier, SupervisionCardReason[] reasons)
    {
        Tier = tier;
        Reasons = Array.AsReadOnly(reasons);
    }

    /// <summary>Creates a card from its reasons; the tier is the gravest of theirs (<see cref="SupervisionCardTier.None"/> when there are none).</summary>
    /// <param name="reasons">The reasons.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> or one of them is null.</exception>
    public SupervisionCard(IEnumerable<SupervisionCardReason> reasons)
    {
        var copy = Preconditions.CheckNotNull(reasons).ToArray();
        Tier = Gravest(copy);
        Reasons = Array.AsReadOnly(copy);
    }

    /// <summary>Gets the card of a case nothing applies to (无牌); shared, so evaluating such a case allocates nothing.</summary>
    public static SupervisionCard None { get; } = new(SupervisionCardTier.None, []);

    /// <summary>Gets the tier: the gravest tier among <see cref="Reasons"/>.</summary>
    public SupervisionCardTier Tier { get; }

    /// <summary>Gets every reason that applies.</summary>
    public IReadOnlyList<SupervisionCardReason> Reasons { get; }

    /// <summary>Gets whether a reason with <paramref name="code"/> applies.</summary>
    /// <param name="code">A code of <see cref="SupervisionCardCodes"/>.</param>
    /// <returns>Whether it applies.</returns>
    public bool Has(string code) => Reasons.Any(r => string.Equals(r.Code, code, StringComparison.Ordinal));

    /// <summary>Returns the tier and the reasons' codes.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Tier + (Reasons.Count == 0 ? string.Empty : " (" + string.Join(", ", Reasons.Select(r => r.Code)) + ")");

    internal static SupervisionCard Of(List<SupervisionCardReason>? reasons) =>
        reasons is null || reasons.Count == 0 ? None : new SupervisionCard(reasons);

    private static SupervisionCardTier Gravest(SupervisionCardReason[] reasons)
    {
        var tier = SupervisionCardTier.None;
        foreach (var reason in reasons)
        {
            Preconditions.CheckNotNull(reason, nameof(reasons));
            if (reason.Tier > tier)
            {
                tier = reason.Tier;
            }
        }

        return tier;
    }
}
