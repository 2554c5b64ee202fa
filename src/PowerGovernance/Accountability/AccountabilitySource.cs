namespace PowerGovernance.Accountability;

/// <summary>
/// Where a matter for accountability came from (问责线索来源): the eight channels of the rule book
/// (superior instructions, internal reports, deputies' proposals, supervisory and judicial bodies, citizens' complaints,
/// inspections, the media, other).
/// </summary>
public enum AccountabilitySource
{
    /// <summary>① Instructions, comments and circulars of superior organs, the county Party committee or government (上级机关指示、批示和通报).</summary>
    SuperiorInstruction = 1,

    /// <summary>② Serious problems reported by lower organs, cadres or staff of the system (本系统下级机关或干部职工反映).</summary>
    InternalReport = 2,

    /// <summary>③ Proposals of people's congress deputies and CPPCC members (人大代表、政协委员议案、提案).</summary>
    DeputiesProposal = 3,

    /// <summary>④ Opinions of administrative, supervisory and judicial organs (行政机关、监督机关及司法机关意见建议).</summary>
    SupervisoryOrJudicialBody = 4,

    /// <summary>⑤ Reports and accusations by citizens, legal persons and other organizations (公民、法人和其他组织的检举、控告).</summary>
    CitizenComplaint = 5,

    /// <summary>⑥ Inspection tours, work checks and target assessments (巡视巡查、工作检查、目标考核).</summary>
    Inspection = 6,

    /// <summary>⑦ News media reports (新闻媒体报道).</summary>
    Media = 7,

    /// <summary>⑧ Any other channel (其他渠道).</summary>
    Other = 8,
}
