using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Accountability;
using PowerGovernance.Tests.Procedures.BuiltIn;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// An enforcement act by at least two certified officers (执法人员不得少于两人, 《行政处罚法》第四十二条), each with their own
/// certificate valid that day (持证上岗), checked on firing and against the host's registry on replay; and the liability of the
/// officers for a wrongful act (行政执法过错责任追究).
/// </summary>
public class TwoOfficerEnforcementTests
{
    private static readonly Post Inspector = new("执法队员", "Enforcement officer");

    private static readonly ProcedureDefinition Inspection = new ProcedureDefinitionBuilder("site-inspection-2")
        .Named("现场检查（两人执法）", "Site inspection by two officers")
        .Initiated(Initiation.ExOfficio, "《行政处罚法》第四十二条、第五十五条")
        .CaseLimits(TimeLimit.WorkingDays(15), TimeLimit.WorkingDays(10))
        .Step("planned", "检查准备", "Planned", Inspector, TimeLimit.WorkingDays(5), CounterpartRights.Reasons)
        .Terminal("inspected", "检查完毕", "Inspected", Inspector, CaseOutcome.Completed, CounterpartRights.Statement)
        .StartsAt("planned")
        .Trigger("inspect", "实施现场检查", "planned", "inspected", [Inspector], t => t.RequiresTwoCertifiedOfficers())
        .SupervisedBy(new SupervisionPoint("planned", "县住建局法制股", "12345政务服务便民热线", "12345"))
        .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"))
        .Build();

    private static readonly ProcedureEngine Engine = new(Calendar, BuiltInPowers.Catalog, [Inspection]);

    private static readonly EnforcementCertificate Wang = new("川执字001", "王执法", new LocalDate(2023, 1, 1), new LocalDate(2027, 12, 31));
    private static readonly EnforcementCertificate Liu = new("川执字002", "刘执法", new LocalDate(2023, 1, 1), new LocalDate(2027, 12, 31));

    /// <summary>Expired on Tuesday 2025-09-30, the last working day before the National Day holiday (2025-10-01..10-08).</summary>
    private static readonly EnforcementCertificate ChenExpired = new("川执字003", "陈执法", new LocalDate(2022, 10, 1), new LocalDate(2025, 9, 30));

    private static Actor Officer(EnforcementCertificate certificate, Actor? second = null) =>
        new(certificate.Holder, Inspector) { Certificate = certificate, SecondOfficer = second };

    private static Actor Second(string name, EnforcementCertificate? certificate) => new(name) { Certificate = certificate };

    private static (StartResult Started, CaseSnapshot Snapshot) Planned(string id)
    {
        var started = Engine.Start(id, BuiltInPowers.Licensing.Code, Inspection.Id, new Actor("李协管", Inspector), At(2025, 9, 29));
        return (started, started.Snapshot!);
    }

    private static string[] Codes(FireResult result) => [.. result.Findings.Select(f => f.Code)];

    [Fact]
    public void One_officer_alone_the_same_officer_twice_or_an_uncertified_second_officer_is_refused()
    {
        var (_, snapshot) = Planned("JC-2025-1");

        // Thursday 2025-10-09, the first working day after the National Day holiday.
        var alone = Engine.Fire(snapshot, "inspect", Officer(Wang), At(2025, 10, 9));
        Assert.Equal(RejectionKind.NotCertified, alone.Rejection);
        Assert.Equal([EnforcementRuleCodes.SecondOfficerMissing], Codes(alone));
        Assert.Contains("Art. 42", alone.Message, System.StringComparison.Ordinal);
        Assert.Contains("执法人员不得少于两人", alone.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Same(snapshot, alone.Snapshot);

        var twice = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("王执法", Wang)), At(2025, 10, 9));
        Assert.Contains(EnforcementRuleCodes.SameOfficerTwice, Codes(twice));

