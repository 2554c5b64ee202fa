using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

/// <summary>Hand-written powers for example tests.</summary>
internal static class SamplePowers
{
    public static Power MinimumLivingAllowance { get; } = new()
    {
        Code = new PowerCode("62052400MZ-JF-0001"),
        Name = "最低生活保障审批",
        Category = PowerCategory.Benefit,
        LegalBases =
        [
            new LegalBasis("《社会救助暂行办法》", "第十一条", LegalBasisRank.AdministrativeRegulation),
            new LegalBasis("《甘肃省最低生活保障办法》", null, LegalBasisRank.LocalGovernmentRule),
        ],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "民政办",
        UndertakingPost = "民政专干",
        ResponsiblePerson = "张三",
        Initiation = Initiation.OnApplication,
        Conditions = "户籍在本镇，家庭人均收入低于当地低保标准",
        LegalTimeLimit = TimeLimit.WorkingDays(30),
        CommittedTimeLimit = TimeLimit.WorkingDays(20),
        Fee = Fee.Free,
        Disclosure = new Disclosure("全镇", DisclosureForms.NoticeBoard | DisclosureForms.Website, DisclosureTiming.LongTerm),
        Confidentiality = Confidentiality.Public,
        SupervisingBody = "镇纪委",
        ComplaintChannel = "0938-1234567",
    };

    public static Power RoadOccupationPenalty { get; } = new()
    {
        Code = new PowerCode("62052100CJ-CF-0012"),
        Name = "对擅自占用城市道路的处罚",
        Category = PowerCategory.Penalty,
        LegalBases = [new LegalBasis("《城市道路管理条例》", "第四十二条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县城市建设监察大队",
        UndertakingUnit = "法制室",
        UndertakingPost = "执法岗",
        ResponsiblePerson = "李四",
        Initiation = Initiation.ExOfficio,
        LegalTimeLimit = TimeLimit.NaturalDays(90),
        CommittedTimeLimit = TimeLimit.NaturalDays(60),
        Fee = Fee.Charged(200.50m, "《城市道路管理条例》第四十二条", "每平方米每日, \"按占用面积\"计"),
        Disclosure = new Disclosure("社会公开", DisclosureForms.Website | DisclosureForms.Handbook, DisclosureTiming.Immediate),
        Confidentiality = new Confidentiality(true, "涉及举报人信息\n及执法部署", "《中华人民共和国保守国家秘密法》第九条"),
        SupervisingBody = "县住建局纪检组",
        ComplaintChannel = "12345",
    };

    public static PowerCatalog Catalog(int version = 1) => new([MinimumLivingAllowance, RoadOccupationPenalty], version);
}
