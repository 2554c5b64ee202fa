using System.Collections.Generic;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// The outcome of an <see cref="AccountabilityProceedings"/> call: accepted, with the new case and the events to append; or
/// rejected, with the reason, the case unchanged and no events.
/// </summary>
/// <param name="Case">The case after the call; on a rejected <see cref="AccountabilityProceedings.Open"/>, <see langword="null"/>.</param>
/// <param name="Events">The events to append to the audit chain (none when rejected).</param>
/// <param name="Rejection">Why the call was refused, or <see langword="null"/>.</param>
public sealed record AccountabilityResult(AccountabilityCase? Case, IReadOnlyList<CaseEvent> Events, FireRejection? Rejection)
{
    /// <summary>Whether the call was accepted.</summary>
    public bool IsAccepted => Rejection is null;
}
