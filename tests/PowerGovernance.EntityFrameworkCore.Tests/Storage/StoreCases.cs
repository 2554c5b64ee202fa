using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// The cases the store's own tests make: the built-in administrative licensing procedure (行政许可法 Art. 32: accept or refuse
/// to accept an application), one licensing power, a 2024 calendar with Saturday and Sunday off.
/// </summary>
internal static class StoreCases
{
    internal static readonly Actor Clerk = new("窗口员甲", AdministrativeLicensing.Clerk.ChineseName);

    internal static readonly Actor OtherClerk = new("窗口员乙", AdministrativeLicensing.Clerk.ChineseName);

    private static readonly Power Licence = new()
    {
        Code = PowerCode.Parse("00000000EF-XK-0001"),
        Name = "存储测试用许可",
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国行政许可法》", "第二十九条", LegalBasisRank.Law)],
        ImplementingBody = "存储测试机关",
        UndertakingUnit = "政务服务窗口",
        UndertakingPost = AdministrativeLicensing.Clerk.ChineseName,
        Initiation = Initiation.OnApplication,
        Conditions = "申请材料齐全",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
    };

    internal static readonly ProcedureEngine Engine = new(
        new WorkingCalendarBuilder("ef-store-2024").WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)).Build(),
        new PowerCatalog([Licence]),
        [BuiltInProcedures.AdministrativeLicensing]);

    /// <summary>Monday 2 September 2024, 10:00 in Beijing (02:00 UTC), plus <paramref name="minutes"/> minutes.</summary>
    internal static Instant At(int minutes) => Instant.FromUtc(2024, 9, 2, 2, 0) + Duration.FromMinutes(minutes);

    internal static StartResult Start(string caseId) => Engine.Start(caseId, Licence.Code, AdministrativeLicensing.Id, Clerk, At(0));

    /// <summary>Refuses to accept the application (不予受理, 行政许可法 Art. 32(1)): the case ends, closed, at version 2.</summary>
    internal static FireResult NotAccept(CaseSnapshot snapshot, Actor actor, int minutes) =>
        Engine.Fire(snapshot, AdministrativeLicensing.Triggers.NotAccept, actor, At(minutes), reason: "不属于本机关职权范围");

    /// <summary>Accepts the application (受理): the case moves to review, still open, at version 2.</summary>
    internal static FireResult Accept(CaseSnapshot snapshot, Actor actor, int minutes) =>
        Engine.Fire(snapshot, AdministrativeLicensing.Triggers.Accept, actor, At(minutes));
}
