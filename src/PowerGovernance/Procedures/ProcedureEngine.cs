using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures;

/// <summary>
/// Runs cases through their procedures (权力运行): starts cases for listed powers and fires triggers.
/// Every call is pure: it reads the snapshot it is given and returns a <see cref="FireResult"/>;
/// the host stores the new snapshot (with optimistic concurrency on <see cref="CaseSnapshot.Version"/>)
/// and appends the events to its audit log. A rejection changes nothing. Thread-safe.
/// </summary>
public sealed partial class ProcedureEngine
{
    /// <summary>The trigger id recorded by the event that starts a case.</summary>
    public const string StartTrigger = "start";

    /// <summary>
    /// The argument an enforcement act's event records the officer's certificate number under (执法证号): the engine adds it
    /// when a trigger marked <see cref="TriggerDefinition.RequiresCertifiedOfficer"/> is accepted, so the audit chain shows
    /// which certificate was used; a caller that passes it must name the actor's own certificate.
    /// </summary>
    public const string CertificateArgument = "enforcement-certificate";

    /// <summary>The argument under which the start event records the power exercised (职权编码), so the chain names it.</summary>
    public const string PowerArgument = "power";

    /// <summary>The argument under which the start event records the procedure definition's id (办理程序).</summary>
    public const string DefinitionArgument = "procedure";

    /// <summary>The argument under which the start event records the procedure definition's version (程序版本); replay runs on that version.</summary>
    public const string DefinitionVersionArgument = "procedure-version";

    /// <summary>
    /// The argument under which the start event records the audit chain's digest (摘要算法, e.g. <c>sm3</c>) when it is not
    /// SHA-256; verification with another digest then fails with a finding naming both (<see cref="AuditDigest"/>).
    /// </summary>
    public const string AuditDigestArgument = "audit-digest";

    /// <summary>The argument naming the cause of a suspension (中止事由), required by every suspending trigger.</summary>
    public const string CauseArgument = "cause";

    /// <summary>
    /// The argument giving the day a suspension is expected to end, as an ISO date (<c>uuuu-MM-dd</c>), which the
    /// applicant is told in writing (《行政许可法》第四十五条：将所需时间书面告知申请人): required by a trigger marked
    /// <see cref="TriggerDefinition.StatesSuspensionEnd"/>, accepted by any suspending trigger; not before the day of
    /// the suspension.
    /// </summary>
    public const string SuspendedUntilArgument = "until";

    /// <summary>Gets the argument naming the cause of a suspension (中止事由): any non-blank text; a procedure may narrow it with <see cref="TriggerBuilder.Suspends(ProcedureArgument{string})"/>.</summary>
    public static ProcedureArgument<string> Cause { get; } = ProcedureArgument.Text(CauseArgument, "中止事由", "cause of the suspension");

    /// <summary>
    /// Gets the argument giving the day a suspension is expected to end (预计中止结束之日), see
    /// <see cref="SuspendedUntilArgument"/>.
    /// </summary>
    public static ProcedureArgument<LocalDate> SuspendedUntil { get; } = ProcedureArgument.Date(SuspendedUntilArgument, "预计中止结束之日", "day the suspension is expected to end");

    /// <summary>Gets the argument recording the enforcement certificate used (执法证号), see <see cref="CertificateArgument"/>.</summary>
    public static ProcedureArgument<string> Certificate { get; } = ProcedureArgument.Text(CertificateArgument, "执法证号", "enforcement certificate number");
    private readonly ProcedureDefinition[] all;
    private readonly FrozenDictionary<string, ProcedureDefinition[]> versionsById;
    private readonly FrozenDictionary<string, ProcedureDefinition> latest;
    private readonly Supervision.CaseSupervisor supervisor;

