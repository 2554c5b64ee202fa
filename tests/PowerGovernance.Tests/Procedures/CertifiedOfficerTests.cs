using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures;

/// <summary>Enforcement triggers need an officer with an enforcement certificate valid that day (行政执法责任制, 持证上岗).</summary>
public class CertifiedOfficerTests
{
    private static readonly Post Inspector = new("执法队员", "Enforcement officer");

    private static readonly ProcedureDefinition Inspection = new ProcedureDefinitionBuilder("site-inspection")
        .Named("现场检查", "Site inspection")
        .Initiated(Initiation.ExOfficio, "《城乡规划法》第五十三条")
        .CaseLimits(TimeLimit.WorkingDays(15), TimeLimit.WorkingDays(10))
        .Step("planned", "检查准备", "Planned", Inspector, TimeLimit.WorkingDays(5), CounterpartRights.Reasons)
        .Terminal("inspected", "检查完毕", "Inspected", Inspector, CaseOutcome.Completed, CounterpartRights.Statement)
        .StartsAt("planned")
        .Trigger("inspect", "实施现场检查", "planned", "inspected", [Inspector], t => t.RequiresCertifiedOfficer())
        .SupervisedBy(new SupervisionPoint("planned", "县住建局法制股", "12345政务服务便民热线", "12345"))
        .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"))
        .Build();

    private static readonly ProcedureEngine Engine = new(Calendar, BuiltInPowers.Catalog, [Inspection]);

    [Fact]
    public void An_uncertified_or_expired_officer_is_refused_and_a_certified_one_accepted_and_replayed()
    {
        var clerk = new Actor("李协管", Inspector);
        var started = Engine.Start("JC-1", BuiltInPowers.Licensing.Code, Inspection.Id, clerk, At(2024, 2, 8));
        var snapshot = started.Snapshot!;

        var none = Engine.Fire(snapshot, "inspect", clerk, At(2024, 2, 9));
        Assert.Equal(RejectionKind.NotCertified, none.Rejection);
        Assert.Contains("2024-02-09", none.Message);
        Assert.Same(snapshot, none.Snapshot);

        // The certificate ran out on the last day before the Spring Festival break.
        var officer = new Actor("王执法", Inspector) { Certificate = new EnforcementCertificate("川执字001", "王执法", new LocalDate(2021, 2, 19), new LocalDate(2024, 2, 9)) };
        Assert.Equal(RejectionKind.NotCertified, Engine.Fire(snapshot, "inspect", officer, At(2024, 2, 18)).Rejection);
        Assert.False(Engine.CanFire(snapshot, "inspect", officer, At(2024, 2, 18)));

        var accepted = Engine.Fire(snapshot, "inspect", officer, At(2024, 2, 9, 15));
        Assert.True(accepted.IsAccepted);
        Assert.True(Assert.Single(Inspection.Triggers).RequiresCertifiedOfficer);
        System.Collections.Generic.IReadOnlyList<CaseEvent> history = [.. started.Events, .. accepted.Events];
        Assert.Equal(accepted.Snapshot, Engine.Replay(history, new EnforcementCertificateRegistry([officer.Certificate!])));
        Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(Inspection.Id, BuiltInPowers.Licensing.Code, history)); // no registry to check the certificate against
        Assert.Throws<System.ArgumentException>(() => new EnforcementCertificate("x", "y", new LocalDate(2024, 2, 9), new LocalDate(2024, 2, 8)));
    }

    [Fact]
    public void The_event_records_the_certificate_used_and_a_borrowed_certificate_is_refused()
    {
        var clerk = new Actor("李协管", Inspector);
        var started = Engine.Start("JC-2", BuiltInPowers.Licensing.Code, Inspection.Id, clerk, At(2024, 10, 8));
        var certificate = new EnforcementCertificate("川执字002", "王执法", new LocalDate(2023, 1, 1), new LocalDate(2025, 12, 31));

        var borrowed = Engine.Fire(started.Snapshot!, "inspect", new Actor("李协管", Inspector) { Certificate = certificate }, At(2024, 10, 9));
        Assert.Equal(RejectionKind.NotCertified, borrowed.Rejection);
        Assert.Contains("王执法", borrowed.Message, System.StringComparison.Ordinal);

        var officer = new Actor("王执法", Inspector) { Certificate = certificate };
        var misnamed = Engine.Fire(started.Snapshot!, "inspect", officer, At(2024, 10, 9), new System.Collections.Generic.Dictionary<string, string> { [ProcedureEngine.CertificateArgument] = "川执字999" });
        Assert.Equal(RejectionKind.NotCertified, misnamed.Rejection);

        var accepted = Engine.Fire(started.Snapshot!, "inspect", officer, At(2024, 10, 9));
        var e = Assert.Single(accepted.Events);
        Assert.Contains(new System.Collections.Generic.KeyValuePair<string, string>(ProcedureEngine.CertificateArgument, "川执字002"), e.Arguments);
        System.Collections.Generic.IReadOnlyList<CaseEvent> events = [.. started.Events, .. accepted.Events];
        Assert.True(AuditChain.Verify(events, accepted.Snapshot!.AuditHead).IsValid);
        Assert.Equal(accepted.Snapshot, Engine.Replay(events, new EnforcementCertificateRegistry([certificate])));

        // An event whose certificate number was removed no longer replays: the chain is broken.
        var stripped = e with { Arguments = [] };
        Assert.Throws<System.InvalidOperationException>(() => Engine.Replay([.. started.Events, stripped], new EnforcementCertificateRegistry([certificate])));
    }
}
