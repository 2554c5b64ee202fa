using System.Linq;
using System.Threading.Tasks;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Cases;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>
/// A case whose grain moves between silos keeps its whole history: the new activation loads it from the shared store, verified,
/// and goes on from the stored version, without losing an event or forking the chain. The class has a cluster of its own, since it
/// stops a silo.
/// </summary>
public sealed class GrainMoveTests(OrleansCluster cluster) : IClassFixture<OrleansCluster>
{
    [Fact]
    public async Task A_case_whose_silo_stops_activates_on_the_other_silo_with_its_whole_history_and_goes_on_without_a_fork()
    {
        var primary = cluster.Cluster.Primary ?? throw new System.InvalidOperationException("The cluster has no primary silo.");
        var secondary = cluster.Cluster.SecondarySilos.Single();
        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>("OR-MOVE-1");
        await grain.Start(Story.StartOn(Story.March(3, 9)));
        var accepted = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)));

        // Put the activation on the secondary silo, move the case on there, then stop that silo: the next call activates the
        // grain on the primary, the only silo left. TestCluster.MigrateAsync waits for the activation to appear on the target and
        // never returns when it is already there, so it is called only when Orleans placed the grain on the primary (and
        // bounded, so that a migration that does not happen fails the test instead of hanging the run).
        if (accepted.Silo != secondary.SiloAddress.ToString())
        {
            await cluster.Cluster.MigrateAsync(grain, secondary.SiloAddress).WaitAsync(System.TimeSpan.FromSeconds(60));
        }

        var onSecondary = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)));
        Assert.Equal((CaseReplyStatus.Saved, 3L, "decision"), (onSecondary.Status, onSecondary.Version, onSecondary.Step));
        Assert.Equal(secondary.SiloAddress.ToString(), onSecondary.Silo);

        await cluster.Cluster.StopSiloAsync(secondary);
        var moved = await grain.Current();

        Assert.Equal(primary.SiloAddress.ToString(), moved.Silo);
        Assert.Equal((3L, "decision", onSecondary.AuditHead), (moved.Version, moved.Step, moved.AuditHead));

        // The moved grain goes on from version 3: grant is the fourth event, not a second third one.
        var granted = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Grant, Story.Head, Story.March(6, 9)));
        Assert.Equal((CaseReplyStatus.Saved, 4L, "delivery"), (granted.Status, granted.Version, granted.Step));
        Assert.Equal(primary.SiloAddress.ToString(), granted.Silo);

        // One event sequence, 1 to 4 with no duplicate, verified on load (seal and chain), equal to the kernel deciding directly.
        var stored = cluster.Database.Load("OR-MOVE-1");
        Assert.Equal([1L, 2, 3, 4], stored.Events.Select(e => e.Sequence));
        Assert.Equal(["start", "accept", "submit", "grant"], stored.Events.Select(e => e.Trigger));
        Assert.Equal(stored.Events[^1].Hash, stored.Snapshot.AuditHead);
        var reference = Story.ReferenceStart("OR-MOVE-1", Story.March(3, 9)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)).Snapshot;
        reference = Story.Engine.Fire(reference, AdministrativeLicensing.Triggers.Grant, Story.Head, Story.March(6, 9)).Snapshot;
        Assert.Equal(reference, stored.Snapshot);
    }
}
