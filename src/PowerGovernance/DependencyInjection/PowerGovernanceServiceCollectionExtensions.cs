using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.DependencyInjection;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

#pragma warning disable IDE0130 // The ecosystem's convention: registration extensions live in this namespace.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the PowerGovernance kernel in a host's service collection.</summary>
public static class PowerGovernanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: the working calendar (<see cref="IWorkingCalendar"/>), the catalog
    /// (<see cref="PowerCatalog"/>), a <see cref="CatalogValidator"/>, the <see cref="ProcedureEngine"/>,
    /// a <see cref="CaseSupervisor"/> and a <see cref="SupervisionBoard"/>; and NodaTime's
    /// <see cref="IClock"/> as <see cref="SystemClock.Instance"/> unless the host registered its own.
    /// Every registration uses <c>TryAdd</c>, so a host's own registrations win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the calendar (required), catalog, procedures and policies.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">No calendar was set.</exception>
    public static IServiceCollection AddPowerGovernance(this IServiceCollection services, Action<PowerGovernanceOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        var options = new PowerGovernanceOptions();
        configure(options);
        var calendar = options.Calendar ?? throw new InvalidOperationException("AddPowerGovernance needs a working calendar: set options.Calendar, e.g. to ChinaCalendars.Official.");
        var catalog = options.Catalog ?? PowerCatalog.Empty;
        var engine = new ProcedureEngine(calendar, catalog, options.Procedures, options.Zone);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(calendar);
        services.TryAddSingleton(catalog);
        services.TryAddSingleton(new CatalogValidator(options.CatalogRules ?? CatalogRuleOptions.Default));
        services.TryAddSingleton(engine);
        services.TryAddSingleton(new CaseSupervisor(calendar, options.WarningPolicy, options.Zone));
        services.TryAddSingleton(new SupervisionBoard(engine, options.WarningPolicy));
        return services;
    }
}
