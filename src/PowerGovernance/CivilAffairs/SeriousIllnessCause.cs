namespace PowerGovernance.CivilAffairs;

/// <summary>
/// What caused the medical costs (致病原因). The township's serious-illness aid rules exclude accidents, injuries caused by
/// others and mental illness from the scope of aid (安全、交通等事故，人为伤害事故和精神患者不列入救助范围).
/// </summary>
public enum SeriousIllnessCause
{
    /// <summary>An illness (疾病), the only cause the aid covers.</summary>
    Illness = 0,

    /// <summary>A safety, traffic or other accident (安全、交通等事故): excluded.</summary>
    Accident = 1,

    /// <summary>An injury caused by another person (人为伤害事故): excluded.</summary>
    InjuryCausedByOthers = 2,

    /// <summary>A mental illness (精神疾病患者): excluded.</summary>
    MentalIllness = 3,
}
