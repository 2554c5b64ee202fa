using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FsCheck.Fluent;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;
using PowerGovernance.Supervision;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// The attack suite's concurrency stress (issue 14): one engine, one calendar and one supervisor shared by 16 threads, each
/// re-firing every recorded attempt of random walks on the built-in procedures (half of them on snapshots reloaded from JSON,
/// so the seal is checked concurrently too) and reading the deadlines of every case; every answer must equal the
/// single-threaded one. Bounded to a few seconds.
/// </summary>
public class ConcurrencyStressTests
{
    private const int Threads = 16;
    private const int Rounds = 3;

    [Fact]
    public void Sixteen_threads_on_one_engine_calendar_and_supervisor_get_the_single_threaded_answers()
    {
        var engine = BuiltInFixture.Engine;
        var supervisor = BuiltInFixture.Supervisor;
        var options = new CaseWalkOptions { Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)) };
        // Walks are random and the built-ins differ in length: sample until there are enough attempts (bounded).
        var generator = CaseArbitraries.WalksOnEveryProcedure(engine, options).Generator;
        var sampled = new List<PowerGovernance.Testing.CaseWalk>(generator.Sample(30, 400));
        for (var batch = 0; batch < 10 && sampled.Sum(w => w.Attempts.Count) <= 300; batch++)
        {
            sampled.AddRange(generator.Sample(30, 100));
        }

        var walks = sampled.ToArray();
        var attempts = walks
            .SelectMany(w => w.Attempts.Select((a, i) => (Attempt: a, Before: i % 2 == 0 ? a.Before : CaseJson.DeserializeSnapshot(CaseJson.Serialize(a.Before)))))
            .ToArray();
        var now = Instant.FromUtc(2024, 12, 31, 8, 0);
        var deadlines = walks.Select(w => supervisor.CaseStatus(w.Final, w.Definition, now)).ToArray();
        Assert.True(attempts.Length > 300, $"only {attempts.Length} attempts were generated");

        var failures = new List<string>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < attempts.Length; k++)
                {
                    var (attempt, before) = attempts[(k + (t * 97)) % attempts.Length];
                    var result = engine.Fire(before, attempt.Trigger, attempt.Actor, attempt.At, attempt.Arguments, attempt.Reason);
                    if (result.IsAccepted != attempt.Result.IsAccepted || result.Rejection != attempt.Result.Rejection
                        || !result.Snapshot.Equals(attempt.Result.Snapshot) || !result.Events.SequenceEqual(attempt.Result.Events))
                    {
                        lock (failures)
                        {
                            failures.Add($"thread {t}: {attempt.Trigger} on {attempt.Before.CaseId} v{attempt.Before.Version}: {result} instead of {attempt.Result}");
                        }
                    }
                }

                for (var w = 0; w < walks.Length; w++)
                {
                    if (!Equals(supervisor.CaseStatus(walks[w].Final, walks[w].Definition, now), deadlines[w]))
                    {
                        lock (failures)
                        {
                            failures.Add($"thread {t}: the deadline of walk {w} differs");
                        }
                    }
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures.Take(10));
    }
}
