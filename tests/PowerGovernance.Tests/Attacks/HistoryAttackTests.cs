using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Serialization;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 3: the audit chain checked links, not transitions. A forged history whose every link is re-hashed used to
/// verify and replay: a grant straight from receipt, a history replayed under another power, a history replayed on the latest
/// definition instead of its own, an enforcement act by an uncertified officer whose event names a certificate. Now the
/// history is checked against its definition, the power and procedure version are in the chain, and certificates come from the
/// host's registry.
/// </summary>
public class HistoryAttackTests
{
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);
    private static readonly Dictionary<string, string> Complete = new() { ["materials"] = "complete" };
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    /// <summary>An event re-hashed after an edit, linked to <paramref name="previous"/>: what an insider with database access writes.</summary>
    private static CaseEvent Rehashed(CaseEvent e, string previous)
    {
        var linked = e with { PreviousHash = previous };
        return linked with { Hash = AuditChain.ComputeHash(linked) };
    }

    private static (StartResult Started, FireResult Accepted, FireResult Granted) Granted()
    {
        var started = Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27));
        var accepted = Engine.Fire(started.Snapshot, "accept", Clerk, At(9, 29), Complete);
        var granted = Engine.Fire(accepted.Snapshot, "grant", Head, At(10, 9));
        return (started, accepted, granted);
    }

    [Fact]
    public void A_grant_straight_from_receipt_with_every_link_rehashed_is_refused_by_verification()
    {
        var (started, _, granted) = Granted();
        var grant = Rehashed(granted.Events[0] with { From = "receive", Sequence = 2 }, started.Events[0].Hash);
        IReadOnlyList<CaseEvent> forged = [started.Events[0], grant];
        Assert.True(AuditChain.Verify(forged).IsValid); // the links alone hold

        var forgedSnapshot = CaseJson.DeserializeSnapshot(CaseJson.Serialize(granted.Snapshot)) with { Version = 2, AuditHead = grant.Hash };
        var verification = Engine.Verify(forgedSnapshot, forged);

        Assert.False(verification.IsAccepted);
        Assert.Contains(verification.Findings, f => f.Code == HistoryRuleCodes.TransitionRefused && f.Path == "Events[1]");
        Assert.Equal(1, verification.FirstBrokenEvent);
        Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(forged));
    }

    [Fact]
    public void An_event_whose_outcome_was_edited_and_rehashed_with_the_next_link_does_not_replay_to_itself()
    {
        // Accept recorded as leading to 'granted' (and the grant as starting there): every link holds, but the definition's
        // accept leads to 'review', so the stored event is not what its own trigger produces.
        var (started, accepted, granted) = Granted();
        var accept = Rehashed(accepted.Events[0] with { To = "granted" }, started.Events[0].Hash);
        var grant = Rehashed(granted.Events[0] with { From = "granted" }, accept.Hash);
        IReadOnlyList<CaseEvent> forged = [started.Events[0], accept, grant];
        Assert.True(AuditChain.Verify(forged).IsValid); // the links alone hold

        var forgedSnapshot = CaseJson.DeserializeSnapshot(CaseJson.Serialize(granted.Snapshot)) with { AuditHead = grant.Hash };
        var verification = Engine.Verify(forgedSnapshot, forged);

        Assert.Contains(verification.Findings, f => f.Code == HistoryRuleCodes.EventDiffers && f.Path == "Events[1]");
        Assert.Equal(1, verification.FirstBrokenEvent);
        var replay = Assert.Throws<System.InvalidOperationException>(() => Engine.Replay(forged));
        Assert.Contains("Event 1 (accept) does not replay to itself", replay.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_power_is_in_the_chain_so_a_history_does_not_replay_under_another_power()
    {
        var (started, accepted, granted) = Granted();
        IReadOnlyList<CaseEvent> events = [.. started.Events, .. accepted.Events, .. granted.Events];
        Assert.Contains(new KeyValuePair<string, string>(ProcedureEngine.PowerArgument, SamplePowers.BuildingPermit.Code.Value), started.Events[0].Arguments);

        var other = Assert.Throws<System.InvalidOperationException>(() => Engine.Replay("test-licensing", SamplePowers.MinimumLivingAllowance.Code, events));

        Assert.Contains(SamplePowers.BuildingPermit.Code.Value, other.Message, System.StringComparison.Ordinal);
        Assert.Equal(granted.Snapshot, Engine.Replay(events));
        Assert.True(Engine.Verify(granted.Snapshot, events).IsAccepted);
    }

    [Fact]
    public void A_history_replays_on_the_definition_version_it_was_recorded_on_not_the_latest()
    {
        var version2 = SampleProcedures.LicensingBuilder(2)
            .Trigger("fast-grant", "径行准予", "receive", "granted", [SampleProcedures.Clerk])
            .Build();
        var both = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing, version2]);
        var started = Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27));

        // The fast grant exists only in version 2; a version-1 history that contains it must not replay on version 2.
        var v2Started = both.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27));
        var fast = both.Fire(v2Started.Snapshot, "fast-grant", Clerk, At(9, 28));
        Assert.True(fast.IsAccepted, fast.Message);
        var grafted = Rehashed(fast.Events[0], started.Events[0].Hash);

        var replay = Assert.Throws<System.InvalidOperationException>(() => both.Replay([started.Events[0], grafted]));
        Assert.Contains("fast-grant", replay.Message, System.StringComparison.Ordinal);
        Assert.Equal(1, both.Replay([started.Events[0]]).DefinitionVersion);
        Assert.Equal(2, both.Replay([.. v2Started.Events, .. fast.Events]).DefinitionVersion);
    }

    [Fact]
    public void An_enforcement_act_replays_only_against_the_hosts_registered_certificates()
    {
        var inspection = new ProcedureDefinitionBuilder("inspection")
            .Named("行政检查", "Inspection")
            .Initiated(Initiation.ExOfficio, "《中华人民共和国行政处罚法》第五十四条")
            .CaseLimits(TimeLimit.WorkingDays(20), TimeLimit.WorkingDays(13))
            .Step("plan", "检查准备", "Preparation", SampleProcedures.Clerk, TimeLimit.WorkingDays(5), CounterpartRights.Reasons, "政府网站公示")
            .Terminal("done", "检查完毕", "Done", SampleProcedures.Clerk, CaseOutcome.Granted, CounterpartRights.Reasons)
            .StartsAt("plan")
            .Trigger("inspect", "实施检查", "plan", "done", [SampleProcedures.Clerk], t => t.RequiresCertifiedOfficer())
            .SupervisedBy(new SupervisionPoint("plan", "镇纪委", "县效能投诉中心", "0931-1234567"))
            .ComplaintsTo(new ComplaintChannel("12345政务服务便民热线", "12345"))
            .Build();
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [inspection]);
        var certificate = new EnforcementCertificate("川执字001", "张三", new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31));
        var started = engine.Start("JC-1", SamplePowers.BuildingPermit.Code, "inspection", Clerk, At(10, 8));
        var inspected = engine.Fire(started.Snapshot, "inspect", new Actor("张三", SampleProcedures.Clerk) { Certificate = certificate }, At(10, 9));
        Assert.True(inspected.IsAccepted, inspected.Message);

        // An uncertified officer's act, re-hashed to name the certificate: it used to replay, the certificate rebuilt from the event.
        var forged = Rehashed(inspected.Events[0] with { Actor = "赵六" }, started.Events[0].Hash);
        IReadOnlyList<CaseEvent> genuine = [.. started.Events, .. inspected.Events];
        var registry = new EnforcementCertificateRegistry([certificate]);

        Assert.Throws<System.InvalidOperationException>(() => engine.Replay([started.Events[0], forged], registry));
        Assert.Throws<System.InvalidOperationException>(() => engine.Replay(genuine));
        Assert.Throws<System.InvalidOperationException>(() => engine.Replay(genuine, EnforcementCertificateRegistry.Empty));
        Assert.Equal(inspected.Snapshot, engine.Replay(genuine, registry));
        Assert.Contains(engine.Verify(inspected.Snapshot, genuine).Findings, f => f.Code == HistoryRuleCodes.CertificateNotRegistered);
    }

    [Fact]
    public void A_row_edited_and_resealed_is_caught_by_verifying_it_against_its_history()
    {
        var (started, accepted, _) = Granted();
        IReadOnlyList<CaseEvent> events = [.. started.Events, .. accepted.Events];
        var suspended = Engine.Fire(accepted.Snapshot, "suspend", new Actor("李四", SampleProcedures.Reviewer), At(10, 1), new Dictionary<string, string> { ["cause"] = "补正材料" });

        // The suspended snapshot saved beside a history that never suspended: sealed by the engine, but not what the history gives.
        var verification = Engine.Verify(CaseJson.DeserializeSnapshot(CaseJson.Serialize(suspended.Snapshot)), events);

        Assert.False(verification.IsAccepted);
        Assert.Contains(verification.Findings, f => f.Code == HistoryRuleCodes.ChainBroken);
        Assert.True(Engine.Verify(CaseJson.DeserializeSnapshot(CaseJson.Serialize(accepted.Snapshot)), events).IsAccepted);
    }
}
