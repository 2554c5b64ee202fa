using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PowerGovernance.Procedures;
using PowerGovernance.Samples.Orleans.Hosting;

namespace PowerGovernance.Samples.Orleans.Storage;

/// <summary>Registers the kernel and the case store in a silo's services (办件库注册).</summary>
public static class CaseStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine (<see cref="SampleKernel.CreateEngine"/>, one per silo) and a factory of <see cref="CasesDbContext"/> on the
    /// configured database: a grain opens a context per call, never holds one across calls.
    /// </summary>
    /// <param name="services">The silo's services.</param>
    /// <param name="configuration">The configuration holding the <see cref="CaseStoreOptions.Section"/> section, if any.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The configured provider is not one of <see cref="CaseStoreProvider"/>.</exception>
    public static IServiceCollection AddCaseStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(CaseStoreOptions.Section).Get<CaseStoreOptions>() ?? new CaseStoreOptions();
        services.AddSingleton<ProcedureEngine>(_ => SampleKernel.CreateEngine());
        services.AddDbContextFactory<CasesDbContext>(builder => _ = options.Provider switch
        {
            CaseStoreProvider.Sqlite => builder.UseSqlite(options.ConnectionString),
            CaseStoreProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString),
            _ => throw new InvalidOperationException(
                $"CaseStore:Provider '{options.Provider}' is not Sqlite or PostgreSql. 办件库类型“{options.Provider}”应为Sqlite或PostgreSql。"),
        });
        return services;
    }
}
