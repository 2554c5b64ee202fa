using NodaTime;

namespace PowerGovernance.Powers;

/// <summary>One recorded step of a review round: what happened, who did it, when, and a note.</summary>
/// <param name="Stage">The stage reached (for item decisions, <see cref="CatalogReviewStage.Declared"/>).</param>
/// <param name="Action">What happened, e.g. <c>Signed</c> or <c>Decided 62052400MZ-JF-0001: Confirmed</c>.</param>
/// <param name="Actor">Who did it (a meeting, the head, the legal-affairs office).</param>
/// <param name="At">When, from the host's clock.</param>
/// <param name="Note">A note, e.g. the meeting's minutes number, or <see langword="null"/>.</param>
public sealed record CatalogReviewEvent(CatalogReviewStage Stage, string Action, string Actor, Instant At, string? Note)
{
    /// <summary>Gets what happened in Simplified Chinese, e.g. <c>主要负责人签字</c> or <c>审核62052400MZ-JF-0001：予以确认</c>; empty for an event made without one.</summary>
    public string ChineseAction { get; init; } = string.Empty;
}
