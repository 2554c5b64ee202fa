using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

public class AuditChainTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);

    private static List<CaseEvent> History()
    {
        var clerk = new Actor("张三", SampleProcedures.Clerk);
        var reviewer = new Actor("李四", SampleProcedures.Reviewer);
        var head = new Actor("王五", SampleProcedures.Head);
        var at = Instant.FromUtc(2024, 9, 27, 2, 0);
        var events = new List<CaseEvent>();
        var result = Engine.Start("case-7", SamplePowers.BuildingPermit.Code, "test-licensing", clerk, at);
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "accept", clerk, at.Plus(Duration.FromHours(1)), new Dictionary<string, string> { ["materials"] = "complete" });
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "suspend", reviewer, at.Plus(Duration.FromDays(3)), new Dictionary<string, string> { ["cause"] = "检验检测" });
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "resume", reviewer, at.Plus(Duration.FromDays(12)));
        events.AddRange(result.Events);
        result = Engine.Fire(result.Snapshot!, "refuse", head, at.Plus(Duration.FromDays(14)), reason: "不符合规划");
        events.AddRange(result.Events);
        return events;
    }

    [Fact]
    public void An_accepted_history_verifies()
    {
        var events = History();

        Assert.Equal(AuditVerification.Valid, AuditChain.Verify(events));
        Assert.Equal(AuditChain.GenesisHash, events[0].PreviousHash);
        Assert.All(events.Skip(1).Zip(events), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
    }

    [Fact]
    public void The_hash_is_pinned_by_the_documented_encoding()
    {
        var hash = AuditChain.ComputeHash("c", 1, "start", string.Empty, "receive", "张三", "窗口", Instant.FromUtc(2024, 9, 27, 2, 0), null, [], AuditChain.GenesisHash);

        // SHA-256 of "10:pg-audit-11:c1:15:start0:7:receive2:张三2:窗口30:2024-09-27T02:00:00.000000000Z1:00:1:064:000…0" (UTF-8).
        Assert.Equal(Sha256("10:pg-audit-11:c1:15:start0:7:receive2:张三2:窗口30:2024-09-27T02:00:00.000000000Z1:00:1:064:" + AuditChain.GenesisHash), hash);
    }

    [Fact]
    public void Altering_an_event_is_detected_at_that_event()
    {
        var events = History();
        events[2] = events[2] with { Arguments = [new KeyValuePair<string, string>("cause", "专家评审")] };

        var result = AuditChain.Verify(events);

        Assert.False(result.IsValid);
        Assert.Equal(2, result.FirstBrokenIndex);
        Assert.Contains("altered", result.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_inserting_or_reordering_events_is_detected_and_a_rehashed_tail_fails_against_the_stored_head()
    {
        var removed = History();
        removed.RemoveAt(2);
        var reordered = History();
        (reordered[2], reordered[3]) = (reordered[3], reordered[2]);
        var inserted = History();
        inserted.Insert(3, inserted[2]);
        var rehashed = History();
        var forged = rehashed[4] with { Reason = "同意" };
        rehashed[4] = forged with { Hash = AuditChain.ComputeHash(forged) };

        Assert.Equal(2, AuditChain.Verify(removed).FirstBrokenIndex);
        Assert.Equal(2, AuditChain.Verify(reordered).FirstBrokenIndex);
        Assert.Equal(3, AuditChain.Verify(inserted).FirstBrokenIndex);
        Assert.True(AuditChain.Verify(rehashed).IsValid);
        var head = History()[4].Hash;
        Assert.True(AuditChain.Verify(History(), head).IsValid);
        var againstHead = AuditChain.Verify(rehashed, head);
        Assert.False(againstHead.IsValid);
        Assert.Equal(4, againstHead.FirstBrokenIndex);
    }

    private static string Sha256(string text) =>
        System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
