using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;
using PowerGovernance.Samples.Orleans.Hosting;
using PowerGovernance.Samples.Orleans.Storage;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>A cluster of two in-process silos (TestingHost) on one <see cref="CaseDatabase"/>, configured as the sample's silos are.</summary>
public sealed class OrleansCluster : IAsyncLifetime
{
    // With the in-memory transport nothing binds a port, so two clusters alive in one test process would be handed the same
    // port numbers and answer each other's silos: each cluster gets a range of its own.
    private static int clusters;

    public CaseDatabase Database { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        var range = Interlocked.Increment(ref clusters);
        builder.Options.BaseSiloPort = 21000 + (range * 10);
        builder.Options.BaseGatewayPort = 41000 + (range * 10);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CaseStoreOptions.Section + ":Provider"] = nameof(CaseStoreProvider.Sqlite),
            [CaseStoreOptions.Section + ":ConnectionString"] = Database.ConnectionString,
        }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Database.Dispose();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddPowerGovernanceCases(siloBuilder.Configuration);
    }
}

/// <summary>The test classes that share one cluster (they create distinct cases and never stop a silo).</summary>
[CollectionDefinition(Name)]
public sealed class SharedCluster : ICollectionFixture<OrleansCluster>
{
    public const string Name = "shared two-silo cluster";
}
