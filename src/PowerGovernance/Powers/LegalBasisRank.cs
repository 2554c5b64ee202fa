namespace PowerGovernance.Powers;

/// <summary>
/// The rank of a legal basis (法律依据的效力层级), highest first. Bases of a power are listed in this order
/// (按效力层级排列), with normative documents and Party regulations after the legislative ranks.
/// </summary>
public enum LegalBasisRank
{
    /// <summary>A law of the National People's Congress or its Standing Committee (法律).</summary>
    Law = 0,

    /// <summary>An administrative regulation of the State Council (行政法规).</summary>
    AdministrativeRegulation = 1,

    /// <summary>A departmental rule of a State Council department (部门规章).</summary>
    DepartmentalRule = 2,

    /// <summary>A local regulation of a local people's congress (地方性法规).</summary>
    LocalRegulation = 3,

    /// <summary>A local government rule, e.g. a provincial government rule (地方政府规章).</summary>
    LocalGovernmentRule = 4,

    /// <summary>A normative document (规范性文件).</summary>
    NormativeDocument = 5,

    /// <summary>A Party regulation (党内法规).</summary>
    PartyRegulation = 6,
}
