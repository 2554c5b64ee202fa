using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 2: <c>Fire</c> trusted any snapshot a caller built or a database row held. Each forged snapshot below was
/// accepted before snapshots were sealed; now every one is refused with <see cref="RejectionKind.SnapshotUntrusted"/>, and a
/// refusal changes nothing.
/// </summary>
public class SnapshotTrustAttackTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Reviewer = new("李四", SampleProcedures.Reviewer);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);
    private static readonly Dictionary<string, string> Complete = new() { ["materials"] = "complete" };

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    private static FireResult Received() => Fire(Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot, "accept", Clerk, At(9, 29), Complete);

    private static FireResult Fire(CaseSnapshot snapshot, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null) =>
        Engine.Fire(snapshot, trigger, actor, at, arguments);

    /// <summary>The snapshot as a host would load it: through JSON, so no in-memory mark of the engine survives.</summary>
    private static CaseSnapshot Stored(CaseSnapshot snapshot) => CaseJson.DeserializeSnapshot(CaseJson.Serialize(snapshot));

    public static TheoryData<string> Forgeries() => ["moved-to-review-at-receipt", "reopened", "negative-version", "suspended-days", "unlisted-power", "extension-removed", "received-later", "unsealed"];

    private static CaseSnapshot Forge(string how)
    {
        var received = Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot;
        var accepted = Fire(received, "accept", Clerk, At(9, 29), Complete).Snapshot;
        var extension = Engine.Fire(accepted, "extend", Head, At(10, 8), reason: "需专家评审，经负责人批准延长");
        Assert.True(extension.IsAccepted, extension.Message);
        var extended = extension.Snapshot;
        var granted = Fire(extended, "grant", Head, At(10, 9)).Snapshot;
        return how switch
        {
            "moved-to-review-at-receipt" => Stored(received) with { Step = "review" },
            "reopened" => Stored(granted) with { Step = "review", Outcome = null, Closed = null },
            "negative-version" => Stored(accepted) with { Version = -5 },
            "suspended-days" => Stored(accepted) with { CommittedClock = accepted.CommittedClock with { SuspendedDays = 300 }, LegalClock = accepted.LegalClock with { SuspendedDays = 300 } },
            "unlisted-power" => Stored(accepted) with { PowerCode = new PowerCode("999999999999") },
            "extension-removed" => Stored(extended) with { CommittedClock = extended.CommittedClock with { Extension = null }, LegalClock = extended.LegalClock with { Extension = null } },
            "received-later" => Stored(accepted) with { Received = new LocalDate(2024, 9, 30) },
            "unsealed" => Stored(accepted) with { Seal = string.Empty },
            _ => throw new System.ArgumentOutOfRangeException(nameof(how)),
        };
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public void A_forged_snapshot_is_refused_before_anything_is_decided(string how)
    {
        var forged = Forge(how);

        var result = Engine.Fire(forged, forged.Step == "receive" ? "accept" : "grant", forged.Step == "receive" ? Clerk : Head, At(10, 10), forged.Step == "receive" ? Complete : null);

        Assert.False(result.IsAccepted);
        Assert.Equal(RejectionKind.SnapshotUntrusted, result.Rejection);
        Assert.Same(forged, result.Snapshot);
        Assert.Empty(result.Events);
        Assert.False(Engine.CanFire(forged, "grant", Head, At(10, 10)));
        Assert.Empty(Engine.PermittedTriggers(forged, Head, At(10, 10)));
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.ChineseMessage)));
    }

    [Fact]
    public void A_second_extension_after_the_first_was_removed_from_the_row_is_refused()
    {
        var forged = Forge("extension-removed");

        var second = Engine.Fire(forged, "extend", Head, At(10, 9), reason: "再次延长");

        Assert.Equal(RejectionKind.SnapshotUntrusted, second.Rejection);
        Assert.Contains(second.Findings, f => f.Code == SnapshotRuleCodes.SealMismatch);
    }

    [Fact]
    public void Every_problem_of_a_forged_snapshot_is_reported_at_once()
    {
        var accepted = Received().Snapshot;
        var forged = Stored(accepted) with { Version = -5, Step = "nowhere", PowerCode = new PowerCode("999999999999") };

        var findings = Engine.CheckSnapshot(forged);

        Assert.Equal(
            [SnapshotRuleCodes.SealMismatch, SnapshotRuleCodes.VersionOutOfRange, SnapshotRuleCodes.StepUnknown, SnapshotRuleCodes.PowerNotServed],
            findings.Select(f => f.Code));
    }

    [Fact]
    public void A_snapshot_loaded_unchanged_from_storage_is_trusted_and_fires()
    {
        var accepted = Received();
        var loaded = Stored(accepted.Snapshot);

        Assert.Equal(accepted.Snapshot, loaded);
        Assert.Empty(Engine.CheckSnapshot(loaded));
        Assert.True(Engine.Fire(loaded, "grant", Head, At(10, 9)).IsAccepted);
    }

    [Fact]
    public void A_keyed_seal_refuses_a_row_resealed_without_the_key_and_a_snapshot_of_another_key()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var keyed = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing], CaseSeal.HmacSha256(key));
        var other = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing], CaseSeal.HmacSha256(key.Select(b => (byte)(b + 1)).ToArray()));
        var received = keyed.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot;
        var accepted = keyed.Fire(received, "accept", Clerk, At(9, 29), Complete).Snapshot;
        Assert.StartsWith("hmac-sha256:", accepted.Seal, System.StringComparison.Ordinal);

        // An insider re-seals an edited row with the documented unkeyed algorithm: the keyed engine still refuses it.
        var edited = Stored(accepted) with { CommittedClock = accepted.CommittedClock with { SuspendedDays = 30 } };
        var resealed = Engine.Fire(Stored(Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot), "accept", Clerk, At(9, 29), Complete).Snapshot;

        Assert.Equal(RejectionKind.SnapshotUntrusted, keyed.Fire(edited, "grant", Head, At(10, 9)).Rejection);
        Assert.Contains(keyed.CheckSnapshot(resealed), f => f.Code == SnapshotRuleCodes.SealAlgorithmDiffers);
        Assert.Contains(other.CheckSnapshot(Stored(accepted)), f => f.Code == SnapshotRuleCodes.SealMismatch);
        Assert.True(keyed.Fire(Stored(accepted), "grant", Head, At(10, 9)).IsAccepted);
    }

    [Fact]
    public void A_copy_made_with_with_is_checked_again()
    {
        var accepted = Received().Snapshot;

        Assert.True(Engine.Fire(accepted, "grant", Head, At(10, 9)).IsAccepted);
        Assert.Equal(RejectionKind.SnapshotUntrusted, Engine.Fire(accepted with { Step = "receive" }, "accept", Clerk, At(10, 9), Complete).Rejection);
        Assert.True(Engine.Fire(accepted with { Step = "review" }, "grant", Head, At(10, 9)).IsAccepted); // the same content: the seal still matches
        Assert.Equal(RejectionKind.SnapshotUntrusted, Engine.Fire(accepted with { StepEntered = new LocalDate(2024, 9, 28) }, "grant", Head, At(10, 9)).Rejection);
    }

    [Fact]
    public void Extreme_instants_and_versions_are_refused_with_a_typed_result_not_an_exception()
    {
        var accepted = Received().Snapshot;

        Assert.Equal(RejectionKind.InvalidTime, Engine.Fire(accepted, "grant", Head, Instant.MaxValue).Rejection);
        Assert.Equal(RejectionKind.InvalidTime, Engine.Start("case-2", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, Instant.MinValue).Rejection);
        Assert.Equal(RejectionKind.SnapshotUntrusted, Engine.Fire(Stored(accepted) with { Version = long.MaxValue }, "grant", Head, At(10, 9)).Rejection);
    }

    [Fact]
    public void A_stored_snapshot_checked_once_is_trusted_by_that_engine_only_and_an_edited_copy_of_it_is_checked_again()
    {
        var loaded = Stored(Received().Snapshot);
        Assert.Empty(Engine.CheckSnapshot(loaded));

        // Another engine whose catalog does not list the power checks the same instance itself.
        var otherCatalog = new ProcedureEngine(SampleCalendars.SecondHalf2024(), PowerCatalog.Empty, [SampleProcedures.Licensing]);
        Assert.Contains(otherCatalog.CheckSnapshot(loaded), f => f.Code == SnapshotRuleCodes.PowerNotServed);

        Assert.True(Engine.Fire(loaded, "grant", Head, At(10, 9)).IsAccepted);
        var edited = loaded with { Version = loaded.Version + 1 };
        Assert.Equal(RejectionKind.SnapshotUntrusted, Engine.Fire(edited, "grant", Head, At(10, 9)).Rejection);
    }
}
