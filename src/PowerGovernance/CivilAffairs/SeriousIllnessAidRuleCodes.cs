namespace PowerGovernance.CivilAffairs;

/// <summary>The stable codes of the reasons a <see cref="SeriousIllnessAidEligibility"/> assessment gives (大病救助审核理由代码).</summary>
public static class SeriousIllnessAidRuleCodes
{
    /// <summary>Ground 1 met: a member of a five-guarantee or extreme-poverty household with a listed disease.</summary>
    public const string ListedDiseaseInSupportedHousehold = nameof(ListedDiseaseInSupportedHousehold);

    /// <summary>Ground 2 met: medical costs this year above the threshold that affect the household's basic living.</summary>
    public const string HighMedicalCosts = nameof(HighMedicalCosts);

    /// <summary>Ground 1 missed: the patient's household is neither five-guarantee nor extreme-poverty.</summary>
    public const string NotSupportedHousehold = nameof(NotSupportedHousehold);

    /// <summary>Ground 1 missed: the patient has none of the listed diseases.</summary>
    public const string DiseaseNotListed = nameof(DiseaseNotListed);

    /// <summary>Ground 2 missed: the medical costs this year are not above the threshold.</summary>
    public const string CostsNotAboveThreshold = nameof(CostsNotAboveThreshold);

    /// <summary>Ground 2 missed: the medical costs do not affect the household's basic living.</summary>
    public const string BasicLivingNotAffected = nameof(BasicLivingNotAffected);

    /// <summary>The costs come from an excluded cause: an accident, an injury caused by others, or a mental illness.</summary>
    public const string ExcludedCause = nameof(ExcludedCause);

    /// <summary>A fact is not a valid value (negative costs, an undefined enumeration value).</summary>
    public const string FactInvalid = nameof(FactInvalid);
}
