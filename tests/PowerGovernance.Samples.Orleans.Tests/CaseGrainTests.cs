using System.Linq;
using System.Threading.Tasks;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Cases;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>Cases started and moved through their grains on a two-silo cluster, stored through the EF Core store.</summary>
[Collection(SharedCluster.Name)]
public sealed class CaseGrainTests(OrleansCluster cluster)
{
    [Fact]
    public async Task A_case_moved_from_receipt_to_delivery_through_its_grain_is_stored_verified_and_equal_to_the_kernel_deciding_directly()
    {
        // The licensing path: start (receipt) → accept (review, 行政许可法 Art. 32) → submit (decision) → grant (delivery,
        // Art. 38) → deliver (granted, Art. 44): five events, so version 5, and the case ends.
        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>("OR-PATH-1");
        var silos = cluster.Cluster.Silos.Select(s => s.SiloAddress.ToString()).ToList();

        var replies = new[]
        {
            await grain.Start(Story.StartOn(Story.March(3, 9))),
            await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10))),
            await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15))),
            await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Grant, Story.Head, Story.March(6, 9))),
            await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Deliver, Story.Clerk, Story.March(7, 9))),
        };

        Assert.All(replies, r => Assert.Equal(CaseReplyStatus.Saved, r.Status));
        Assert.Equal([1L, 2, 3, 4, 5], replies.Select(r => r.Version));
        Assert.Equal(["receipt", "review", "decision", "delivery", "granted"], replies.Select(r => r.Step));
        Assert.True(replies[^1].IsClosed);
        Assert.All(replies, r => Assert.Contains(r.Silo, silos));

        // The reference: the same inputs to the pure kernel, directly. The stored case (loaded, hence verified: seal, chain,
        // replay) is equal to it, member for member, and so is its audit head.
        var reference = Story.ReferenceStart("OR-PATH-1", Story.March(3, 9)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Grant, Story.Head, Story.March(6, 9)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Deliver, Story.Clerk, Story.March(7, 9)).Snapshot;
        var stored = cluster.Database.Load("OR-PATH-1");
        Assert.Equal(reference, stored.Snapshot);
        Assert.Equal(reference.AuditHead, replies[^1].AuditHead);
        Assert.Equal(["start", "accept", "submit", "grant", "deliver"], stored.Events.Select(e => e.Trigger));
        Assert.Equal([1L, 2, 3, 4, 5], stored.Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_trigger_the_engine_refuses_is_refused_with_its_reason_in_both_languages_and_nothing_is_written()
    {
        // Grant leaves only the decision step (行政许可法 Art. 37–38: decide after review); from review it is not permitted.
        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>("OR-REFUSED-1");
        await grain.Start(Story.StartOn(Story.March(3, 9)));
        await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)));

        var refused = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Grant, Story.Head, Story.March(3, 11)));

        Assert.Equal(CaseReplyStatus.Refused, refused.Status);
        Assert.Equal(nameof(RejectionKind.NotPermittedFromStep), refused.Rejection);
        Assert.Contains("grant", refused.Message, System.StringComparison.Ordinal);
        Assert.Contains("被拒绝", refused.ChineseMessage, System.StringComparison.Ordinal);
        Assert.Equal(2, refused.Version);
        Assert.Equal("review", refused.Step);
        Assert.Equal(2, cluster.Database.Load("OR-REFUSED-1").Events.Count);
    }

    [Fact]
    public async Task A_trigger_on_a_case_never_started_is_not_started_and_a_second_start_already_exists()
    {
        var never = await cluster.Cluster.Client.GetGrain<ICaseGrain>("OR-NEVER-1").Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)));
        Assert.Equal(CaseReplyStatus.NotStarted, never.Status);
        Assert.Equal(0, never.Version);
        Assert.Null(never.Step);
        Assert.Contains("尚未登记", never.ChineseMessage, System.StringComparison.Ordinal);

        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>("OR-TWICE-1");
        Assert.Equal(CaseReplyStatus.Saved, (await grain.Start(Story.StartOn(Story.March(3, 9)))).Status);
        var again = await grain.Start(Story.StartOn(Story.March(4, 9)));
        Assert.Equal(CaseReplyStatus.AlreadyExists, again.Status);
        Assert.Equal(1, again.Version);
        Assert.Single(cluster.Database.Load("OR-TWICE-1").Events);
    }

    [Fact]
    public async Task Twelve_cases_placed_by_orleans_on_the_cluster_each_keep_one_history()
    {
        // Twelve cases at once: Orleans places each grain on a silo of its choosing; each case, wherever it runs, ends with exactly
        // its two events (start, accept), numbered 1 and 2.
        var ids = Enumerable.Range(1, 12).Select(i => $"OR-SPREAD-{i:00}").ToList();
        var replies = await Task.WhenAll(ids.Select(async id =>
        {
            var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>(id);
            await grain.Start(Story.StartOn(Story.March(3, 9)));
            return await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)));
        }));

        Assert.All(replies, r => Assert.Equal((CaseReplyStatus.Saved, 2L, "review"), (r.Status, r.Version, r.Step)));
        Assert.All(ids, id => Assert.Equal([1L, 2], cluster.Database.Load(id).Events.Select(e => e.Sequence)));
    }
}
