namespace PowerGovernance.CivilAffairs;

/// <summary>The diseases the township's serious-illness aid rules list for five-guarantee and extreme-poverty households (大病救助病种).</summary>
public enum ListedDisease
{
    /// <summary>None of the listed diseases (非所列病种).</summary>
    None = 0,

    /// <summary>A malignant tumour (恶性肿瘤).</summary>
    MalignantTumour = 1,

    /// <summary>Leukaemia (白血病).</summary>
    Leukaemia = 2,

    /// <summary>Uraemia (尿毒症; the rule book's text misprints it as 尿素症).</summary>
    Uraemia = 3,
}
