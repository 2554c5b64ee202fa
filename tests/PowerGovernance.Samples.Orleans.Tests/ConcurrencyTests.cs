using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Cases;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>
/// Orleans runs one activation of a grain, but a silo declared dead may still be writing when the case is reactivated elsewhere.
/// The test plays that stale activation: it loads the case through a store of its own and writes on what it loaded, against the
/// grain. The store's version check lets exactly one of them win, and the grain that loses reloads instead of forking.
/// </summary>
[Collection(SharedCluster.Name)]
public sealed class ConcurrencyTests(OrleansCluster cluster)
{
    [Fact]
    public async Task A_stale_activation_that_writes_after_the_grain_loses_and_the_case_keeps_one_history()
    {
        var grain = await AcceptedCase("OR-STALE-1");
        var stale = cluster.Database.Load("OR-STALE-1").Snapshot;          // version 2, held by the "stale activation"

        var submitted = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)));
        var late = Story.Engine.Fire(stale, AdministrativeLicensing.Triggers.HoldHearing, Story.Reviewer, Story.March(5, 16), expectedVersion: stale.Version);
        Assert.True(late.IsAccepted);                                          // the engine decides on what it was given …
        CaseSaveResult saved;
        using (var context = cluster.Database.NewContext())
        {
            saved = await CaseDatabase.NewStore(context).SaveAsync(late);     // … and the store refuses to write it
        }

        Assert.Equal(CaseReplyStatus.Saved, submitted.Status);
        Assert.Equal(CaseSaveStatus.StaleVersion, saved.Status);
        Assert.Equal(2, saved.ExpectedVersion);
        var stored = cluster.Database.Load("OR-STALE-1");
        Assert.Equal([1L, 2, 3], stored.Events.Select(e => e.Sequence));
        Assert.Equal(["start", "accept", "submit"], stored.Events.Select(e => e.Trigger));
    }

    [Fact]
    public async Task A_grain_that_loses_to_a_stale_writer_reports_stale_version_reloads_the_winner_and_goes_on_from_it()
    {
        // The other writer moves the case to the hearing (行政许可法 Art. 46–47) first; the grain, still holding version 2, fires
        // submit on it: its save is refused, it reloads version 3 at the hearing, and the next trigger builds on that.
        var grain = await AcceptedCase("OR-STALE-2");
        var other = cluster.Database.Load("OR-STALE-2").Snapshot;
        using (var context = cluster.Database.NewContext())
        {
            var hearing = Story.Engine.Fire(other, AdministrativeLicensing.Triggers.HoldHearing, Story.Reviewer, Story.March(4, 9), expectedVersion: other.Version);
            Assert.Equal(CaseSaveStatus.Saved, (await CaseDatabase.NewStore(context).SaveAsync(hearing)).Status);
        }

        var lost = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)));

        Assert.Equal(CaseReplyStatus.StaleVersion, lost.Status);
        Assert.Equal((3L, "hearing"), (lost.Version, lost.Step));
        Assert.Contains("no longer at version 2", lost.Message, System.StringComparison.Ordinal);
        Assert.Contains("已不是版本2", lost.ChineseMessage, System.StringComparison.Ordinal);
        var concluded = await grain.Fire(new FireCase(
            AdministrativeLicensing.Triggers.HearingConcluded,
            new Procedures.Actor("主持人丁", AdministrativeLicensing.HearingOfficer.ChineseName),
            Story.March(6, 9),
            Procedures.TriggerArguments.None.With(AdministrativeLicensing.Arguments.Transcript, "听证笔录第1号")));
        Assert.Equal((CaseReplyStatus.Saved, 4L, "review"), (concluded.Status, concluded.Version, concluded.Step));
        Assert.Equal(["start", "accept", "hold-hearing", "hearing-concluded"], cluster.Database.Load("OR-STALE-2").Events.Select(e => e.Trigger));
    }

    [Fact]
    public async Task The_grain_and_a_stale_writer_saving_at_the_same_time_exactly_one_wins_and_the_grain_ends_on_the_stored_case()
    {
        // Both decide on version 2 (the grain in memory, the stale writer from its own load) and save at once. Whichever commits
        // first moves the row to version 3; the other's UPDATE … WHERE version = 2 touches no row.
        for (var round = 1; round <= 5; round++)
        {
            var caseId = $"OR-RACE-{round}";
            var grain = await AcceptedCase(caseId);
            var stale = cluster.Database.Load(caseId).Snapshot;
            var late = Story.Engine.Fire(stale, AdministrativeLicensing.Triggers.HoldHearing, Story.Reviewer, Story.March(5, 16), expectedVersion: stale.Version);
            using var gate = new Barrier(2);

            var grainReply = Task.Run(() =>
            {
                gate.SignalAndWait();
                return grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)));
            });
            var staleSave = Task.Run(async () =>
            {
                using var context = cluster.Database.NewContext();
                var store = CaseDatabase.NewStore(context);
                gate.SignalAndWait();
                return await store.SaveAsync(late);
            });
            await Task.WhenAll(grainReply, staleSave);
            var (reply, saved) = (await grainReply, await staleSave);

            var grainWon = reply.Status == CaseReplyStatus.Saved;
            var staleWon = saved.Status == CaseSaveStatus.Saved;
            Assert.True(grainWon ^ staleWon, $"round {round}: grain {reply.Status}, stale writer {saved.Status}");
            Assert.Equal(grainWon ? CaseSaveStatus.StaleVersion : CaseSaveStatus.Saved, saved.Status);
            Assert.Equal(grainWon ? CaseReplyStatus.Saved : CaseReplyStatus.StaleVersion, reply.Status);
            var stored = cluster.Database.Load(caseId);
            Assert.Equal([1L, 2, 3], stored.Events.Select(e => e.Sequence));
            Assert.Equal(grainWon ? "decision" : "hearing", stored.Snapshot.Step);
            var current = await grain.Current();
            Assert.Equal((3L, stored.Snapshot.Step, stored.Snapshot.AuditHead), (current.Version, current.Step, current.AuditHead));
        }
    }

    private async Task<ICaseGrain> AcceptedCase(string caseId)
    {
        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>(caseId);
        Assert.Equal(CaseReplyStatus.Saved, (await grain.Start(Story.StartOn(Story.March(3, 9)))).Status);
        Assert.Equal(CaseReplyStatus.Saved, (await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)))).Status);
        return grain;
    }
}
