using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Serialization;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Cryptography.Sm.Tests;

/// <summary>A licensing case on an engine that hashes its audit chain with SM3 and seals its snapshots with SM3.</summary>
public class Sm3CaseTests
{
    private static readonly ProcedureEngine Sm3Engine = new(new OfficeCalendar(BuiltInFixture.Calendar), BuiltInPowers.Catalog, BuiltInFixture.Definitions, Sm3CaseSeal.Instance, Sm3AuditDigest.Instance);

    private static readonly Actor Clerk = new("赵窗口", AdministrativeLicensing.Clerk);
    private static readonly Actor Reviewer = new("钱审查", AdministrativeLicensing.Reviewer);
    private static readonly Actor Head = new("孙负责", AdministrativeLicensing.Head);

    /// <summary>
    /// Received Friday 2025-09-26 and accepted Sunday 2025-09-28 (a make-up working day of the 2025 National Day arrangement);
    /// suspended for an inspection (检验, Administrative Licensing Law Art. 45) on 2025-09-29, the applicant told it ends 2025-10-09,
    /// and resumed that day after the
    /// holiday of October 1-8; submitted 2025-10-10, granted Saturday 2025-10-11 (the second make-up day), delivered 2025-10-13.
    /// </summary>
    private static (CaseSnapshot Snapshot, List<CaseEvent> Events) Walk(ProcedureEngine engine)
    {
        var events = new List<CaseEvent>();
        CaseResult result = engine.Start("XK-2025-0926", BuiltInPowers.Licensing.Code, AdministrativeLicensing.Id, Clerk, BuiltInFixture.At(2025, 9, 26));
        Assert.True(result.IsAccepted, result.Message);
        events.AddRange(result.Events);
        (ProcedureTrigger Trigger, Actor Actor, Instant At, Dictionary<string, string>? Arguments)[] steps =
        [
            (AdministrativeLicensing.Triggers.Accept, Clerk, BuiltInFixture.At(2025, 9, 28), null),
            (AdministrativeLicensing.Triggers.Suspend, Reviewer, BuiltInFixture.At(2025, 9, 29), new() { ["cause"] = "检验", ["until"] = "2025-10-09" }),
            (AdministrativeLicensing.Triggers.Resume, Reviewer, BuiltInFixture.At(2025, 10, 9), null),
            (AdministrativeLicensing.Triggers.Submit, Reviewer, BuiltInFixture.At(2025, 10, 10), null),
            (AdministrativeLicensing.Triggers.Grant, Head, BuiltInFixture.At(2025, 10, 11), null),
            (AdministrativeLicensing.Triggers.Deliver, Clerk, BuiltInFixture.At(2025, 10, 13), null),
        ];
        foreach (var (trigger, actor, at, arguments) in steps)
        {
            result = engine.Fire(result.Snapshot!, trigger.Id, actor, at, arguments);
            Assert.True(result.IsAccepted, result.Message);
            events.AddRange(result.Events);
        }

        return (result.Snapshot!, events);
    }