        var uncertified = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("刘协管", null)), At(2025, 10, 9));
        Assert.Equal([EnforcementRuleCodes.SecondOfficerNotCertified], Codes(uncertified));

        // 陈执法's certificate ran out on 2025-09-30: valid on that day, not on 2025-10-09 after the holiday.
        Assert.True(Engine.CanFire(snapshot, "inspect", Officer(Wang, Second("陈执法", ChenExpired)), At(2025, 9, 30)));
        var expired = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("陈执法", ChenExpired)), At(2025, 10, 9));
        Assert.Equal([EnforcementRuleCodes.SecondOfficerNotCertified], Codes(expired));
        Assert.Contains("2025-10-09", expired.Message, System.StringComparison.Ordinal);

        // A second officer carrying someone else's certificate (证件不得借用), and the actor's own certificate lent to the second.
        var borrowed = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("刘协管", Liu)), At(2025, 10, 9));
        Assert.Equal([EnforcementRuleCodes.SecondOfficerCertificateOfAnother], Codes(borrowed));
        Assert.Contains("刘执法", borrowed.Message, System.StringComparison.Ordinal);

        // The first officer's own certificate is still checked first.
        Assert.Equal(RejectionKind.NotCertified, Engine.Fire(snapshot, "inspect", Officer(ChenExpired, Second("刘执法", Liu)), At(2025, 10, 9)).Rejection);
    }

    [Fact]
    public void An_argument_naming_another_second_officer_is_refused()
    {
        var (_, snapshot) = Planned("JC-2025-2");
        var arguments = new Dictionary<string, string> { [ProcedureEngine.SecondOfficerArgument] = "赵执法", [ProcedureEngine.SecondOfficerCertificateArgument] = "川执字999" };
        var refused = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("刘执法", Liu)), At(2025, 10, 9), arguments);
        Assert.Equal([EnforcementRuleCodes.SecondOfficerMismatch, EnforcementRuleCodes.SecondOfficerMismatch], Codes(refused));
    }

    [Fact]
    public void An_act_by_two_certified_officers_records_both_and_replays_only_against_a_registry_holding_both_certificates()
    {
        var (started, snapshot) = Planned("JC-2025-3");
        var accepted = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("刘执法", Liu)), At(2025, 10, 9, 15));
        Assert.True(accepted.IsAccepted, accepted.Message);
        var e = Assert.Single(accepted.Events);
        Assert.Equal(
            [
                new(ProcedureEngine.CertificateArgument, "川执字001"),
                new(ProcedureEngine.SecondOfficerArgument, "刘执法"),
                new(ProcedureEngine.SecondOfficerCertificateArgument, "川执字002"),
            ],
            e.Arguments.ToArray());

        IReadOnlyList<CaseEvent> history = [.. started.Events, e];
        Assert.Equal(accepted.Snapshot, Engine.Replay(history, new EnforcementCertificateRegistry([Wang, Liu])));

        // The second officer's certificate is not registered: the history cannot be trusted.
        var unregistered = Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(history, new EnforcementCertificateRegistry([Wang])));
        Assert.Contains("second officer used certificate '川执字002'", unregistered.Message, System.StringComparison.Ordinal);
        var verification = Engine.Verify(accepted.Snapshot!, history, new EnforcementCertificateRegistry([Wang]));
        Assert.Contains(verification.Findings, f => f.Code == HistoryRuleCodes.CertificateNotRegistered && f.Path == "Events[1]");

        // The registry says 川执字002 was issued to someone else (the event was forged to name 刘执法): refused on replay.
        var reissued = new EnforcementCertificate("川执字002", "赵某", new LocalDate(2023, 1, 1), new LocalDate(2027, 12, 31));
        var forged = Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(history, new EnforcementCertificateRegistry([Wang, reissued])));
        Assert.Contains("belongs to 赵某", forged.Message, System.StringComparison.Ordinal);

        // The registry says the certificate had expired by the day of the act.
        var lapsed = new EnforcementCertificate("川执字002", "刘执法", new LocalDate(2023, 1, 1), new LocalDate(2025, 9, 30));
        Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(history, new EnforcementCertificateRegistry([Wang, lapsed])));
    }

    [Fact]
    public void A_wrongful_act_makes_both_officers_accountable_under_the_wrongful_enforcement_matter()
    {
        var (started, snapshot) = Planned("JC-2025-4");
        var act = Engine.Fire(snapshot, "inspect", Officer(Wang, Second("刘执法", Liu)), At(2025, 10, 9)).Events[0];

        var fault = WrongfulEnforcement.Of(act);

        Assert.Equal(["王执法", "刘执法"], fault.Officers);
        Assert.Equal(["川执字001", "川执字002"], fault.Certificates);
        Assert.Equal("JC-2025-4", fault.CaseId);
        Assert.Equal(2, fault.Sequence);
        Assert.Same(AccountabilityMatter.WrongfulEnforcement, fault.Matter);
        Assert.DoesNotContain(AccountabilityMatter.WrongfulEnforcement, AccountabilityMatter.WellKnown);
        Assert.Equal(fault, WrongfulEnforcement.Of(act));

        // A complaint on Friday 2025-10-10 opens an accountability case against each officer.
        foreach (var officer in fault.Officers)
        {
            var opened = AccountabilityWalk.Proceedings.Open("GC-" + officer, BuiltInPowers.Accountability.Code, AccountabilityWalk.Office, At(2025, 10, 10), officer, fault.Matter, AccountabilitySource.CitizenComplaint);
            Assert.True(opened.IsAccepted, opened.Message);
            Assert.Contains(opened.Events, e => e.Arguments.Contains(new KeyValuePair<string, string>("matter", "wrongful-enforcement")));
        }

        // The start event is no enforcement act.
        Assert.Throws<System.ArgumentException>(() => WrongfulEnforcement.Of(started.Events[0]));
    }

    [Fact]
    public void Enforcement_powers_are_assigned_to_posts_and_gaps_and_overlaps_are_reported()
    {
        var catalog = BuiltInPowers.Catalog;
        var first = catalog.Powers[0].Code;
        var patrol = new Post("巡查岗", "Patrol post");
        var cases = new Post("案件审理岗", "Case review post");
        var duties = new EnforcementDuties(
        [
            new EnforcementDuty(first, patrol, "负责日常巡查、现场检查"),
            new EnforcementDuty(first, cases, "负责案件审理"),
            new EnforcementDuty(new PowerGovernance.Powers.PowerCode("XK-999"), patrol, "负责未列入目录的事项"),
        ]);

        Assert.Equal([patrol, cases], duties.PostsFor(first));
        Assert.Equal([first, new PowerGovernance.Powers.PowerCode("XK-999")], duties.PowersOf(patrol));
        var findings = duties.Check(catalog);
        Assert.Equal(catalog.Count - 1, findings.Count(f => f.Code == EnforcementDuties.PowerUnassigned));
        var shared = Assert.Single(findings, f => f.Code == EnforcementDuties.PowerShared);
        Assert.Equal(PowerGovernance.Validation.FindingSeverity.Warning, shared.Severity);
        Assert.Contains("巡查岗、案件审理岗", shared.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal("XK-999", Assert.Single(findings, f => f.Code == EnforcementDuties.PowerNotListed).AttemptedValue);

        var complete = new EnforcementDuties(catalog.Powers.Select(p => new EnforcementDuty(p.Code, patrol, "负责")));
        Assert.Empty(complete.Check(catalog));
        Assert.Throws<System.ArgumentException>(() => new EnforcementDuties([new EnforcementDuty(first, patrol, "a"), new EnforcementDuty(first, patrol, "b")]));
    }
}
