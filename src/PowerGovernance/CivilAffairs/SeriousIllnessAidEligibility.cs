using System;
using System.Collections.Generic;
using System.Globalization;
using PowerGovernance.Internal;
using PowerGovernance.Validation;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The eligibility rules of serious-illness aid (大病救助条件), as the township's civil-affairs service rules state them:
/// aid is granted to (1) a member of a five-guarantee or extreme-poverty household (五保户、特困户家庭人员) with a malignant
/// tumour, leukaemia or uraemia, or (2) a patient whose medical costs paid in the year exceed ¥10,000 (当年支出的医疗费用超过1万元)
/// and affect the household's basic living; accidents (safety, traffic and the like), injuries caused by others and mental
/// illness are not within the scope of aid (不列入救助范围), whichever ground is claimed.
/// </summary>
/// <remarks>
/// A pure value: <see cref="Assess"/> reads the facts and returns every reason at once, never throwing for a bad fact (a
/// negative cost or an undefined value is a reason of its own, <see cref="SeriousIllnessAidRuleCodes.FactInvalid"/>).
/// </remarks>
public sealed record SeriousIllnessAidEligibility
{
    /// <summary>Creates the policy with its threshold.</summary>
    /// <param name="medicalCostThreshold">The yearly medical costs, in yuan, that must be exceeded (超过) for ground 2; ¥10,000 in the rule book.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="medicalCostThreshold"/> is negative.</exception>
    public SeriousIllnessAidEligibility(decimal medicalCostThreshold)
    {
        MedicalCostThreshold = medicalCostThreshold;
    }

    /// <summary>Gets the rule book's policy: a threshold of ¥10,000 (1万元).</summary>
    public static SeriousIllnessAidEligibility Default { get; } = new(10_000m);

    /// <summary>Gets the yearly medical costs, in yuan, that must be exceeded for ground 2 (医疗费用标准); not negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount.</exception>
    public decimal MedicalCostThreshold
    {
        get;
        init => field = value >= 0m
            ? value
            : throw Preconditions.OptionOutOfRange(nameof(SeriousIllnessAidEligibility), nameof(MedicalCostThreshold), value, "must not be negative", "不得为负数");
    }

    /// <summary>Checks the facts of an application against the rules (大病救助审核).</summary>
    /// <param name="facts">The facts established by the township's review and home visit.</param>
    /// <returns>Eligible or not, with every reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public SeriousIllnessAidAssessment Assess(SeriousIllnessAidFacts facts)
    {
        Preconditions.CheckNotNull(facts);
        var reasons = new List<Finding>();
        var valid = CheckFacts(facts, reasons);
        if (!valid)
        {
            return new SeriousIllnessAidAssessment(reasons);
        }

        var supported = facts.Household != SupportedHousehold.None;
        var listed = facts.Disease != ListedDisease.None;
        var costly = facts.MedicalCostsThisYear > MedicalCostThreshold;
        var groundOne = supported && listed;
        var groundTwo = costly && facts.AffectsBasicLiving;
        if (groundOne)
        {
            reasons.Add(Info(SeriousIllnessAidRuleCodes.ListedDiseaseInSupportedHousehold, nameof(facts.Disease), facts.Disease.ToString(),
                $"A member of a {Household(facts.Household).English} household with {Disease(facts.Disease).English}: ground 1 is met.",
                $"{Household(facts.Household).Chinese}家庭人员患{Disease(facts.Disease).Chinese}：符合第一项条件。"));
        }

        if (groundTwo)
        {
            reasons.Add(Info(SeriousIllnessAidRuleCodes.HighMedicalCosts, nameof(facts.MedicalCostsThisYear), Yuan(facts.MedicalCostsThisYear),
                $"Medical costs of {Yuan(facts.MedicalCostsThisYear)} yuan this year exceed {Yuan(MedicalCostThreshold)} yuan and affect the household's basic living: ground 2 is met.",
                $"当年医疗费用{Yuan(facts.MedicalCostsThisYear)}元，超过{Yuan(MedicalCostThreshold)}元且影响家庭基本生活：符合第二项条件。"));
        }

        if (!groundOne && !groundTwo)
        {
            // Every way the two grounds are missed, so the written refusal names them all.
            if (!supported)
            {
                reasons.Add(Error(SeriousIllnessAidRuleCodes.NotSupportedHousehold, nameof(facts.Household), facts.Household.ToString(),
                    "The patient is not a member of a five-guarantee or extreme-poverty household (ground 1).",
                    "申请人不是五保户、特困户家庭人员（第一项条件）。"));
            }

            if (!listed)
            {
                reasons.Add(Error(SeriousIllnessAidRuleCodes.DiseaseNotListed, nameof(facts.Disease), facts.Disease.ToString(),
                    "The patient has none of the listed diseases: malignant tumour, leukaemia, uraemia (ground 1).",
                    "未患所列病种：恶性肿瘤、白血病、尿毒症（第一项条件）。"));
            }

            if (!costly)
            {
                reasons.Add(Error(SeriousIllnessAidRuleCodes.CostsNotAboveThreshold, nameof(facts.MedicalCostsThisYear), Yuan(facts.MedicalCostsThisYear),
                    $"Medical costs of {Yuan(facts.MedicalCostsThisYear)} yuan this year do not exceed {Yuan(MedicalCostThreshold)} yuan (ground 2).",
                    $"当年医疗费用{Yuan(facts.MedicalCostsThisYear)}元，未超过{Yuan(MedicalCostThreshold)}元（第二项条件）。"));
            }

            if (!facts.AffectsBasicLiving)
            {
                reasons.Add(Error(SeriousIllnessAidRuleCodes.BasicLivingNotAffected, nameof(facts.AffectsBasicLiving), "false",
                    "The medical costs do not affect the household's basic living (ground 2).",
                    "医疗费用未影响家庭基本生活（第二项条件）。"));
            }
        }

        if (facts.Cause != SeriousIllnessCause.Illness)
        {
            var (english, chinese) = Cause(facts.Cause);
            reasons.Add(Error(SeriousIllnessAidRuleCodes.ExcludedCause, nameof(facts.Cause), facts.Cause.ToString(),
                $"The costs come from {english}, which is not within the scope of serious-illness aid.",
                $"医疗费用因{chinese}产生，不列入大病救助范围。"));
        }

        return new SeriousIllnessAidAssessment(reasons);
    }