    /// <summary>Creates an engine.</summary>
    /// <param name="calendar">The office's calendar: the working calendar all clocks are counted on and the zone whose dates count.</param>
    /// <param name="catalog">The catalog: a case may only exercise a listed power.</param>
    /// <param name="procedures">The procedure definitions, any versions.</param>
    /// <param name="seal">
    /// How snapshots are sealed and checked (封印): <see cref="CaseSeal.Sha256"/> when <see langword="null"/>; a keyed
    /// <see cref="CaseSeal.HmacSha256(ReadOnlySpan{byte})"/> so that edited rows cannot be re-sealed without the host's secret.
    /// </param>
    /// <param name="digest">
    /// The digest every event of the audit chain is hashed with (摘要算法): <see cref="AuditDigest.Sha256"/> when
    /// <see langword="null"/>; e.g. SM3 from package PowerGovernance.Cryptography.Sm. The start event of a chain hashed with
    /// another digest records it (<see cref="AuditDigestArgument"/>); replay and verification check it.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two definitions share an id and a version.</exception>
    public ProcedureEngine(OfficeCalendar calendar, PowerCatalog catalog, IEnumerable<ProcedureDefinition> procedures, CaseSeal? seal = null, AuditDigest? digest = null)
    {
        Seal = seal ?? CaseSeal.Sha256;
        Digest = digest ?? AuditDigest.Sha256;
        Calendar = Preconditions.CheckNotNull(calendar).Calendar;
        Catalog = Preconditions.CheckNotNull(catalog);
        Zone = calendar.Zone;
        supervisor = new Supervision.CaseSupervisor(calendar);
        var given = new List<ProcedureDefinition>();
        var byId = new Dictionary<string, List<ProcedureDefinition>>(StringComparer.Ordinal);
        foreach (var definition in Preconditions.CheckNotNull(procedures))
        {
            Preconditions.CheckNotNull(definition, nameof(procedures));
            if (!byId.TryGetValue(definition.Id, out var versions))
            {
                byId[definition.Id] = versions = [];
            }

            if (versions.Exists(d => d.Version == definition.Version))
            {
                throw new ArgumentException($"Procedure '{definition.Id}' version {definition.Version} is given twice.", nameof(procedures));
            }

            versions.Add(definition);
            given.Add(definition);
        }

        all = [.. given];
        versionsById = byId.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        latest = byId.ToFrozenDictionary(p => p.Key, p => p.Value.MaxBy(d => d.Version)!, StringComparer.Ordinal);
    }

    /// <summary>Gets the working calendar clocks are counted on.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the catalog of powers that may be exercised.</summary>
    public PowerCatalog Catalog { get; }

    /// <summary>Gets the time zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets how this engine seals the snapshots it returns and checks the ones it is handed (封印).</summary>
    public CaseSeal Seal { get; }

    /// <summary>Gets the digest the audit chain's events are hashed with and checked against (摘要算法).</summary>
    public AuditDigest Digest { get; }

    /// <summary>Gets the definitions, all versions.</summary>
    public IEnumerable<ProcedureDefinition> Definitions => all.AsReadOnly();

    /// <summary>Returns the definition a snapshot runs on.</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="definition">The definition, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the engine knows it.</returns>
    public bool TryGetDefinition(CaseSnapshot snapshot, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProcedureDefinition? definition)
    {
        Preconditions.CheckNotNull(snapshot);

        // A snapshot the engine returned holds the definition's own id string: found by reference without hashing.
        foreach (var candidate in all)
        {
            if (ReferenceEquals(candidate.Id, snapshot.DefinitionId) && candidate.Version == snapshot.DefinitionVersion)
            {
                definition = candidate;
                return true;
            }
        }

        if (snapshot.DefinitionId is not null && versionsById.TryGetValue(snapshot.DefinitionId, out var versions))
        {
            foreach (var candidate in versions)
            {
                if (candidate.Version == snapshot.DefinitionVersion)
                {
                    definition = candidate;
                    return true;
                }
            }
        }

        definition = null;
        return false;
    }

    /// <summary>
    /// Starts a case (收件/受理): the power must be listed in the catalog and served by the procedure
    /// (its latest version); the actor must hold the initial step's post. The day of receipt is the
    /// date of <paramref name="at"/> in <see cref="Zone"/>.
    /// </summary>
    /// <param name="caseId">The host's case id.</param>
    /// <param name="powerCode">The power exercised.</param>
    /// <param name="definitionId">The procedure's id.</param>
    /// <param name="actor">Who receives the case.</param>
    /// <param name="at">When, from the host's clock.</param>
    /// <returns>Accepted with the first snapshot and the start event, or refused with every reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StartResult Start(string caseId, PowerCode powerCode, string definitionId, Actor actor, Instant at)
    {
        Preconditions.CheckNotBlank(caseId);
        Preconditions.CheckNotNull(definitionId);
        Preconditions.CheckNotNull(actor);
        if (!latest.TryGetValue(definitionId, out var definition))
        {
            return StartResult.Refused(Refusal.Of(RejectionKind.WrongDefinition, "DefinitionId", Bounded(definitionId), $"There is no procedure '{Bounded(definitionId)}'.", $"没有程序“{Bounded(definitionId)}”。"));
        }

        return Start(definition, caseId, powerCode, actor, at);
    }

