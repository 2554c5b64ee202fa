using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

#pragma warning disable IDE0130 // The ecosystem's convention: registration extensions live in this namespace.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers China's official working-day calendar in a host's service collection.</summary>
public static class ChinaCalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChinaCalendars.Official"/> (国务院办公厅部分节假日安排) as the <see cref="IWorkingCalendar"/> singleton, unless
    /// the host registered a calendar already (<c>TryAdd</c>). Call it before <c>AddPowerGovernance</c>, which then counts on it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddChinaOfficialCalendar(this IServiceCollection services)
    {
        System.ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IWorkingCalendar>(ChinaCalendars.Official);
        return services;
    }
}
