using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using PowerGovernance.Samples.Orleans.Board;
using PowerGovernance.Samples.Orleans.Storage;

namespace PowerGovernance.Samples.Orleans.Hosting;

/// <summary>What every silo of the cluster adds (集群节点配置): the kernel, the case store and the board, the same on each silo.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Adds the engine, the case store on the configured database and the cluster board to the silo.</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="configuration">The configuration with the <see cref="CaseStoreOptions.Section"/> section, if any.</param>
    /// <returns>The silo.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="silo"/> or <paramref name="configuration"/> is null.</exception>
    public static ISiloBuilder AddPowerGovernanceCases(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddCaseStore(configuration);
        silo.Services.AddSingleton<ClusterBoard>();
        return silo;
    }
}
