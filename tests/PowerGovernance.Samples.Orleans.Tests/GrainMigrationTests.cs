using System.Linq;
using System.Threading.Tasks;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Samples.Orleans.Cases;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>A case migrated between two live silos (both stay up, so the class shares the cluster of the others).</summary>
[Collection(SharedCluster.Name)]
public sealed class GrainMigrationTests(OrleansCluster cluster)
{
    [Fact]
    public async Task A_case_migrated_between_live_silos_reloads_from_the_store_and_keeps_its_history()
    {
        // Migration without a migration participant carries no state: the activation on the target silo loads the stored case.
        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>("OR-MIGRATE-1");
        var started = await grain.Start(Story.StartOn(Story.March(3, 9)));
        var accepted = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Accept, Story.Clerk, Story.March(3, 10)));
        var target = cluster.Cluster.GetActiveSilos().First(s => s.SiloAddress.ToString() != accepted.Silo);

        await cluster.Cluster.MigrateAsync(grain, target.SiloAddress).WaitAsync(System.TimeSpan.FromSeconds(60));
        var moved = await grain.Current();

        Assert.Equal(target.SiloAddress.ToString(), moved.Silo);
        Assert.NotEqual(accepted.Silo, moved.Silo);
        Assert.Equal((2L, "review", accepted.AuditHead), (moved.Version, moved.Step, moved.AuditHead));
        var submitted = await grain.Fire(new FireCase(AdministrativeLicensing.Triggers.Submit, Story.Reviewer, Story.March(5, 15)));
        Assert.Equal((CaseReplyStatus.Saved, 3L), (submitted.Status, submitted.Version));
        Assert.Equal([1L, 2, 3], cluster.Database.Load("OR-MIGRATE-1").Events.Select(e => e.Sequence));
    }
}
