using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// A replay hashes each event once: the chain check hashes the stored events, and the re-fired transitions take the stored
/// hash (shown by that check to be the hash of the stored content) once their content is compared equal.
/// </summary>
public class ReplayHashCountTests
{
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Reviewer = new("李四", SampleProcedures.Reviewer);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);

    [Fact]
    public void A_replay_of_a_history_hashes_every_event_once_and_the_start_event_once_more()
    {
        var digest = new CountingDigest();
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing], digest: digest);
        var events = Walk(engine, cycles: 10);
        var fired = Interlocked.Exchange(ref digest.Calls, 0);

        var replayed = engine.Replay(events);

        // 23 events: start, accept, 10 × (suspend, resume), grant. Firing them hashed each once; the replay hashes each once
        // to check the chain, and the start event once more (it is re-created by Start, which hashes it).
        Assert.Equal(23, events.Count);
        Assert.Equal(23, fired);
        Assert.Equal(events.Count + 1, digest.Calls);
        Assert.Equal(events[^1].Hash, replayed.AuditHead);
        Assert.Equal("granted", replayed.Step);
        Assert.True(engine.Verify(replayed, events).IsAccepted);
    }

    [Theory]
    [InlineData(" 李四", null, "Event 3 (resume) records an actor who cannot act")] // a padded id after 李四 acted: checked again
    [InlineData("李四", "分管领导", "Event 3 (resume) is not a transition")] // the same person in another post
    [InlineData("王五", null, null)] // another valid person in the reviewer's post: replays
    public void An_event_recording_another_actor_or_post_than_the_one_before_is_checked_again(string actor, string? post, string? expected)
    {
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
        var events = Walk(engine, cycles: 1);
        var forged = events[3] with { Actor = actor, Post = post ?? events[3].Post };
        events[3] = forged with { Hash = AuditChain.ComputeHash(forged) };
        for (var i = 4; i < events.Count; i++)
        {
            var next = events[i] with { PreviousHash = events[i - 1].Hash };
            events[i] = next with { Hash = AuditChain.ComputeHash(next) };
        }

        if (expected is null)
        {
            Assert.Equal(events[^1].Hash, engine.Replay(events).AuditHead);
            return;
        }

        var error = Assert.Throws<InvalidOperationException>(() => engine.Replay(events));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_whose_content_differs_from_its_replay_is_still_refused()
    {
        var engine = new ProcedureEngine(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
        var events = Walk(engine, cycles: 1);

        // The resume event re-hashed after its post was changed: the chain holds, but the transition does not replay to it.
        var forged = events[3] with { Post = SampleProcedures.Head };
        events[3] = forged with { Hash = AuditChain.ComputeHash(forged) };
        for (var i = 4; i < events.Count; i++)
        {
            var next = events[i] with { PreviousHash = events[i - 1].Hash };
            events[i] = next with { Hash = AuditChain.ComputeHash(next) };
        }

        Assert.True(AuditChain.Verify(events).IsValid);
        var error = Assert.Throws<InvalidOperationException>(() => engine.Replay(events));
        Assert.Contains("Event 3 (resume)", error.Message, StringComparison.Ordinal);
    }

    private static List<CaseEvent> Walk(ProcedureEngine engine, int cycles)
    {
        // Received Monday 2024-09-02 10:00 Beijing time; each suspension and resumption a working day apart.
        var at = Instant.FromUtc(2024, 9, 2, 2, 0);
        var events = new List<CaseEvent>();
        CaseResult result = engine.Start("case-replay", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, at);
        events.AddRange(result.Events);
        result = engine.Fire(result.Snapshot!, "accept", Clerk, at.Plus(Duration.FromHours(1)), new Dictionary<string, string> { ["materials"] = "complete" });
        events.AddRange(result.Events);
        for (var i = 0; i < cycles; i++)
        {
            result = Accepted(engine.Fire(result.Snapshot!, "suspend", Reviewer, at.Plus(Duration.FromHours(2 + (2 * i))), new Dictionary<string, string> { ["cause"] = "检验检测" }));
            events.AddRange(result.Events);
            result = Accepted(engine.Fire(result.Snapshot!, "resume", Reviewer, at.Plus(Duration.FromHours(3 + (2 * i)))));
            events.AddRange(result.Events);
        }

        result = Accepted(engine.Fire(result.Snapshot!, "grant", Head, at.Plus(Duration.FromDays(3))));
        events.AddRange(result.Events);
        return events;
    }

    private static CaseResult Accepted(CaseResult result)
    {
        Assert.True(result.IsAccepted, result.Message);
        return result;
    }

    private sealed class CountingDigest() : AuditDigest("counting-sha256", 32)
    {
        public int Calls;

        protected override void ComputeHash(ReadOnlySpan<byte> data, Span<byte> destination)
        {
            Interlocked.Increment(ref Calls);
            System.Security.Cryptography.SHA256.HashData(data, destination);
        }
    }
}
