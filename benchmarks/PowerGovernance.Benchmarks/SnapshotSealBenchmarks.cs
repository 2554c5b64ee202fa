using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// What sealing snapshots costs (issue 14): an accepted <c>grant</c> on a snapshot the engine returned (it trusts its own
/// seal, so only the new snapshot is sealed; the baseline), the same on a snapshot reloaded from JSON (its seal checked and
/// its members checked against the definition and the catalog first), the same with a keyed HMAC-SHA-256 seal, and the seal
/// check alone (SHA-256 and HMAC-SHA-256 over the snapshot's canonical encoding).
/// </summary>
[MemoryDiagnoser]
public class SnapshotSealBenchmarks
{
    private ProcedureEngine engine = null!;
    private ProcedureEngine keyed = null!;
    private CaseSnapshot inReview = null!;
    private CaseSnapshot loaded = null!;
    private CaseSnapshot loadedKeyed = null!;
    private Instant grantAt;

    /// <summary>Builds both engines and the snapshots, and checks every row is accepted.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = LicensingProcedure.CreateEngine();
        keyed = LicensingProcedure.CreateEngine(CaseSeal.HmacSha256(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        var received = new LocalDate(2024, 9, 27);
        grantAt = LicensingProcedure.At(new LocalDate(2024, 10, 15), 15);
        inReview = Review(engine, received);
        loaded = CaseJson.DeserializeSnapshot(CaseJson.Serialize(inReview));
        loadedKeyed = CaseJson.DeserializeSnapshot(CaseJson.Serialize(Review(keyed, received)));
        LicensingProcedure.Expect(FireOnEngineSnapshot(), "granted", nameof(FireOnEngineSnapshot));
        LicensingProcedure.Expect(FireOnLoadedSnapshot(), "granted", nameof(FireOnLoadedSnapshot));
        LicensingProcedure.Expect(FireOnLoadedSnapshotKeyed(), "granted", nameof(FireOnLoadedSnapshotKeyed));
        if (!VerifySha256() || !VerifyHmacSha256())
        {
            throw new InvalidOperationException("The seal of a reloaded snapshot does not verify.");
        }
    }

    /// <summary>Baseline: <c>grant</c> on the snapshot the engine returned (no seal check, the new snapshot sealed).</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public FireResult FireOnEngineSnapshot() => engine.Fire(inReview, "grant", LicensingProcedure.Head, grantAt);

    /// <summary>
    /// <c>grant</c> on a snapshot reloaded from JSON: the seal and the members checked, then the transition. Each call fires on a
    /// fresh copy (<c>with { }</c>, see <see cref="CopyLoadedSnapshot"/>): the engine marks an instance it has checked, so firing
    /// twice on the same loaded instance would check it only once.
    /// </summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public FireResult FireOnLoadedSnapshot() => engine.Fire(loaded with { }, "grant", LicensingProcedure.Head, grantAt);

    /// <summary>The same with a keyed seal (HMAC-SHA-256).</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public FireResult FireOnLoadedSnapshotKeyed() => keyed.Fire(loadedKeyed with { }, "grant", LicensingProcedure.Head, grantAt);

    /// <summary>The copy the two rows above make before firing, alone.</summary>
    /// <returns>The copy.</returns>
    [Benchmark]
    public CaseSnapshot CopyLoadedSnapshot() => loaded with { };

    /// <summary>The seal check alone: SHA-256 over the canonical encoding, compared.</summary>
    /// <returns>Whether it matches.</returns>
    [Benchmark]
    public bool VerifySha256() => engine.Seal.Verify(loaded);

    /// <summary>The seal check alone with a key: HMAC-SHA-256.</summary>
    /// <returns>Whether it matches.</returns>
    [Benchmark]
    public bool VerifyHmacSha256() => keyed.Seal.Verify(loadedKeyed);

    private static CaseSnapshot Review(ProcedureEngine on, LocalDate received)
    {
        var inReceipt = LicensingProcedure.Expect(on.Start("XK-2024-0001", LicensingProcedure.Power.Code, LicensingProcedure.Id, LicensingProcedure.Clerk, LicensingProcedure.At(received, 9)), "receive", "start");
        return LicensingProcedure.Expect(on.Fire(inReceipt, "accept", LicensingProcedure.Clerk, LicensingProcedure.At(received, 10), LicensingProcedure.CompleteMaterials), "review", "accept");
    }
}
