namespace PowerGovernance.Powers;

/// <summary>The legal-affairs office's decision on one item of a declared catalog (逐项审核).</summary>
public enum ItemDecision
{
    /// <summary>Not decided yet.</summary>
    Pending = 0,

    /// <summary>
    /// Confirmed: the power stays (凡符合规定要求的，应依法予以确认). Refused for a power without a legal basis
    /// (<see cref="Power.HasLegalBasis"/>), which is to be abolished.
    /// </summary>
    Confirmed = 1,

    /// <summary>
    /// Abolished: the power leaves the catalog on publication (予以取消或废止); the decision for a power without a
    /// legal basis (凡无合法依据的，应予以废止).
    /// </summary>
    Abolished = 2,

    /// <summary>Responsibility or content unclear: to be clarified and decided again (予以明确).</summary>
    ToBeClarified = 3,
}
