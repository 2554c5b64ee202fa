namespace PowerGovernance.Powers;

/// <summary>The legal-affairs office's decision on one item of a declared catalog (逐项审核).</summary>
public enum ItemDecision
{
    /// <summary>Not decided yet.</summary>
    Pending = 0,

    /// <summary>Confirmed: the power stays (予以确认).</summary>
    Confirmed = 1,

    /// <summary>Abolished: the power leaves the catalog on publication (予以取消).</summary>
    Abolished = 2,

    /// <summary>Responsibility or content unclear: to be clarified and decided again (予以明确).</summary>
    ToBeClarified = 3,
}
