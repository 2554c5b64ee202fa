namespace PowerGovernance.Powers;

/// <summary>
/// The result of a review step: either accepted, with the new round, or rejected, with the unchanged
/// round and the reason in English and Simplified Chinese (a rejection never changes anything).
/// </summary>
/// <param name="IsAccepted">Whether the step was accepted.</param>
/// <param name="Round">The new round when accepted; the unchanged round when rejected.</param>
/// <param name="Reason">Why the step was rejected, in English, or <see langword="null"/> when accepted.</param>
/// <param name="ChineseReason">The same reason in Simplified Chinese (中文说明), or <see langword="null"/> when accepted.</param>
public sealed record CatalogReviewResult(bool IsAccepted, CatalogReviewRound Round, string? Reason, string? ChineseReason);
