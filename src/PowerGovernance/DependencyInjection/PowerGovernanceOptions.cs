using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Appeals;
using PowerGovernance.Calendars;
using PowerGovernance.Disclosures;
using PowerGovernance.Evaluation;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.FrontDesk;
using PowerGovernance.Supervision;

namespace PowerGovernance.DependencyInjection;

/// <summary>
/// What a host registers with <c>services.AddPowerGovernance(options => …)</c>: the working calendar (or the one the host
/// registered, e.g. with <c>AddChinaOfficialCalendar()</c>) and a local overlay on it, the catalog, the procedure definitions,
/// and the office's policies: supervision, sanctions, appeals, assessment, front desk and disclosure.
/// </summary>
public sealed class PowerGovernanceOptions
{
    /// <summary>
    /// Gets or sets the working calendar, e.g. <c>ChinaCalendars.Official</c> from package PowerGovernance.Calendars.China. Needed
    /// only when the host has not registered an <see cref="IWorkingCalendar"/> before calling <c>AddPowerGovernance</c> (for the
    /// official calendar: <c>services.AddChinaOfficialCalendar()</c>); a calendar the host registered wins.
    /// </summary>
    public IWorkingCalendar? Calendar { get; set; }

    /// <summary>
    /// Gets or sets a local overlay (本地调整) applied on the calendar with <see cref="WorkingCalendarBuilder.OverlayOn"/>: e.g. a
    /// county's own holiday. The kernel's services count on the overlaid calendar (<see cref="ProcedureEngine.Calendar"/>), and the
    /// container's <see cref="IWorkingCalendar"/> is then that same overlaid instance: one calendar for the host and the engine
    /// (the host's registered calendar, or <see cref="Calendar"/>, is the overlay's base).
    /// </summary>
    public System.Action<WorkingCalendarBuilder>? CalendarOverlay { get; set; }

    /// <summary>Gets or sets the overlay's calendar id; <c>&lt;base id&gt;+local</c> when not set.</summary>
    public string? CalendarOverlayId { get; set; }

    /// <summary>Gets or sets the published catalog; <see cref="PowerCatalog.Empty"/> when not set.</summary>
    public PowerCatalog Catalog { get; set; } = PowerCatalog.Empty;

    /// <summary>
    /// Gets or sets how the engine seals case snapshots (封印); <see cref="CaseSeal.Sha256"/> when not set. Set a keyed
    /// <see cref="CaseSeal.HmacSha256(System.ReadOnlySpan{byte})"/> with a key from the host's secret store so that an edited row
    /// cannot be re-sealed.
    /// </summary>
    public CaseSeal? Seal { get; set; }

    /// <summary>
    /// Gets or sets the digest the engine hashes the audit chain's events with (摘要算法); <see cref="Procedures.AuditDigest.Sha256"/>
    /// when not set. A host whose system must pass the commercial cryptography assessment sets SM3 from package
    /// PowerGovernance.Cryptography.Sm (usually with an SM3 <see cref="Seal"/> too). Chains made with one digest are checked
    /// with the same one: changing it makes the engine refuse to replay or verify older cases, with a finding naming both.
    /// </summary>
    public AuditDigest? AuditDigest { get; set; }

    /// <summary>Gets the procedure definitions the engine runs.</summary>
    public IList<ProcedureDefinition> Procedures { get; } = [];

    /// <summary>Gets or sets the catalog rule options; <see cref="CatalogRuleOptions.Default"/> when not set.</summary>
    public CatalogRuleOptions CatalogRules { get; set; } = CatalogRuleOptions.Default;

    /// <summary>Gets or sets the warning policy of the supervision board; <see cref="WarningPolicy.Default"/> when not set.</summary>
    public WarningPolicy WarningPolicy { get; set; } = WarningPolicy.Default;

    /// <summary>
    /// Gets or sets the electronic supervision card policy (电子监察预警、黄牌、红牌) of the registered
    /// <see cref="SupervisionCardEvaluator"/>; when not set (<see langword="null"/>), <see cref="SupervisionCardPolicy.Default"/>
    /// with <see cref="WarningPolicy"/> as its warning tier, so the cards warn when the board does.
    /// </summary>
    public SupervisionCardPolicy? SupervisionCards { get; set; }

    /// <summary>Gets or sets the time zone whose dates count; <see cref="Deadline.ChinaStandardZone"/> when not set.</summary>
    public DateTimeZone Zone { get; set; } = Deadline.ChinaStandardZone;

    /// <summary>Gets or sets the office's sanction table (问责方式表); <see cref="SanctionTable.Default"/>, the rule book's, when not set.</summary>
    public SanctionTable Sanctions { get; set; } = SanctionTable.Default;

    /// <summary>
    /// Gets the circumstances the office holds people accountable for (问责情形) in <see cref="AccountabilityProceedings"/>;
    /// the rule book's ten (<see cref="AccountabilityMatter.WellKnown"/>), wrongful enforcement (<see cref="AccountabilityMatter.WrongfulEnforcement"/>)
    /// and investigators' misconduct (<see cref="AccountabilityMatter.InvestigatorMisconduct"/>) unless the host changes the list.
    /// </summary>
    public IList<AccountabilityMatter> AccountabilityMatters { get; } = [.. AccountabilityMatter.WellKnown, AccountabilityMatter.WrongfulEnforcement, AccountabilityMatter.InvestigatorMisconduct];

    /// <summary>Gets or sets the appeal rules (申诉、复议时限); <see cref="AppealPolicy.Default"/> when not set.</summary>
    public AppealPolicy AppealPolicy { get; set; } = AppealPolicy.Default;

    /// <summary>Gets or sets the assessment rules (考核规则); <see cref="EvaluationPolicy.Default"/> when not set.</summary>
    public EvaluationPolicy EvaluationPolicy { get; set; } = EvaluationPolicy.Default;

    /// <summary>Gets or sets the front-desk rules (一次性告知、首问责任); <see cref="FrontDeskOptions.Default"/> when not set.</summary>
    public FrontDeskOptions FrontDesk { get; set; } = FrontDeskOptions.Default;

    /// <summary>Gets or sets the disclosure timing rules (公开时限); <see cref="DisclosureOptions.Default"/> when not set.</summary>
    public DisclosureOptions Disclosure { get; set; } = DisclosureOptions.Default;

    /// <summary>
    /// Gets or sets the options of the registered <see cref="CalendarHealthCheck"/> (工作日历健康检查);
    /// <see cref="CalendarHealthCheckOptions.Default"/> when not set: degraded 60 days before the published dates end, or when
    /// the longest committed limit of <see cref="Procedures"/> from today reaches past them.
    /// </summary>
    public CalendarHealthCheckOptions CalendarHealth { get; set; } = CalendarHealthCheckOptions.Default;
}
