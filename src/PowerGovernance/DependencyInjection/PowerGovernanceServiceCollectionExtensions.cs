using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Appeals;
using PowerGovernance.Calendars;
using PowerGovernance.DependencyInjection;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.FrontDesk;
using PowerGovernance.Disclosures;
using PowerGovernance.Evaluation;
using PowerGovernance.Supervision;

#pragma warning disable IDE0130 // The ecosystem's convention: registration extensions live in this namespace.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers the PowerGovernance kernel in a host's service collection.</summary>
public static class PowerGovernanceServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: <see cref="PowerGovernanceOptions.Calendar"/> as the <see cref="IWorkingCalendar"/> unless the host
    /// registered one first (e.g. <c>services.AddChinaOfficialCalendar()</c>), the catalog (<see cref="PowerCatalog"/>), a
    /// <see cref="CatalogValidator"/>, the <see cref="ProcedureEngine"/>, a <see cref="CaseSupervisor"/>, a <see cref="SupervisionBoard"/>, a
    /// <see cref="SupervisionCardEvaluator"/> with <see cref="PowerGovernanceOptions.SupervisionCards"/>,
    /// the <see cref="SanctionPolicy"/> over <see cref="PowerGovernanceOptions.Sanctions"/>, the <see cref="AppealPolicy"/>, a
    /// <see cref="YearEndAssessment"/>, <see cref="AccountabilityProceedings"/> when the procedures include
    /// <see cref="AccountabilityProcedure"/>, <see cref="OneTimeNotification"/>, <see cref="FirstInquiryDesk"/>, <see cref="ServiceRatingDesk"/>,
    /// <see cref="ServiceRatingReport"/> and
    /// <see cref="DisclosureSchedule"/>, a <see cref="CalendarHealthCheck"/> on the kernel's calendar and the registered clock with
    /// <see cref="PowerGovernanceOptions.CalendarHealth"/>; and NodaTime's <see cref="IClock"/> as <see cref="SystemClock.Instance"/>
    /// unless the host registered its own. Every registration uses <c>TryAdd</c>, so a host's own registrations win. The kernel's
    /// services count on the calendar with <see cref="PowerGovernanceOptions.CalendarOverlay"/> applied, and with an overlay the
    /// <see cref="IWorkingCalendar"/> the container hands out is that same overlaid instance (the host's registration, or
    /// <see cref="PowerGovernanceOptions.Calendar"/>, is what the overlay is built on), so the host and the engine never count on
    /// different calendars.
    /// </summary>
    /// <remarks>
    /// The health check is registered, not added to the host's health checks: that builder is in package
    /// Microsoft.Extensions.Diagnostics.HealthChecks (part of ASP.NET Core), which the kernel does not depend on. A host adds it
    /// with <c>services.AddHealthChecks().AddCheck&lt;CalendarHealthCheck&gt;(CalendarHealthCheck.Name)</c>, which resolves this
    /// registration.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the calendar (unless registered), overlay, catalog, procedures and policies.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The options are not usable: no calendar, a null option, a null procedure, two
    /// procedures with the same id and version, assessment thresholds below 1, or an overlay that does not build. The message names every
    /// such option at once, at start-up (for a calendar the host registered through a factory, the kernel is built and checked when first
    /// resolved).</exception>
    public static IServiceCollection AddPowerGovernance(this IServiceCollection services, Action<PowerGovernanceOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        var options = new PowerGovernanceOptions();
        configure(options);
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IWorkingCalendar) && !d.IsKeyedService);
        Check(options, hasRegisteredCalendar: registered is not null);

        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        if (options.CalendarOverlay is not null)
        {
            RegisterOverlaid(services, options, registered);
        }
        else
        {
            if (options.Calendar is not null)
            {
                services.TryAddSingleton(options.Calendar);
            }

            // Build the kernel now when the calendar is known, so a bad option fails at start-up; a calendar the host registers
            // through a factory is only known to the container, and the kernel is then built when first resolved.
            var known = registered is null ? options.Calendar : registered.ImplementationInstance as IWorkingCalendar;
            if (known is not null)
            {
                services.TryAddSingleton(PowerGovernanceKernel.Create(known, options));
            }
            else
            {
                services.TryAddSingleton(provider => PowerGovernanceKernel.Create(provider.GetRequiredService<IWorkingCalendar>(), options));
            }
        }

        services.TryAddSingleton(options.Catalog);
        services.TryAddSingleton(options.AppealPolicy);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Engine);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().CatalogValidator);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Supervisor);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Board);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Cards);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Sanctions);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Assessment);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Notification);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().InquiryDesk);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().DisclosureSchedule);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Ratings);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().RatingReport);
        services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().CreateHealthCheck(provider.GetRequiredService<IClock>(), options));
        if (options.Procedures.Any(d => d.Id == AccountabilityProcedure.Id))
        {
            services.TryAddSingleton(provider => provider.GetRequiredService<PowerGovernanceKernel>().Accountability!);
        }

        return services;
    }

    /// <summary>
    /// With an overlay there is one calendar: the kernel is built on the host's calendar (registered, or the options') and the
    /// container's <see cref="IWorkingCalendar"/> becomes the kernel's overlaid calendar, the same instance the engine counts on.
    /// </summary>
    private static void RegisterOverlaid(IServiceCollection services, PowerGovernanceOptions options, ServiceDescriptor? registered)
    {
        if (registered is null || registered.ImplementationInstance is IWorkingCalendar)
        {
            // Known now: build the kernel at start-up, so a bad overlay fails here.
            var kernel = PowerGovernanceKernel.Create((registered?.ImplementationInstance as IWorkingCalendar) ?? options.Calendar!, options);
            services.TryAddSingleton(kernel);
            var overlaid = ServiceDescriptor.Singleton<IWorkingCalendar>(kernel.Calendar);
            if (registered is null)
            {
                services.Add(overlaid);
            }
            else
            {
                services[services.IndexOf(registered)] = overlaid;
            }

            return;
        }

        // Registered through a factory or a type: resolve it for the kernel, and let the container hand out the kernel's calendar.
        services.TryAddSingleton(provider => PowerGovernanceKernel.Create(Resolve(provider, registered), options));
        services[services.IndexOf(registered)] = ServiceDescriptor.Singleton<IWorkingCalendar>(provider => provider.GetRequiredService<PowerGovernanceKernel>().Calendar);
    }

    private static IWorkingCalendar Resolve(IServiceProvider provider, ServiceDescriptor registered)
    {
        var resolved = registered.ImplementationFactory is { } factory
            ? factory(provider)
            : ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);
        return resolved as IWorkingCalendar
            ?? throw new InvalidOperationException("AddPowerGovernance cannot start: the registered IWorkingCalendar resolved to " + (resolved?.GetType().FullName ?? "null") + ". / 注册的 IWorkingCalendar 无法解析为工作日历。");
    }

    private static void Check(PowerGovernanceOptions options, bool hasRegisteredCalendar)
    {
        var problems = new List<string>();
        if (options.Calendar is null && !hasRegisteredCalendar)
        {
            problems.Add("options.Calendar: a working calendar is required: register one before AddPowerGovernance (services.AddChinaOfficialCalendar() from package PowerGovernance.Calendars.China) or set options.Calendar.");
        }

        void NotNull(object? value, string name)
        {
            if (value is null)
            {
                problems.Add("options." + name + ": must not be null.");
            }
        }

        NotNull(options.Catalog, nameof(options.Catalog));
        NotNull(options.CatalogRules, nameof(options.CatalogRules));
        NotNull(options.WarningPolicy, nameof(options.WarningPolicy));
        NotNull(options.Zone, nameof(options.Zone));
        NotNull(options.Sanctions, nameof(options.Sanctions));
        NotNull(options.AppealPolicy, nameof(options.AppealPolicy));
        NotNull(options.EvaluationPolicy, nameof(options.EvaluationPolicy));
        NotNull(options.FrontDesk, nameof(options.FrontDesk));
        NotNull(options.Disclosure, nameof(options.Disclosure));
        NotNull(options.CalendarHealth, nameof(options.CalendarHealth));
        if (options.EvaluationPolicy is { } rules)
        {
            if (rules.CriticismVetoThreshold < 1)
            {
                problems.Add("options.EvaluationPolicy.CriticismVetoThreshold: must be at least 1, was " + rules.CriticismVetoThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }

            if (rules.ConsecutiveFailuresForReassignment < 1)
            {
                problems.Add("options.EvaluationPolicy.ConsecutiveFailuresForReassignment: must be at least 1, was " + rules.ConsecutiveFailuresForReassignment.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }
        }

        for (var i = 0; i < options.Procedures.Count; i++)
        {
            if (options.Procedures[i] is null)
            {
                problems.Add("options.Procedures[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: must not be null.");
            }
        }

        for (var i = 0; i < options.AccountabilityMatters.Count; i++)
        {
            if (options.AccountabilityMatters[i] is null)
            {
                problems.Add("options.AccountabilityMatters[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: must not be null.");
            }
        }

        foreach (var duplicate in options.AccountabilityMatters.Where(t => t is not null).GroupBy(t => t.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add("options.AccountabilityMatters: the code '" + duplicate.Key + "' is listed more than once.");
        }

        foreach (var duplicate in options.Procedures.Where(p => p is not null).GroupBy(p => (p.Id, p.Version)).Where(g => g.Count() > 1))
        {
            problems.Add("options.Procedures: '" + duplicate.Key.Id + "' version " + duplicate.Key.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is added more than once.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(ProblemList.Describe("AddPowerGovernance cannot start: the options", "AddPowerGovernance无法启动：选项", problems));
        }
    }
}
