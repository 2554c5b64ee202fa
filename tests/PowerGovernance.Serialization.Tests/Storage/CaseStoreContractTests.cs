using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Procedures;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.Serialization.Tests.Storage;

/// <summary>The kit's own behaviour: its failures name what the store got wrong, and its list of checks is stable.</summary>
public class CaseStoreContractTests
{
    [Fact]
    public void A_store_that_drops_the_seal_fails_the_round_trip_naming_the_member()
    {
        var contract = new InMemoryContract(s => s with { Seal = string.Empty });

        var failure = Assert.Throws<CaseStoreContractException>(() => contract.Run("round-trip"));

        Assert.Equal("round-trip", failure.Check);
        Assert.Contains("Seal saved 'sha256:", failure.EnglishMessage, StringComparison.Ordinal);
        Assert.Contains("loaded ''", failure.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verified_in_memory_store_passes_every_check()
    {
        foreach (var check in CaseStoreContract.Checks)
        {
            new InMemoryContract(s => s).Run(check.Name);
        }
    }

    [Fact]
    public void A_verified_in_memory_store_passes_every_check_on_a_chain_hashed_with_another_digest()
    {
        // The kit re-hashes an insider's edited event with the engine's own digest (here SHA-384), so the edit is still refused
        // for its content, not merely for a digest mismatch.
        var contract = new InMemoryContract(s => s, new Sha384Digest());
        Assert.Equal("sha384-test", contract.Engine.Digest.Algorithm);
        foreach (var check in CaseStoreContract.Checks)
        {
            contract.Run(check.Name);
        }
    }

    [Fact]
    public void The_checks_have_stable_distinct_names_and_bilingual_descriptions()
    {
        Assert.Equal(14, CaseStoreContract.Checks.Count);
        Assert.Equal(CaseStoreContract.Checks.Count, CaseStoreContract.Checks.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CaseStoreContract.Checks, c =>
        {
            Assert.Equal(c.Name, c.ToString());
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
            Assert.Contains(c.ChineseDescription, ch => ch >= '\u4e00' && ch <= '\u9fff');
        });
    }

    /// <summary>
    /// A store in memory: a lock around each save with the version check, a load verified with the engine, and
    /// <paramref name="onLoad"/> applied to the snapshot it hands back (to simulate a store's mapping error).
    /// </summary>
    private sealed class Sha384Digest() : AuditDigest("sha384-test", 48)
    {
        protected override void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination) => System.Security.Cryptography.SHA384.HashData(data, destination);
    }

    private sealed class InMemoryContract(Func<CaseSnapshot, CaseSnapshot> onLoad, AuditDigest? digest = null) : CaseStoreContract(CaseSeal.Sha256, digest ?? AuditDigest.Sha256)
    {

        private readonly ConcurrentDictionary<string, (CaseSnapshot Snapshot, List<CaseEvent> Events)> cases = new(StringComparer.Ordinal);
        private readonly object gate = new();

        protected override bool Save(CaseResult result)
        {
            lock (gate)
            {
                var expected = result.Snapshot.Version - result.Events.Count;
                var exists = cases.TryGetValue(result.Snapshot.CaseId, out var stored);
                if (expected == 0 ? exists : !exists || stored.Snapshot.Version != expected)
                {
                    return false;
                }

                cases[result.Snapshot.CaseId] = (result.Snapshot, [.. exists ? stored.Events : [], .. result.Events]);
                return true;
            }
        }

        protected override (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId)
        {
            lock (gate)
            {
                if (!cases.TryGetValue(caseId, out var stored))
                {
                    return null;
                }

                var snapshot = CaseJson.DeserializeSnapshot(CaseJson.Serialize(stored.Snapshot));
                var verification = Engine.Verify(snapshot, stored.Events);
                return verification.IsAccepted ? (onLoad(snapshot), stored.Events.ToArray()) : throw new InvalidOperationException(verification.Message);
            }
        }

        protected override void OverwriteSnapshot(CaseSnapshot snapshot)
        {
            lock (gate)
            {
                cases[snapshot.CaseId] = (snapshot, cases[snapshot.CaseId].Events);
            }
        }

        protected override void OverwriteEvent(CaseEvent caseEvent)
        {
            lock (gate)
            {
                var events = cases[caseEvent.CaseId].Events;
                events[events.FindIndex(e => e.Sequence == caseEvent.Sequence)] = caseEvent;
            }
        }

        protected override void InsertEvent(CaseEvent caseEvent)
        {
            lock (gate)
            {
                cases[caseEvent.CaseId].Events.Add(caseEvent);
            }
        }
    }
}
