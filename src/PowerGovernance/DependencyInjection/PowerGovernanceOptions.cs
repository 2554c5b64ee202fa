using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Appeals;
using PowerGovernance.Calendars;
using PowerGovernance.Evaluation;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Supervision;

namespace PowerGovernance.DependencyInjection;

/// <summary>
/// What a host registers with <c>services.AddPowerGovernance(options => …)</c>: the working calendar,
/// the catalog, the procedure definitions and the supervision policy.
/// </summary>
public sealed class PowerGovernanceOptions
{
    /// <summary>Gets or sets the working calendar (required), e.g. <c>ChinaCalendars.Official</c> from package PowerGovernance.Calendars.China.</summary>
    public IWorkingCalendar? Calendar { get; set; }

    /// <summary>Gets or sets the published catalog; <see cref="PowerCatalog.Empty"/> when not set.</summary>
    public PowerCatalog Catalog { get; set; } = PowerCatalog.Empty;

    /// <summary>Gets the procedure definitions the engine runs.</summary>
    public IList<ProcedureDefinition> Procedures { get; } = [];

    /// <summary>Gets or sets the catalog rule options; <see cref="CatalogRuleOptions.Default"/> when not set.</summary>
    public CatalogRuleOptions CatalogRules { get; set; } = CatalogRuleOptions.Default;

    /// <summary>Gets or sets the warning policy of the supervision board; <see cref="WarningPolicy.Default"/> when not set.</summary>
    public WarningPolicy WarningPolicy { get; set; } = WarningPolicy.Default;

    /// <summary>Gets or sets the time zone whose dates count; <see cref="Deadline.ChinaStandardZone"/> when not set.</summary>
    public DateTimeZone Zone { get; set; } = Deadline.ChinaStandardZone;

    /// <summary>Gets or sets the office's sanction table (问责方式表); <see cref="SanctionTable.Default"/>, the rule book's, when not set.</summary>
    public SanctionTable Sanctions { get; set; } = SanctionTable.Default;

    /// <summary>Gets or sets the appeal rules (申诉、复议时限); <see cref="AppealRules.Default"/> when not set.</summary>
    public AppealRules AppealRules { get; set; } = AppealRules.Default;

    /// <summary>Gets or sets the assessment rules (考核规则); <see cref="EvaluationRules.Default"/> when not set.</summary>
    public EvaluationRules EvaluationRules { get; set; } = EvaluationRules.Default;
}