    private static bool CheckFacts(SeriousIllnessAidFacts facts, List<Finding> reasons)
    {
        var count = reasons.Count;
        if (!Enum.IsDefined(facts.Household))
        {
            reasons.Add(Invalid(nameof(facts.Household), facts.Household.ToString()));
        }

        if (!Enum.IsDefined(facts.Disease))
        {
            reasons.Add(Invalid(nameof(facts.Disease), facts.Disease.ToString()));
        }

        if (!Enum.IsDefined(facts.Cause))
        {
            reasons.Add(Invalid(nameof(facts.Cause), facts.Cause.ToString()));
        }

        if (facts.MedicalCostsThisYear < 0m)
        {
            reasons.Add(Error(SeriousIllnessAidRuleCodes.FactInvalid, nameof(facts.MedicalCostsThisYear), Yuan(facts.MedicalCostsThisYear),
                $"The medical costs {Yuan(facts.MedicalCostsThisYear)} yuan are negative.", $"医疗费用{Yuan(facts.MedicalCostsThisYear)}元为负数。"));
        }

        return reasons.Count == count;
    }

    private static Finding Invalid(string field, string value) => Error(SeriousIllnessAidRuleCodes.FactInvalid, field, value,
        $"{field} has the undefined value {value}.", $"{field}的值{value}未定义。");

    private static (string English, string Chinese) Household(SupportedHousehold household) => household == SupportedHousehold.FiveGuarantee
        ? ("five-guarantee", "五保户")
        : ("extreme-poverty", "特困户");

    private static (string English, string Chinese) Disease(ListedDisease disease) => disease switch
    {
        ListedDisease.MalignantTumour => ("a malignant tumour", "恶性肿瘤"),
        ListedDisease.Leukaemia => ("leukaemia", "白血病"),
        _ => ("uraemia", "尿毒症"),
    };

    private static (string English, string Chinese) Cause(SeriousIllnessCause cause) => cause switch
    {
        SeriousIllnessCause.Accident => ("an accident (safety, traffic or the like)", "安全、交通等事故"),
        SeriousIllnessCause.InjuryCausedByOthers => ("an injury caused by another person", "人为伤害事故"),
        _ => ("a mental illness", "精神疾病"),
    };

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static Finding Info(string code, string path, string? value, string english, string chinese) =>
        new(code, FindingSeverity.Info, path, value, english, chinese);

    private static Finding Error(string code, string path, string? value, string english, string chinese) =>
        Finding.Error(code, path, value, english, chinese);
}
