using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.Testing.Storage;

/// <summary>
/// What <see cref="CaseStoreContract"/> runs its cases on: the built-in licensing procedure, a catalog of two licensing powers
/// and a working calendar of 2024 with Saturday and Sunday off, so the checks do not depend on the host's own catalog.
/// </summary>
internal static class ContractSetup
{
    internal static readonly Power First = Licensing("00000000CS-XK-0001", "存储契约检查用许可（甲）");

    internal static readonly Power Second = Licensing("00000000CS-XK-0002", "存储契约检查用许可（乙）");

    internal static readonly Actor Clerk = new("契约窗口员", AdministrativeLicensing.Clerk.ChineseName);

    internal static readonly Actor Head = new("契约负责人", AdministrativeLicensing.Head.ChineseName);

    internal static readonly Actor OtherClerk = new("契约窗口员乙", AdministrativeLicensing.Clerk.ChineseName);

    private static readonly WorkingCalendar Calendar = new WorkingCalendarBuilder("case-store-contract-2024")
        .WithCoverage(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))
        .Build();

    private static readonly PowerCatalog Catalog = new([First, Second]);

    /// <summary>Monday 2 September 2024, 10:00 in Beijing, plus <paramref name="days"/> days and <paramref name="minutes"/> minutes.</summary>
    internal static Instant At(int days, int minutes = 0) =>
        Instant.FromUtc(2024, 9, 2, 2, 0) + Duration.FromDays(days) + Duration.FromMinutes(minutes);

    internal static ProcedureEngine CreateEngine(CaseSeal seal, AuditDigest digest) =>
        new(Calendar, Catalog, [BuiltInProcedures.AdministrativeLicensing], seal, digest);

    private static Power Licensing(string code, string name) => new()
    {
        Code = PowerCode.Parse(code),
        Name = name,
        Category = PowerCategory.Licensing,
        LegalBases = [new LegalBasis("《中华人民共和国行政许可法》", "第二十九条", LegalBasisRank.Law)],
        ImplementingBody = "存储契约检查机关",
        UndertakingUnit = "政务服务窗口",
        UndertakingPost = AdministrativeLicensing.Clerk.ChineseName,
        Initiation = Initiation.OnApplication,
        Conditions = "申请材料齐全",
        LegalTimeLimit = TimeLimit.WorkingDays(20),
        CommittedTimeLimit = TimeLimit.WorkingDays(13),
    };
}
