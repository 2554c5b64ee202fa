namespace PowerGovernance.Risks;

/// <summary>Stable codes of the risk register rules (see <see cref="Validation.Finding.Code"/>).</summary>
public static class RiskRuleCodes
{
    /// <summary>A risk point has no id.</summary>
    public const string IdMissing = "RiskPointIdMissing";

    /// <summary>Two risk points have the same id.</summary>
    public const string IdDuplicate = "RiskPointIdDuplicate";

    /// <summary>A risk point names neither a power nor a post.</summary>
    public const string SubjectMissing = "RiskPointSubjectMissing";

    /// <summary>A risk point names a power the catalog does not list.</summary>
    public const string PowerUnknown = "RiskPointPowerUnknown";

    /// <summary>A risk point names a post the office does not have.</summary>
    public const string PostUnknown = "RiskPointPostUnknown";

    /// <summary>A risk point does not say where the risk lies.</summary>
    public const string DescriptionMissing = "RiskPointDescriptionMissing";

    /// <summary>A risk point's level is not high, medium or low.</summary>
    public const string LevelUndefined = "RiskLevelUndefined";

    /// <summary>A risk point has no prevention measure.</summary>
    public const string ControlMissing = "RiskControlMissing";

    /// <summary>A prevention measure is blank.</summary>
    public const string ControlBlank = "RiskControlBlank";
}
