using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// A case the board does not flag costs it no allocation: what the sweep allocates does not grow with the number of
/// unflagged cases (formatting an argument name eagerly, boxing, or a closure per case would add bytes per case).
/// </summary>
public class SupervisionBoardAllocationTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Actor Head = new("王五", SampleProcedures.Head);

    private static Instant At(int month, int day) => Instant.FromUtc(2024, month, day, 2, 0);

    private static CaseSnapshot Received(string id, int month, int day)
    {
        var started = Engine.Start(id, SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(month, day)).Snapshot!;
        return Engine.Fire(started, "accept", Clerk, At(month, day), new Dictionary<string, string> { ["materials"] = "complete" }).Snapshot!;
    }

    /// <summary>
    /// <paramref name="count"/> distinct snapshots as a host loads them from its store: every string a copy of its own
    /// (the case id, the step id, the power code), so the board cannot find a case's step or power by reference.
    /// </summary>
    private static List<CaseSnapshot> Loaded(CaseSnapshot open, CaseSnapshot finished, int count)
    {
        var cases = new List<CaseSnapshot>(count);
        for (var i = 0; i < count; i++)
        {
            var template = i % 3 == 0 ? finished : open;
            cases.Add(template with
            {
                CaseId = "case-" + i,
                Step = new string(template.Step.AsSpan()),
                PowerCode = new PowerCode(new string(template.PowerCode.Value.AsSpan())),
            });
        }

        return cases;
    }

    [Fact]
    public void Sweeping_unflagged_cases_allocates_nothing_per_case()
    {
        // Received Mon 2024-10-14 and swept Fri 10-18: 4 of 13 committed working days used, on time. Received Fri 09-27
        // and granted Thu 10-10: finished on time (the 2024 National Day holiday 10-01 … 10-07 does not count).
        var open = Received("open", 10, 14);
        var finished = Engine.Fire(Received("done", 9, 27), "grant", Head, At(10, 10)).Snapshot!;
        var board = new SupervisionBoard(Engine);
        var now = At(10, 18);
        var few = Loaded(open, finished, 1_000);
        var many = Loaded(open, finished, 21_000);

        var check = board.Sweep(many, now);
        Assert.Equal((0, 0, 0, 0, 0), (check.Yellow.Count, check.Red.Count, check.StepOverdue.Count, check.LegallyOverdue.Count, check.UnreadableCount));
        Assert.Equal(14_000, check.ByPower[SamplePowers.BuildingPermit.Code.Value].Open);
        board.Sweep(few, now);

        var fewBytes = Allocated(() => board.Sweep(few, now));
        var manyBytes = Allocated(() => board.Sweep(many, now));

        // 20,000 more cases: fewer than 20,000 more bytes, i.e. under one byte per unflagged case (one boxed value or one
        // string per case would be 24 bytes or more).
        Assert.True(manyBytes - fewBytes < 20_000, $"The sweep allocated {manyBytes} bytes for 21,000 cases and {fewBytes} for 1,000: {(manyBytes - fewBytes) / 20_000.0:F1} bytes per unflagged case.");
    }

    private static long Allocated(Func<BoardReport> sweep)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(sweep());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
