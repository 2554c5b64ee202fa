using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;
using CaseWalk = PowerGovernance.Testing.CaseWalk;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// The board reads every case as the supervisor reads it alone: one sweep of every snapshot of many random walks on
/// every built-in procedure (2024, official calendar), at one instant, lists exactly the cases whose own reading is
/// yellow, red, over the step limit or past a legal limit, with the same statuses, and counts the rest. The sweep reuses
/// clock readings between cases with the same inputs; the supervisor's own reads do not, so this pins the reuse.
/// </summary>
[Properties(Arbitrary = [typeof(SupervisionBoardProperties)], MaxTest = 60)]
public class SupervisionBoardProperties
{
    private static readonly ProcedureEngine Engine = BuiltInFixture.Engine;

    private static readonly CaseWalkOptions Options = new()
    {
        Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
        ArgumentValues = new Dictionary<string, IReadOnlyList<string>>
        {
            ["cause"] = ["专家评审", "检验", "听证"],
            ["until"] = ["2024-12-31", "2024-03-01"],
            ["missing"] = ["身份证复印件"],
            ["items"] = ["身份证复印件"],
            ["tier"] = ["Serious", "Light"],
            ["source"] = ["CitizenComplaint"],
        },
    };

    /// <summary>Random case walks on the built-in procedures.</summary>
    /// <returns>The walks.</returns>
    public static Arbitrary<CaseWalk> Walks() => CaseArbitraries.WalksOnEveryProcedure(Engine, Options);

    [Property]
    public bool The_board_lists_each_case_as_the_supervisor_reads_it(CaseWalk[] walks, byte later)
    {
        var cases = walks
            .SelectMany(w => w.Attempts.Where(a => a.Result.IsAccepted).Select(a => a.Result.Snapshot!).Prepend(w.Start.Snapshot!))
            .ToList();
        if (cases.Count == 0)
        {
            return true;
        }

        var last = walks.SelectMany(w => w.Events).Max(e => e.At);
        var now = last.Plus(Duration.FromDays(later % 90));
        var board = new SupervisionBoard(Engine);
        var report = board.Sweep(cases, now);

        var yellow = new List<SupervisedCase>();
        var red = new List<SupervisedCase>();
        var stepOverdue = new List<SupervisedCase>();
        var legallyOverdue = new List<SupervisedCase>();
        var unreadable = 0;
        var counted = 0;
        foreach (var snapshot in cases)
        {
            CaseDeadlines d;
            try
            {
                Engine.TryGetDefinition(snapshot, out var definition);
                d = board.Supervisor.Deadlines(snapshot, definition!, now);
            }
            catch (CalendarCoverageException)
            {
                unreadable++;
                continue;
            }

            counted++;
            var entry = new SupervisedCase(snapshot, d.Committed, d.StepCommitted ?? d.Committed, d.Legal, d.StepLegal);
            if (d.Committed.State == DeadlineState.Warning)
            {
                yellow.Add(entry);
            }
            else if (d.Committed.State == DeadlineState.Overdue)
            {
                red.Add(entry);
            }

            if (!snapshot.IsClosed && entry.StepStatus.State == DeadlineState.Overdue)
            {
                stepOverdue.Add(entry);
            }

            if (d.Legal.State == DeadlineState.Overdue || d.StepLegal is { State: DeadlineState.Overdue })
            {
                legallyOverdue.Add(entry);
            }
        }

        var open = report.ByPower.Values.Sum(s => s.Open + s.FinishedOnTime + s.FinishedLate);
        return report.Yellow.SequenceEqual(yellow)
            && report.Red.SequenceEqual(red)
            && report.StepOverdue.SequenceEqual(stepOverdue)
            && report.LegallyOverdue.SequenceEqual(legallyOverdue)
            && report.UnreadableCount == unreadable
            && open == counted;
    }
}
