using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

/// <summary>Hand-made powers for catalog tests.</summary>
internal static class SamplePowers
{
    public static Power MinimumLivingAllowance { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0001"),
        Name = "最低生活保障金给付",
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis("《社会救助暂行办法》", "第十一条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "民政办",
        UndertakingPost = "民政专干",
        ResponsiblePerson = "王某某",
        Initiation = Initiation.OnApplication,
        Conditions = "家庭人均收入低于当地最低生活保障标准",
        LegalTimeLimit = TimeLimit.WorkingDays(10),
        CommittedTimeLimit = TimeLimit.WorkingDays(6),
        SupervisingBody = "镇纪委",
        ComplaintChannel = "0931-1234567",
    };

    public static Power BuildingPermit { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-XK-0001"),
        Name = "乡村建设规划许可",
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国城乡规划法》", "第四十一条", LegalBasisRank.Law)],
        ImplementingBody = "某镇人民政府",
        Initiation = Initiation.OnApplication,
        Conditions = "符合村庄规划",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
    };

    public static Power SecretInspection { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-JC-0009"),
        Name = "民兵武器装备检查",
        Category = PowerCategory.Inspection,
        ImplementingBody = "某镇人民政府",
        Initiation = Initiation.ExOfficio,
        Confidentiality = new Confidentiality(true, "涉及国防秘密", "《中华人民共和国保守国家秘密法》第十三条"),
    };
}
