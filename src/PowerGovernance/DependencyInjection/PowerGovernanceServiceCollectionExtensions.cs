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
using PowerGovernance.Evaluation;
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
    /// a <see cref="CaseSupervisor"/>, a <see cref="SupervisionBoard"/>, the <see cref="SanctionPolicy"/> over
    /// <see cref="PowerGovernanceOptions.Sanctions"/>, the <see cref="AppealRules"/>, a <see cref="YearEndAssessment"/>,
    /// <see cref="AccountabilityProceedings"/> when the procedures include <see cref="AccountabilityProcedure"/>; and NodaTime's
    /// <see cref="IClock"/> as <see cref="SystemClock.Instance"/> unless the host registered its own.
    /// Every registration uses <c>TryAdd</c>, so a host's own registrations win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the calendar (required), catalog, procedures and policies.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The options are not usable: no calendar, a null option, a null procedure, two
    /// procedures with the same id and version, or assessment thresholds below 1. The message names every such option at once, at start-up.</exception>
    public static IServiceCollection AddPowerGovernance(this IServiceCollection services, Action<PowerGovernanceOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        var options = new PowerGovernanceOptions();
        configure(options);
        Check(options);
        var calendar = options.Calendar!;
        var catalog = options.Catalog;
        var engine = new ProcedureEngine(calendar, catalog, options.Procedures, options.Zone);
        var policy = new SanctionPolicy(options.Sanctions);
        services.TryAddSingleton(policy);
        services.TryAddSingleton(options.AppealRules);
        services.TryAddSingleton(new YearEndAssessment(options.EvaluationRules));
        if (engine.Definitions.Any(d => d.Id == AccountabilityProcedure.Id))
        {
            services.TryAddSingleton(new AccountabilityProceedings(engine, policy, appealRules: options.AppealRules));
        }

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

    private static void Check(PowerGovernanceOptions options)
    {
        var problems = new List<string>();
        if (options.Calendar is null)
        {
            problems.Add("options.Calendar: a working calendar is required, e.g. ChinaCalendars.Official from package PowerGovernance.Calendars.China.");
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
        NotNull(options.AppealRules, nameof(options.AppealRules));
        NotNull(options.EvaluationRules, nameof(options.EvaluationRules));
        if (options.EvaluationRules is { } rules)
        {
            if (rules.CriticismVetoThreshold < 1)
            {
                problems.Add("options.EvaluationRules.CriticismVetoThreshold: must be at least 1, was " + rules.CriticismVetoThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }

            if (rules.ConsecutiveFailuresForReassignment < 1)
            {
                problems.Add("options.EvaluationRules.ConsecutiveFailuresForReassignment: must be at least 1, was " + rules.ConsecutiveFailuresForReassignment.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }
        }

        for (var i = 0; i < options.Procedures.Count; i++)
        {
            if (options.Procedures[i] is null)
            {
                problems.Add("options.Procedures[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]: must not be null.");
            }
        }

        foreach (var duplicate in options.Procedures.Where(p => p is not null).GroupBy(p => (p.Id, p.Version)).Where(g => g.Count() > 1))
        {
            problems.Add("options.Procedures: '" + duplicate.Key.Id + "' version " + duplicate.Key.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is added more than once.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("AddPowerGovernance cannot start; " + problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " problem(s) in the options:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }
    }
}
