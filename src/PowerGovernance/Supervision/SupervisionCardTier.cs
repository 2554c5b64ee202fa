namespace PowerGovernance.Supervision;

/// <summary>
/// The tiers of an electronic supervision card (电子监察预警、黄牌、红牌), in increasing gravity; a case's card is the
/// gravest tier any of its reasons carries (see <see cref="SupervisionCardEvaluator"/>).
/// </summary>
/// <remarks>
/// Cards are not the board's lights: the supervision board's yellow list (<see cref="BoardReport.Yellow"/>, 黄灯) holds
/// cases in <see cref="DeadlineState.Warning"/>, which is the <see cref="Warning"/> tier here, and its red list
/// (<see cref="BoardReport.Red"/>, 红灯) holds cases past the committed limit, which earn a <see cref="Yellow"/> card
/// under the default <see cref="SupervisionCardPolicy"/> (electronic supervision as local rules practise it).
/// </remarks>
public enum SupervisionCardTier
{
    /// <summary>No card (无): nothing the policy watches applies.</summary>
    None = 0,

    /// <summary>A warning before the committed limit (预警): the case is close to it under <see cref="SupervisionCardPolicy.Warning"/>.</summary>
    Warning = 1,

    /// <summary>A yellow card (黄牌): the committed limit (承诺时限) is passed, or another trigger the policy rates yellow applies.</summary>
    Yellow = 2,

    /// <summary>
    /// A red card (红牌): the case is still open past the supervision deadline after its yellow card (督办期限), a legal limit
    /// is passed (违法超期), or another trigger the policy rates red applies.
    /// </summary>
    Red = 3,
}
