using System.Collections.Generic;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Supervision;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The civil-affairs built-ins (五保 support, disaster relief, 低保 letters and visits), one listed power each, and an
/// engine on the official China calendar that runs them (they are not in <see cref="BuiltInProcedures.All"/> yet).
/// </summary>
internal static class CivilAffairsFixture
{
    public static ProcedureDefinition FiveGuarantee { get; } = FiveGuaranteeSupport.CreateBuilder().Build();

    public static ProcedureDefinition Relief { get; } = DisasterRelief.CreateBuilder().Build();

    public static ProcedureDefinition LettersAndVisits { get; } = LivingAllowanceLettersAndVisits.CreateBuilder().Build();

    public static IReadOnlyList<ProcedureDefinition> Definitions { get; } = [FiveGuarantee, Relief, LettersAndVisits];

    public static Power FiveGuaranteePower { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0003"),
        Name = "五保供养审批",
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis("《农村五保供养工作条例》", "第七条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "镇民政办",
        UndertakingPost = "民政专干",
        Initiation = Initiation.OnApplication,
        Conditions = "无劳动能力、无法定赡养扶养义务人、无生活来源",
        LegalTimeLimit = TimeLimit.NaturalDays(40),
        CommittedTimeLimit = TimeLimit.NaturalDays(26),
    };

    public static Power ReliefPower { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0004"),
        Name = "灾民救济对象核定",
        Category = PowerCategory.Benefit,
        LegalBases = [new LegalBasis("《自然灾害救助条例》", "第二十条", LegalBasisRank.AdministrativeRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "镇民政办",
        UndertakingPost = "民政专干",
        Initiation = Initiation.OnApplication,
        Conditions = "受灾群众自愿申请",
        CommittedTimeLimit = TimeLimit.NaturalDays(40),
    };

    public static Power LettersAndVisitsPower { get; } = new()
    {
        Code = PowerCode.Parse("62052400MZ-QT-0006"),
        Name = "低保来信来访接待",
        Category = PowerCategory.Other,
        LegalBases = [new LegalBasis("《信访工作条例》", "第三十四条", LegalBasisRank.PartyRegulation)],
        ImplementingBody = "某县民政局",
        UndertakingUnit = "镇民政办",
        Initiation = Initiation.OnApplication,
        Conditions = "群众来信来访反映最低生活保障问题",
        LegalTimeLimit = TimeLimit.NaturalDays(60),
        CommittedTimeLimit = TimeLimit.NaturalDays(40),
    };

    public static PowerCatalog Catalog { get; } = new([FiveGuaranteePower, ReliefPower, LettersAndVisitsPower, BuiltInPowers.Licensing]);

    public static ProcedureEngine Engine { get; } = new(BuiltInFixture.Calendar, Catalog, [.. Definitions, BuiltInProcedures.AdministrativeLicensing]);

    public static CaseSupervisor Supervisor { get; } = new(BuiltInFixture.Calendar);
}
