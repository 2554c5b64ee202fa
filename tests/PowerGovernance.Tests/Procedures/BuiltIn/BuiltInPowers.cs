using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>One listed power for each built-in procedure, as a township or county catalog lists them.</summary>
internal static class BuiltInPowers
{
    public static Power Licensing { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-XK-0002"),
        Name = "公共场所卫生许可",
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国行政许可法》", "第二十九条", LegalBasisRank.Law)],
        ImplementingBody = "某县卫生健康局",
        UndertakingUnit = "政务服务窗口",
        UndertakingPost = "窗口受理员",
        Initiation = Initiation.OnApplication,
        Conditions = "场所符合卫生标准",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
    };

    public static Power LivingAllowance { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0002"),
        Name = "城乡居民最低生活保障审批",
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis("《社会救助暂行办法》", "第十一条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "镇民政办",
        UndertakingPost = "民政专干",
        Initiation = Initiation.OnApplication,
        Conditions = "家庭人均收入低于当地最低生活保障标准",
        LegalTimeLimit = TimeLimit.NaturalDays(25),
        CommittedTimeLimit = TimeLimit.NaturalDays(16),
    };

    public static Power InformationRequest { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0001"),
        Name = "政府信息依申请公开",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《中华人民共和国政府信息公开条例》", "第二十七条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "党政办公室",
        Initiation = Initiation.OnApplication,
        Conditions = "以书面形式提出申请",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
    };

    public static Power DecisionDisclosure { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0002"),
        Name = "重要行政决策公开征求意见",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《重大行政决策程序暂行条例》", "第十四条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "党政办公室",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.WorkingDays(20),
    };

    public static Power Petition { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0003"),
        Name = "信访事项受理办理",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《信访工作条例》", "第二十二条", LegalBasisRank.PartyRegulation)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "综治维稳办公室",
        Initiation = Initiation.OnApplication,
        Conditions = "信访人提出信访事项",
        LegalTimeLimit = TimeLimit.NaturalDays(60),
        CommittedTimeLimit = TimeLimit.NaturalDays(40),
    };

    public static Power Accountability { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0004"),
        Name = "行政问责",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《XXX权力查究问责制度》", "行政问责制", LegalBasisRank.NormativeDocument)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "党政办公室",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.WorkingDays(10),
    };

    public static Power TimeLimitedCompletion { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0005"),
        Name = "上级决策部署落实及请示事项答复",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《XXX权力查究问责制度》", "限时办结制", LegalBasisRank.NormativeDocument)],
        ImplementingBody = "某镇人民政府",
        UndertakingUnit = "党政办公室",
        Initiation = Initiation.ExOfficio,
        CommittedTimeLimit = TimeLimit.WorkingDays(15),
    };

    public static PowerCatalog Catalog { get; } = new([Licensing, LivingAllowance, InformationRequest, DecisionDisclosure, Petition, Accountability, TimeLimitedCompletion]);
}
