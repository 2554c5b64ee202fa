using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;
using PowerGovernance.Testing;
using PowerGovernance.Tests.Procedures.BuiltIn;
using CaseWalk = PowerGovernance.Testing.CaseWalk;

namespace PowerGovernance.Tests.Supervision;

/// <summary>
/// Laws of the two clocks on random walks of every built-in procedure (walks in 2024 on the official calendar, read
/// up to 60 days after their last event): the committed due date is never after the legal one, and the explanation
/// told from the events ends on the due date the supervisor computes, for both clocks.
/// </summary>
[Properties(Arbitrary = [typeof(TwoClockProperties)], MaxTest = 150)]
public class TwoClockProperties
{
    private static readonly ProcedureEngine Engine = BuiltInFixture.Engine;

    private static readonly CaseWalkOptions Options = new()
    {
        Window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)),
        ArgumentValues = new Dictionary<string, IReadOnlyList<string>>
        {
            ["cause"] = ["专家评审", "检验", "征求第三方意见", "听证", "随便"],
            ["until"] = ["2024-12-31", "2024-03-01", "不是日期"],
            ["missing"] = ["身份证复印件"],
            ["items"] = ["身份证复印件"],
            ["tier"] = ["Serious", "Light"],
            ["source"] = ["CitizenComplaint"],
        },
    };

    /// <summary>Random case walks on the built-in procedures.</summary>
    public static Arbitrary<CaseWalk> Walks() => CaseArbitraries.WalksOnEveryProcedure(Engine, Options);

    [Property]
    public bool The_committed_due_date_is_never_after_the_legal_one(CaseWalk walk, byte later) =>
        Reads(walk, later).All(r => r.Deadlines.Committed.DueDate <= r.Deadlines.Legal.DueDate);

    [Property]
    public bool The_explanation_ends_on_the_due_date_the_supervisor_computes(CaseWalk walk, byte later)
    {
        var at = walk.Events[^1].At.Plus(Duration.FromDays(later % 60));
        var deadlines = Engine.Supervisor.Deadlines(walk.Final, walk.Definition, at);
        var explanation = Engine.ExplainDeadlines(walk.Definition.Id, walk.PowerCode, walk.Events, at);
        return explanation.Legal.DueDate == deadlines.Legal.DueDate
            && explanation.Committed.DueDate == deadlines.Committed.DueDate
            && explanation.Legal.Entries.Count > 0
            && explanation.Committed.Entries.All(e => e.English.Length > 0 && e.Chinese.Length > 0);
    }

    private static IEnumerable<(CaseSnapshot Snapshot, CaseDeadlines Deadlines)> Reads(CaseWalk walk, byte later)
    {
        var snapshots = walk.Attempts.Where(a => a.Result.IsAccepted).Select(a => (a.Result.Snapshot!, a.At)).Prepend((walk.Start.Snapshot!, walk.Events[0].At));
        foreach (var (snapshot, at) in snapshots)
        {
            var read = at.Plus(Duration.FromDays(later % 60));
            yield return (snapshot, Engine.Supervisor.Deadlines(snapshot, walk.Definition, read));
        }
    }
}