    [Fact]
    public void A_case_chain_hashed_with_SM3_verifies_with_SM3()
    {
        var (snapshot, events) = Walk(Sm3Engine);

        Assert.Equal(7, events.Count);
        Assert.Equal(AdministrativeLicensing.Steps.Granted, snapshot.Step);
        Assert.Equal(new KeyValuePair<string, string>(ProcedureEngine.AuditDigestArgument, "sm3"), events[0].Arguments[0]);
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));

        // Each hash is the SM3 digest of the event's encoding, not its SHA-256.
        Assert.All(events, e => Assert.Equal(e.Hash, AuditChain.ComputeHash(e, Sm3AuditDigest.Instance)));
        Assert.All(events, e => Assert.NotEqual(e.Hash, AuditChain.ComputeHash(e)));
        Assert.Equal(AuditVerification.Valid, AuditChain.Verify(events, snapshot.AuditHead, Sm3AuditDigest.Instance));
        Assert.Empty(Sm3Engine.Verify(snapshot, events).Findings);
        Assert.Equal(snapshot, Sm3Engine.Replay(events));
    }

    [Fact]
    public void A_case_chain_hashed_with_SM3_fails_when_checked_with_SHA256_naming_both_digests()
    {
        var (snapshot, events) = Walk(Sm3Engine);

        var chain = AuditChain.Verify(events, snapshot.AuditHead);
        Assert.False(chain.IsValid);
        Assert.Equal(0, chain.FirstBrokenIndex);
        Assert.Contains("hashed with 'sm3'", chain.Problem, StringComparison.Ordinal);
        Assert.Contains("cannot be checked with 'sha256'", chain.Problem, StringComparison.Ordinal);
        Assert.Contains("以“sm3”计算摘要", chain.Problem, StringComparison.Ordinal);

        // An engine on SHA-256 (same calendar, catalog, procedures and seal) refuses the history with DigestDiffers.
        var sha256Engine = new ProcedureEngine(new OfficeCalendar(BuiltInFixture.Calendar), BuiltInPowers.Catalog, BuiltInFixture.Definitions, Sm3CaseSeal.Instance);
        var finding = Assert.Single(sha256Engine.Verify(snapshot, events).Findings);
        Assert.Equal(HistoryRuleCodes.DigestDiffers, finding.Code);
        Assert.Equal("sm3", finding.AttemptedValue);
        Assert.Contains("不能以“sha256”核验", finding.ChineseMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => sha256Engine.Replay(events));
    }

    [Fact]
    public void An_altered_event_of_an_SM3_chain_is_found_at_that_event()
    {
        var (snapshot, events) = Walk(Sm3Engine);
        events[4] = events[4] with { Actor = "李冒名" }; // the submit of 2025-10-10

        var chain = AuditChain.Verify(events, snapshot.AuditHead, Sm3AuditDigest.Instance);

        Assert.False(chain.IsValid);
        Assert.Equal(4, chain.FirstBrokenIndex);
    }

    [Fact]
    public void The_snapshot_is_sealed_with_SM3_and_an_edit_or_another_seal_is_caught()
    {
        var (snapshot, _) = Walk(Sm3Engine);

        Assert.Matches("^sm3:[0-9a-f]{64}$", snapshot.Seal);
        Assert.True(Sm3CaseSeal.Instance.Verify(snapshot));
        Assert.False(CaseSeal.Sha256.Verify(snapshot));

        // Stored as JSON and read back: no longer the sealing object, so the seal is recomputed and checked.
        var reloaded = CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot));
        Assert.True(Sm3CaseSeal.Instance.Verify(reloaded));
        Assert.Empty(Sm3Engine.CheckSnapshot(reloaded));
        var edited = CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot).Replace("\"granted\"", "\"refused\"", StringComparison.Ordinal));
        Assert.False(Sm3CaseSeal.Instance.Verify(edited));
        Assert.Contains(Sm3Engine.CheckSnapshot(edited), f => f.Code == SnapshotRuleCodes.SealMismatch);
    }

    [Fact]
    public void A_keyed_SM3_seal_verifies_only_under_its_key()
    {
        var key = Enumerable.Range(0, 32).Select(b => (byte)(b * 7)).ToArray();
        var keyed = new ProcedureEngine(new OfficeCalendar(BuiltInFixture.Calendar), BuiltInPowers.Catalog, BuiltInFixture.Definitions, new HmacSm3CaseSeal(key), Sm3AuditDigest.Instance);
        var (snapshot, events) = Walk(keyed);

        var reloaded = CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot));
        Assert.Matches("^hmac-sm3:[0-9a-f]{64}$", reloaded.Seal);
        Assert.True(new HmacSm3CaseSeal(key).Verify(reloaded));
        key[0] ^= 1;
        Assert.False(new HmacSm3CaseSeal(key).Verify(reloaded));

        // The same history replayed on the unkeyed SM3 engine: same chain, another seal.
        var unkeyed = Sm3Engine.Replay(events);
        Assert.Equal(snapshot.AuditHead, unkeyed.AuditHead);
        Assert.NotEqual(snapshot.Seal, unkeyed.Seal);
    }
}
