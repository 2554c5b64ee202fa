using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures;

/// <summary>
/// The state of one case (办件) as an immutable value the host stores: which power and procedure, the
/// current step, the version for optimistic concurrency, the dates and both clocks, and the head of the
/// audit chain. <see cref="ProcedureEngine"/> returns a new snapshot for every accepted transition.
/// </summary>
/// <param name="CaseId">The case's identifier, chosen by the host.</param>
/// <param name="PowerCode">The power exercised (must be listed in the catalog).</param>
/// <param name="DefinitionId">The procedure definition's id.</param>
/// <param name="DefinitionVersion">The procedure definition's version.</param>
/// <param name="Step">The current step's id.</param>
/// <param name="Version">The number of events so far (1 after the start); the host saves a new snapshot only if the stored one still has <c>Version - 1</c>.</param>
/// <param name="Received">The day of receipt (收件日).</param>
/// <param name="StepEntered">The day the current step was entered.</param>
/// <param name="CommittedClock">The committed clock (承诺时限计时), counted from receipt: what the electronic supervision watches for yellow and red.</param>
/// <param name="LegalClock">The legal clock (法定时限计时), counted as the law counts it (for licensing and petitions, from acceptance): what a court, a reconsideration body or an inspector asks about.</param>
/// <param name="Outcome">How the case ended, or <see langword="null"/> while open.</param>
/// <param name="Closed">The day the case ended, or <see langword="null"/> while open.</param>
/// <param name="AuditHead">The hash of the last event (the head of the audit chain).</param>
/// <param name="LastEventAt">The instant of the last event; later triggers may not be dated before it.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(PowerGovernance.Internal.Json.CaseSnapshotJsonConverter))]
public sealed record CaseSnapshot(
    string CaseId,
    PowerCode PowerCode,
    string DefinitionId,
    int DefinitionVersion,
    string Step,
    long Version,
    LocalDate Received,
    LocalDate StepEntered,
    CaseClock CommittedClock,
    CaseClock LegalClock,
    CaseOutcome? Outcome,
    LocalDate? Closed,
    string AuditHead,
    Instant LastEventAt)
{
    /// <summary>Gets whether the case has ended.</summary>
    public bool IsClosed => Outcome is not null;
}
