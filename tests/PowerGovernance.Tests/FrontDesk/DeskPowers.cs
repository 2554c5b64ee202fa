using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>A small township catalog for the front-desk tests: unemployment registration, a disclosure-heavy subsidy, and a confidential power.</summary>
internal static class DeskPowers
{
    public static Power UnemploymentRegistration { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QR-0001"),
        Name = "失业登记",
        Category = PowerCategory.Confirmation,
        LegalBases = [new LegalBasis("《就业服务与就业管理规定》", "第六十三条", LegalBasisRank.DepartmentalRule)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "劳动保障站",
        UndertakingPost = "劳动保障专干",
        Initiation = Initiation.OnApplication,
        Conditions = "具有劳动能力和就业愿望",
        CommittedTimeLimit = TimeLimit.WorkingDays(3),
        Disclosure = new Disclosure("全镇", DisclosureForms.NoticeBoard | DisclosureForms.Website, DisclosureTiming.LongTerm),
    };

    public static Power FarmSubsidy { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0003"),
        Name = "种粮直补资金发放",
        Category = PowerCategory.Benefit,
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "财政所",
        UndertakingPost = "财政所会计",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.WorkingDays(10),
        Disclosure = new Disclosure("各村", DisclosureForms.NoticeBoard, DisclosureTiming.Periodic),
    };

    public static Power HomesteadRepair { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-XK-0009"),
        Name = "农村危房改造补助审批",
        Category = PowerCategory.Licensing,
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "规划建设办",
        Initiation = Initiation.OnApplication,
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
        Disclosure = new Disclosure("全镇", DisclosureForms.NoticeBoard, DisclosureTiming.ByStage),
    };

    public static Power Militia { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0009"),
        Name = "民兵整组",
        Category = PowerCategory.Other,
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "武装部",
        UndertakingPost = "武装部长",
        Initiation = Initiation.ExOfficio,
        Confidentiality = new Confidentiality(true, "涉及国防秘密", "《中华人民共和国保守国家秘密法》"),
        Disclosure = new Disclosure(null, DisclosureForms.None, DisclosureTiming.Immediate),
    };

    public static PowerCatalog Catalog { get; } = new([UnemploymentRegistration, FarmSubsidy, HomesteadRepair, Militia]);
}