    /// <summary>Starts a case on a given version of a definition (replay starts on the version the chain records).</summary>
    private StartResult Start(ProcedureDefinition definition, string caseId, PowerCode powerCode, Actor actor, Instant at)
    {
        if (CheckStart(powerCode, definition, actor, at) is { } refusal)
        {
            return StartResult.Refused(refusal);
        }

        definition.TryGetStep(definition.InitialStep, out var initial);
        var post = actor.FirstPostIn([initial!.Post])!;
        var date = at.InZone(Zone).Date;
        var version = definition.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Sorted by name: "audit-digest" comes first. A SHA-256 chain records no digest, so its events are as they always were.
        KeyValuePair<string, string>[] recorded = Digest.Algorithm == AuditDigest.Sha256Algorithm
            ? [new(PowerArgument, powerCode.Value), new(DefinitionArgument, definition.Id), new(DefinitionVersionArgument, version)]
            : [new(AuditDigestArgument, Digest.Algorithm), new(PowerArgument, powerCode.Value), new(DefinitionArgument, definition.Id), new(DefinitionVersionArgument, version)];
        var e = AuditChain.Seal(caseId, 1, StartTrigger, string.Empty, initial.Id, actor.Name, post, at, null, recorded, AuditChain.GenesisHash, Calendar.Identity, Digest);
        var committed = CaseClock.StartOn(date, definition.CommittedLimit);
        var legal = CaseClock.StartOn(date, Supervision.CaseSupervisor.LegalLimit(definition));
        var snapshot = new CaseSnapshot(caseId, powerCode, definition.Id, definition.Version, initial.Id, 1, date, date, committed, legal, null, null, e.Hash, at);
        return StartResult.Accepted(Seal.Apply(snapshot), e);
    }

    /// <summary>
    /// Fires a typed trigger on a case (办理动作). Accepted when the trigger leaves the current step, the actor holds
    /// an allowed post, every argument is one the trigger takes and in its form, every guard holds, a required reason
    /// is given, the clock permits the effect, and (when given) <paramref name="expectedVersion"/> matches; otherwise
    /// refused with what was tried, from which step, and why.
    /// </summary>
    /// <param name="snapshot">The case as stored.</param>
    /// <param name="trigger">The trigger, e.g. <c>AdministrativeLicensing.Triggers.Accept</c>.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="at">When, from the host's clock; not before the case's last event.</param>
    /// <param name="arguments">The arguments, written through their typed descriptions; or <see langword="null"/> for none.</param>
    /// <param name="reason">The written reason, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">The version the caller read, to detect a concurrent change; or <see langword="null"/>.</param>
    /// <returns>Accepted with the new snapshot and one event, or refused with the unchanged snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/>, <paramref name="trigger"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshot"/> lacks a required member (e.g. reloaded incompletely from storage).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id), so no call is ambiguous.")]
    public FireResult Fire(CaseSnapshot snapshot, ProcedureTrigger trigger, Actor actor, Instant at, TriggerArguments? arguments = null, string? reason = null, long? expectedVersion = null) =>
        Fire(snapshot, Preconditions.CheckNotNull(trigger).Id, actor, at, arguments, reason, expectedVersion);

    /// <summary>
    /// Fires a trigger given by its id, for a host that receives the id and the arguments as text (a form, a command
    /// line); otherwise the same as <see cref="Fire(CaseSnapshot, ProcedureTrigger, Actor, Instant, TriggerArguments?, string?, long?)"/>.
    /// The arguments' names and values are checked against the arguments the trigger takes.
    /// </summary>
    /// <param name="snapshot">The case as stored.</param>
    /// <param name="trigger">The trigger id.</param>
    /// <param name="actor">Who fires it.</param>
    /// <param name="at">When, from the host's clock; not before the case's last event.</param>
    /// <param name="arguments">Named arguments as recorded text (e.g. <c>cause</c>), or <see langword="null"/>.</param>
    /// <param name="reason">The written reason, or <see langword="null"/>.</param>
    /// <param name="expectedVersion">The version the caller read, to detect a concurrent change; or <see langword="null"/>.</param>
    /// <returns>Accepted with the new snapshot and one event, or refused with the unchanged snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/>, <paramref name="trigger"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshot"/> lacks a required member (e.g. reloaded incompletely from storage).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id), so no call is ambiguous.")]
    public FireResult Fire(CaseSnapshot snapshot, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null, long? expectedVersion = null) =>
        Fire(snapshot, trigger, actor, at, arguments, reason, expectedVersion, recordedHash: null);

    /// <summary>
    /// Fires as the public <c>Fire</c> does; a replay passes <paramref name="recordedHash"/>, the stored event's hash, which the
    /// audit chain check has already shown to be the hash of the stored event: the replay then compares the recomputed event
    /// with the stored one member by member, so the event is hashed once per replay, not twice.
    /// </summary>
    private FireResult Fire(CaseSnapshot snapshot, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments, string? reason, long? expectedVersion, string? recordedHash)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(trigger);
        Preconditions.CheckNotNull(actor);
        arguments ??= TriggerArguments.None;
        if (CheckTrust(snapshot) is { } untrusted)
        {
            return FireResult.Refused(snapshot, untrusted);
        }

        var admission = Admit(snapshot, trigger, actor, at, arguments, reason, expectedVersion);
        if (admission.Refusal is { } refusal)
        {
            return FireResult.Refused(snapshot, refusal);
        }

