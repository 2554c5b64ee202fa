using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Board;
using PowerGovernance.Samples.Orleans.Cases;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>
/// The cluster's board, swept by whichever silo answers from the shared store's open-case pages, equals the board the kernel
/// computes directly over the same cases. The class has a cluster (and database) of its own: the board sweeps every open case
/// stored.
/// </summary>
public sealed class ClusterBoardTests(OrleansCluster cluster) : IClassFixture<OrleansCluster>
{
    [Fact]
    public async Task The_cluster_board_equals_the_kernel_sweeping_the_same_cases_directly_and_lists_the_yellow_and_red_cases_worked_out_by_hand_and_an_edited_row_apart()
    {
        // The built-in licensing procedure promises 13 working days from receipt (its committed case limit; the legal limit is
        // 20, 行政许可法 Art. 42), the receipt step 3 and the review step 8; the day of receipt does not count. March 2025 has
        // no holiday and no adjusted working day. The board is read on Thursday 20 March 2025, 10:00 Beijing time.
        //   OR-BOARD-RED     received Fri 28 Feb: 13 working days are Mar 3–7, 10–14, 17–19 → due Wed 19 Mar: red on the 20th.
        //   OR-BOARD-YELLOW  received Mon 3 Mar: Mar 4–7, 10–14, 17–20 → due Thu 20 Mar: no working day left, yellow.
        //   OR-BOARD-REVIEW  received and accepted Mon 10 Mar: due Thu 27 Mar (Mar 11–14, 17–21, 24–27), 5 days left: on
        //                    time; its review step (8 days: Mar 11–14, 17–20) is due on the 20th, not over.
        //   OR-BOARD-FRESH   received Mon 17 Mar: case due Thu 3 Apr, receipt step (Mar 18–20) due on the 20th: on time.
        //   OR-BOARD-CLOSED  received 3 Mar, not accepted 4 Mar (Art. 32(1)): closed, so not among the open cases swept.
        // Red and yellow are still at receipt, whose 3 days ran out on 5 and 6 March: both are over their step's limit.
        // The oldest case is 14 working days old (Mar 3–7, 10–14, 17–20), within the 20 of the law: none is legally overdue.
        var now = Story.March(20, 10);
        var client = cluster.Cluster.Client;
        var reference = new System.Collections.Generic.List<CaseSnapshot>();

        async Task Start(string caseId, NodaTime.Instant at)
        {
            Assert.Equal(CaseReplyStatus.Saved, (await client.GetGrain<ICaseGrain>(caseId).Start(Story.StartOn(at))).Status);
            reference.Add(Story.ReferenceStart(caseId, at).Snapshot);
        }

        await Start("OR-BOARD-RED", Story.In2025(2, 28, 9));
        await Start("OR-BOARD-YELLOW", Story.March(3, 9));
        await Start("OR-BOARD-REVIEW", Story.March(10, 9));
        await Start("OR-BOARD-FRESH", Story.March(17, 9));
        await Start("OR-BOARD-CLOSED", Story.March(3, 9));
        Assert.Equal(CaseReplyStatus.Saved, (await client.GetGrain<ICaseGrain>("OR-BOARD-REVIEW").Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(10, 10)))).Status);
        Assert.Equal(CaseReplyStatus.Saved, (await client.GetGrain<ICaseGrain>("OR-BOARD-CLOSED").Fire(new FireCase(AdministrativeLicensing.Triggers.NotAccept, Story.Clerk, Story.March(4, 9), reason: "不属于本机关职权范围"))).Status);
        reference[2] = Story.Engine.Fire(reference[2], AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(10, 10)).Snapshot;
        reference.RemoveAt(4);

        var direct = new SupervisionBoard(Story.Engine).Sweep(reference.OrderBy(c => c.CaseId, System.StringComparer.Ordinal).ToList(), now);
        var summary = await client.GetGrain<IBoardGrain>(0).Sweep(now);
        var onSilo = await cluster.Cluster.GetSiloServiceProvider(cluster.Cluster.SecondarySilos[0].SiloAddress).GetRequiredService<ClusterBoard>().SweepAsync(now);

        // By hand.
        Assert.Equal(4, summary.Swept);
        Assert.Equal(["OR-BOARD-YELLOW"], summary.Yellow);
        Assert.Equal(["OR-BOARD-RED"], summary.Red);
        Assert.Equal(["OR-BOARD-RED", "OR-BOARD-YELLOW"], summary.StepOverdue);
        Assert.Empty(summary.LegallyOverdue);
        Assert.Equal([new UnitLine(Hosting.SampleKernel.Licence.UndertakingUnit!, 4, 1, 1, 0, 0, 0)], summary.ByUnit);
        Assert.Empty(summary.Refused);

        // Against the kernel: the whole report, and the summary that crossed the cluster.
        Assert.Equal(direct, onSilo.Report);
        Assert.Empty(onSilo.Refused);
        var expected = new BoardSummary(direct, []);
        Assert.Equal((expected.At, expected.Swept, expected.Unreadable), (summary.At, summary.Swept, summary.Unreadable));
        Assert.Equal(expected.Yellow, summary.Yellow);
        Assert.Equal(expected.Red, summary.Red);
        Assert.Equal(expected.StepOverdue, summary.StepOverdue);
        Assert.Equal(expected.LegallyOverdue, summary.LegallyOverdue);
        Assert.Equal(expected.ByUnit, summary.ByUnit);

        // A row edited in the database: it claims the review step with the seal of the receipt step. The store refuses it (seal,
        // replay), the board lists it apart as refused, a technical alarm, and sweeps only the cases that verify, as before.
        Assert.Equal(CaseReplyStatus.Saved, (await client.GetGrain<ICaseGrain>("OR-EDITED-1").Start(Story.StartOn(Story.March(3, 9)))).Status);
        var stored = cluster.Database.Load("OR-EDITED-1").Snapshot;
        var edited = stored with { Step = AdministrativeLicensing.Steps.Review };
        using (var context = cluster.Database.NewContext())
        {
            await context.Set<CaseRow>().Where(c => c.CaseId == "OR-EDITED-1")
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Step, edited.Step).SetProperty(c => c.Snapshot, Serialization.CaseJson.Serialize(edited)));
        }

        var after = await client.GetGrain<IBoardGrain>(0).Sweep(now);

        Assert.Equal(["OR-EDITED-1"], after.Refused);
        Assert.Equal(4, after.Swept);
        Assert.Equal(summary.Yellow, after.Yellow);
        Assert.Equal(summary.Red, after.Red);
        Assert.Equal(summary.StepOverdue, after.StepOverdue);
    }
}
