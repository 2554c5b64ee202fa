using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Supervision;

/// <summary>
/// What the host knows about a case beyond its snapshot, for the supervision card's triggers other than lateness
/// (亮牌佐证): the event that closed the case, and the power with the fee charged. Each trigger is checked only when its
/// evidence is given; <c>default</c> gives none.
/// </summary>
/// <param name="ClosingEvent">
/// The event that closed the case (the last of its audit log: same case id, <see cref="CaseEvent.Sequence"/> equal to the
/// snapshot's <see cref="CaseSnapshot.Version"/>), for <see cref="SupervisionCardCodes.RefusalWithoutReasons"/>; or
/// <see langword="null"/>.
/// </param>
/// <param name="Power">The power exercised (its code is the snapshot's), whose published <see cref="Powers.Power.Fee"/> the fee is compared with; or <see langword="null"/>.</param>
/// <param name="FeeCharged">The fee charged in the case, in yuan (0 or more), for <see cref="SupervisionCardCodes.FeeOutsideStandard"/>; or <see langword="null"/> when unknown.</param>
public readonly record struct SupervisionCardEvidence(CaseEvent? ClosingEvent = null, Power? Power = null, decimal? FeeCharged = null);
