namespace PowerGovernance.Accountability;

/// <summary>
/// How grave the circumstances, the harm and the impact are (情节、损害和影响): the tier decides which
/// sanctions are available.
/// </summary>
public enum SeverityTier
{
    /// <summary>Minor, with small harm and impact (情节轻微，损害和影响较小): by default sanctions 1–3.</summary>
    Minor = 1,

    /// <summary>Serious, with larger harm and impact (情节严重，损害和影响较大): by default sanctions 4–7.</summary>
    Serious = 2,

    /// <summary>Especially serious, with grave harm and impact (情节特别严重，损害和影响重大): by default sanctions 8–10.</summary>
    EspeciallySerious = 3,
}
