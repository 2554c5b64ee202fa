using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

/// <summary>A power that meets every catalog rule, to be broken one member at a time by the rule tests.</summary>
internal static class RulePowers
{
    public static LegalBasis LicensingLaw { get; } = new("《中华人民共和国行政许可法》", "第四十二条", LegalBasisRank.Law);

    public static Power Valid { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-XK-0001"),
        Name = "乡村建设规划许可",
        Category = PowerCategory.Licensing,
        LegalBases =
        [
            new LegalBasis("《中华人民共和国城乡规划法》", "第四十一条", LegalBasisRank.Law),
            new LegalBasis("《甘肃省城乡规划条例》", "第三十二条", LegalBasisRank.LocalRegulation),
        ],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "规划建设办",
        UndertakingPost = "审批岗",
        ResponsiblePerson = "王建国",
        Initiation = Initiation.OnApplication,
        Conditions = "符合村庄规划，提交申请书及宅基地使用证明",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
        Fee = Fee.Free,
        Disclosure = new Disclosure("社会公开", DisclosureForms.NoticeBoard | DisclosureForms.Website, DisclosureTiming.LongTerm),
        Confidentiality = Confidentiality.Public,
        SupervisingBody = "镇纪委",
        ComplaintChannel = "监督电话 0938-1234567",
    };
}
