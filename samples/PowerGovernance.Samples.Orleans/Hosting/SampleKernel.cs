using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Samples.Orleans.Hosting;

/// <summary>
/// The kernel every silo builds at start-up (内核): China's official working calendar, a one-power catalog and the built-in
/// administrative licensing procedure (行政许可法 Art. 29–44). Immutable, so every grain of a silo shares one engine; every silo
/// builds an equal one, which is what lets any silo verify and move any case.
/// </summary>
public static class SampleKernel
{
    /// <summary>Gets the licensing power the sample's cases are on (a hypothetical entry of a county catalog).</summary>
    public static Power Licence { get; } = new()
    {
        Code = PowerCode.Parse("00000000OR-XK-0001"),
        Name = "食品经营许可（示例）",
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国行政许可法》", "第二十九条", LegalBasisRank.Law)],
        ImplementingBody = "示例县市场监督管理局",
        UndertakingUnit = "政务服务中心市场监管窗口",
        UndertakingPost = AdministrativeLicensing.Clerk.ChineseName,
        Initiation = Initiation.OnApplication,
        Conditions = "申请材料齐全、符合法定形式",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(10),
    };

    /// <summary>Builds the engine (a new one each call; equal engines verify each other's cases).</summary>
    /// <returns>The engine on China's official calendar (Asia/Shanghai), the sample catalog and the licensing procedure.</returns>
    public static ProcedureEngine CreateEngine() =>
        new(new OfficeCalendar(ChinaCalendars.Official), new PowerCatalog([Licence]), [BuiltInProcedures.AdministrativeLicensing]);
}
