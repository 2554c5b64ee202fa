using Microsoft.Extensions.DependencyInjection.Extensions;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

#pragma warning disable IDE0130 // The ecosystem's convention: registration extensions live in this namespace.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers China's working-day calendar in a host's service collection.</summary>
public static class ChinaCalendarServiceCollectionExtensions
{
    /// <summary>
    /// Registers China's calendar as the <see cref="IWorkingCalendar"/> singleton, unless the host registered a
    /// calendar already (<c>TryAdd</c>): by default <see cref="ChinaCalendars.Provisional"/> (the official data
    /// continued with provisional years, which never throws for next year); <see cref="ChinaCalendarMode.Strict"/>
    /// for <see cref="ChinaCalendars.Official"/> alone. Call it before <c>AddPowerGovernance</c>, which then counts on it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="mode">Provisional (default) or strict.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public static IServiceCollection AddChinaOfficialCalendar(this IServiceCollection services, ChinaCalendarMode mode = ChinaCalendarMode.Provisional)
    {
        System.ArgumentNullException.ThrowIfNull(services);
        switch (mode)
        {
            case ChinaCalendarMode.Provisional:
                services.TryAddSingleton<IWorkingCalendar>(ChinaCalendars.Provisional);
                break;
            case ChinaCalendarMode.Strict:
                services.TryAddSingleton<IWorkingCalendar>(ChinaCalendars.Official);
                break;
            default:
                throw new System.ArgumentOutOfRangeException(nameof(mode), mode, "Expected Provisional or Strict. 应为 Provisional 或 Strict。");
        }

        return services;
    }
}
