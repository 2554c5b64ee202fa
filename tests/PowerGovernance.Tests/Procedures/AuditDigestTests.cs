using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

public class AuditDigestTests
{
    private static readonly ProcedureEngine Sha256Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);

    private static readonly ProcedureEngine Sha384Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing], digest: Sha384Digest.Instance);

    private static (CaseSnapshot Snapshot, List<CaseEvent> Events) Walk(ProcedureEngine engine)
    {
        // Received Friday 2024-09-27 10:00 Beijing time (02:00 UTC), accepted an hour later.
        var clerk = new Actor("张三", SampleProcedures.Clerk);
        var at = Instant.FromUtc(2024, 9, 27, 2, 0);
        var events = new List<CaseEvent>();
        CaseResult result = engine.Start("case-7", SamplePowers.BuildingPermit.Code, "test-licensing", clerk, at);
        events.AddRange(result.Events);
        result = engine.Fire(result.Snapshot!, "accept", clerk, at.Plus(Duration.FromHours(1)), new Dictionary<string, string> { ["materials"] = "complete" });
        events.AddRange(result.Events);
        return (result.Snapshot!, events);
    }

    [Fact]
    public void The_default_digest_is_SHA256_and_reproduces_the_FIPS_180_4_example()
    {
        // FIPS 180-4 (example in its appendix / the NIST example values): SHA-256("abc").
        Span<byte> digest = stackalloc byte[32];
        AuditDigest.Sha256.Hash("abc"u8, digest);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(digest));
        Assert.Equal("sha256", AuditDigest.Sha256.Algorithm);
        Assert.Equal(32, AuditDigest.Sha256.HashSize);
        Assert.Same(AuditDigest.Sha256, Sha256Engine.Digest);
    }

    [Fact]
    public void A_SHA256_chain_records_no_digest_so_its_events_are_unchanged()
    {
        var (_, events) = Walk(Sha256Engine);

        // The start event records exactly the power, the procedure and its version, as before the digest was pluggable.
        Assert.Equal(["power", "procedure", "procedure-version"], events[0].Arguments.Select(a => a.Key));
        Assert.Equal("sha256", AuditChain.RecordedDigest(events));
        Assert.All(events, e => Assert.Equal(AuditChain.ComputeHash(e), e.Hash));
        Assert.All(events, e => Assert.Equal(AuditChain.ComputeHash(e), AuditChain.ComputeHash(e, AuditDigest.Sha256)));
        Assert.True(AuditChain.Verify(events, AuditDigest.Sha256).IsValid);
    }

    [Fact]
    public void A_chain_hashed_with_another_digest_records_it_and_verifies_only_with_it()
    {
        var (snapshot, events) = Walk(Sha384Engine);

        // "audit-digest" sorts before "power": the start event's first argument names the digest.
        Assert.Equal(new KeyValuePair<string, string>("audit-digest", "sha384"), events[0].Arguments[0]);
        Assert.Equal(4, events[0].Arguments.Count);
        Assert.Equal("sha384", AuditChain.RecordedDigest(events));
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{96}$", e.Hash)); // 48 bytes
        Assert.Equal(AuditVerification.Valid, AuditChain.Verify(events, Sha384Digest.Instance));
        Assert.True(AuditChain.Verify(events, snapshot.AuditHead, Sha384Digest.Instance).IsValid);

        var withSha256 = AuditChain.Verify(events);
        Assert.False(withSha256.IsValid);
        Assert.Equal(0, withSha256.FirstBrokenIndex);
        Assert.Contains("hashed with 'sha384'", withSha256.Problem, StringComparison.Ordinal);
        Assert.Contains("cannot be checked with 'sha256'", withSha256.Problem, StringComparison.Ordinal);
        Assert.Contains("不能以“sha256”核验", withSha256.Problem, StringComparison.Ordinal);
        Assert.False(AuditChain.Verify(events, snapshot.AuditHead).IsValid);
    }

    [Fact]
    public void The_hash_is_the_digest_of_the_documented_encoding()
    {
        KeyValuePair<string, string>[] arguments = [new("audit-digest", "sha384"), new("power", "P-1")];
        var at = Instant.FromUtc(2024, 9, 27, 2, 0);

        var hash = AuditChain.ComputeHash("c", 1, "start", string.Empty, "receive", "张三", "窗口", at, null, arguments, AuditChain.GenesisHash, null, Sha384Digest.Instance);

        // The same bytes as for SHA-256 (the encoding does not depend on the digest), hashed with SHA-384.
        var encoding = AuditChainTests.ReferenceEncoding("c", 1, "start", string.Empty, "receive", "张三", "窗口", at, null, arguments, AuditChain.GenesisHash);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA384.HashData(encoding)), hash);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(encoding)), AuditChain.ComputeHash("c", 1, "start", string.Empty, "receive", "张三", "窗口", at, null, arguments, AuditChain.GenesisHash));
    }

    [Fact]
    public void An_altered_event_of_a_chain_with_another_digest_is_found_at_that_event()
    {
        var (_, events) = Walk(Sha384Engine);
        events[1] = events[1] with { Actor = "李四" };

        var verification = AuditChain.Verify(events, Sha384Digest.Instance);

        Assert.False(verification.IsValid);
        Assert.Equal(1, verification.FirstBrokenIndex);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_refuses_to_replay_or_verify_a_history_made_with_another_digest_naming_both()
    {
        var (snapshot, events) = Walk(Sha384Engine);

        var verification = Sha256Engine.Verify(snapshot, events);
        var finding = Assert.Single(verification.Findings);
        Assert.Equal(HistoryRuleCodes.DigestDiffers, finding.Code);
        Assert.Equal("Events[0].Arguments", finding.Path);
        Assert.Equal("sha384", finding.AttemptedValue);
        Assert.Contains("'sha384'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("“sha384”", finding.ChineseMessage, StringComparison.Ordinal);
        var replay = Assert.Throws<InvalidOperationException>(() => Sha256Engine.Replay(events));
        Assert.Contains("'sha384'", replay.Message, StringComparison.Ordinal);

        // The other way round: a SHA-256 history records no digest.
        var (sha256Snapshot, sha256Events) = Walk(Sha256Engine);
        var reverse = Assert.Single(Sha384Engine.Verify(sha256Snapshot, sha256Events).Findings);
        Assert.Equal(HistoryRuleCodes.DigestDiffers, reverse.Code);
        Assert.Contains("records no digest", reverse.Message, StringComparison.Ordinal);
        Assert.Contains("未记载摘要算法", reverse.ChineseMessage, StringComparison.Ordinal);

        // Each engine verifies and replays its own history.
        Assert.Empty(Sha384Engine.Verify(snapshot, events).Findings);
        Assert.Equal(snapshot, Sha384Engine.Replay(events));
        Assert.Empty(Sha256Engine.Verify(sha256Snapshot, sha256Events).Findings);
    }

    [Theory]
    [InlineData("SM3", 32)]
    [InlineData("sm 3", 32)]
    [InlineData("sm3", 8)]
    [InlineData("sm3", 65)]
    [InlineData("a-name-that-is-far-longer-than-32-chars", 32)]
    public void A_digest_needs_a_lower_case_name_of_at_most_32_characters_and_16_to_64_bytes(string name, int size)
    {
        var e = Assert.Throws<ArgumentException>(() => new NamedDigest(name, size));
        Assert.Contains("办件记录摘要", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_refuses_a_destination_shorter_than_the_digest_and_writes_only_its_size()
    {
        var e = Assert.Throws<ArgumentException>(() => Sha384Digest.Instance.Hash("abc"u8, new byte[47]));
        Assert.Equal("destination", e.ParamName);

        var destination = new byte[50];
        destination.AsSpan().Fill(0xEE);
        Sha384Digest.Instance.Hash("abc"u8, destination);
        Assert.Equal(System.Security.Cryptography.SHA384.HashData("abc"u8), destination[..48]);
        Assert.Equal([0xEE, 0xEE], destination[48..]);
    }

    [Fact]
    public void AddPowerGovernance_hands_the_digest_to_the_engine()
    {
        var services = new ServiceCollection().AddPowerGovernance(options =>
        {
            options.Calendar = SampleCalendars.SecondHalf2024();
            options.Catalog = SampleProcedures.Catalog;
            options.Procedures.Add(SampleProcedures.Licensing);
            options.AuditDigest = Sha384Digest.Instance;
        });

        using var provider = services.BuildServiceProvider();

        Assert.Same(Sha384Digest.Instance, provider.GetRequiredService<ProcedureEngine>().Digest);
    }

    /// <summary>A digest other than SHA-256 for the tests: .NET's SHA-384 (48 bytes, so hashes are not 64 characters).</summary>
    private sealed class Sha384Digest() : AuditDigest("sha384", 48)
    {
        public static Sha384Digest Instance { get; } = new();

        protected override void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination) => System.Security.Cryptography.SHA384.HashData(data, destination);
    }

    private sealed class NamedDigest(string name, int size) : AuditDigest(name, size)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination) => destination.Clear();
    }
}