        var (definition, compiled, post, date, suspendedUntil) = admission;
        var transition = compiled.Trigger;
        var to = compiled.To;
        var committed = ClockTransitions.Apply(this, snapshot, snapshot.CommittedClock, definition.CommittedLimit, compiled, date, arguments, suspendedUntil, legal: false);
        var legalClock = ClockTransitions.Apply(this, snapshot, snapshot.LegalClock, Supervision.CaseSupervisor.LegalLimit(definition), compiled, date, arguments, suspendedUntil, legal: true);

        var recorded = transition.RequiresCertifiedOfficer ? WithCertificates(arguments, actor, transition.RequiresTwoCertifiedOfficers) : Sort(arguments);
        var sequence = snapshot.Version + 1;
        var e = AuditChain.Seal(snapshot.CaseId, sequence, transition.Id, transition.From, transition.To, actor.Name, post, at, reason, recorded, snapshot.AuditHead, Calendar.Identity, Digest, recordedHash);
        var next = snapshot with
        {
            Step = to.Id,
            Version = sequence,
            StepEntered = compiled.Moves ? date : snapshot.StepEntered,
            CommittedClock = committed,
            LegalClock = legalClock,
            Outcome = to.Outcome,
            Closed = to.IsTerminal ? date : null,
            AuditHead = e.Hash,
            LastEventAt = at,
            Parties = transition.Assigns is null || !definition.HasParties ? snapshot.Parties : Assign(snapshot.Parties, transition.Assigns, arguments),
        };
        return FireResult.Accepted(Seal.Apply(next), e);
    }

    /// <summary>Returns whether <see cref="Fire(CaseSnapshot, ProcedureTrigger, Actor, Instant, TriggerArguments?, string?, long?)"/> would accept the trigger now; same arguments, no result.</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="actor">Who would fire it.</param>
    /// <param name="at">When.</param>
    /// <param name="arguments">The arguments, or <see langword="null"/>.</param>
    /// <param name="reason">The written reason, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it would be accepted.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id), so no call is ambiguous.")]
    public bool CanFire(CaseSnapshot snapshot, ProcedureTrigger trigger, Actor actor, Instant at, TriggerArguments? arguments = null, string? reason = null) =>
        CanFire(snapshot, Preconditions.CheckNotNull(trigger).Id, actor, at, arguments, reason);

    /// <summary>Returns whether <see cref="Fire(CaseSnapshot, string, Actor, Instant, IReadOnlyDictionary{string, string}?, string?, long?)"/> would accept the trigger now; same arguments, no result.</summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="trigger">The trigger id.</param>
    /// <param name="actor">Who would fire it.</param>
    /// <param name="at">When.</param>
    /// <param name="arguments">Named arguments, or <see langword="null"/>.</param>
    /// <param name="reason">The written reason, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it would be accepted.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in a required parameter's type (a typed trigger or its id), so no call is ambiguous.")]
    public bool CanFire(CaseSnapshot snapshot, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string>? arguments = null, string? reason = null)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(trigger);
        Preconditions.CheckNotNull(actor);
        return CheckTrust(snapshot) is null && Admit(snapshot, trigger, actor, at, arguments ?? TriggerArguments.None, reason, null).Refusal is null;
    }

    /// <summary>
    /// Lists the triggers that leave the case's current step and that <paramref name="actor"/> may fire
    /// now, guards included; triggers that need a reason or arguments are listed when only those are missing.
    /// </summary>
    /// <param name="snapshot">The case.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The permitted triggers, in definition order.</returns>
    public IReadOnlyList<TriggerDefinition> PermittedTriggers(CaseSnapshot snapshot, Actor actor, Instant at)
    {
        Preconditions.CheckComplete(snapshot);
        Preconditions.CheckNotNull(actor);
        if (CheckTrust(snapshot) is not null || !TryGetDefinition(snapshot, out var definition))
        {
            return [];
        }

        return definition.TriggersFrom(snapshot.Step)
            .Where(t => Admit(snapshot, t.Id, actor, at, TriggerArguments.None, null, null).Refusal is not { Kind: not (RejectionKind.ReasonMissing or RejectionKind.ArgumentMissing) })
            .ToArray();
    }

    internal Supervision.CaseSupervisor Supervisor => supervisor;

    private static KeyValuePair<string, string>[] Sort(IReadOnlyDictionary<string, string> arguments)
    {
        if (arguments.Count == 0)
        {
            return [];
        }

        if (arguments is TriggerArguments typed)
        {
            return (KeyValuePair<string, string>[])typed.Pairs.Clone(); // already sorted by name
        }

        var sorted = arguments.ToArray();
        if (sorted.Length > 1)
        {
            Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        }

        return sorted;
    }

    internal static string Bounded(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
