namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The facts an application for serious-illness aid (大病救助) is judged on, as the township's review and home visit
/// establish them (镇人民政府审核并入户调查).
/// </summary>
/// <param name="Household">Whether the patient belongs to a five-guarantee or extreme-poverty household (五保户、特困户).</param>
/// <param name="Disease">The listed disease the patient has, if any (恶性肿瘤、白血病、尿毒症).</param>
/// <param name="MedicalCostsThisYear">The medical costs the patient paid in the current year, in yuan (当年支出的医疗费用，元); not negative.</param>
/// <param name="AffectsBasicLiving">Whether those costs affect the household's basic living (影响家庭基本生活).</param>
/// <param name="Cause">What caused the costs (致病原因).</param>
public sealed record SeriousIllnessAidFacts(
    SupportedHousehold Household,
    ListedDisease Disease,
    decimal MedicalCostsThisYear,
    bool AffectsBasicLiving,
    SeriousIllnessCause Cause);
