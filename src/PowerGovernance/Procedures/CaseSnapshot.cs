using System;
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
/// <remarks>
/// Every snapshot the engine returns carries a <see cref="Seal"/> over all of these members and <see cref="Parties"/> (see <see cref="CaseSeal"/>); the
/// engine refuses to fire on a snapshot whose content no longer matches it. A copy made with <c>with</c> keeps the old seal and
/// is therefore refused too: change a case only through the engine.
/// </remarks>
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
    /// <summary>
    /// A copy (for <c>with</c>): every member but the mark of the seal object that sealed the original, so that a changed copy
    /// is checked against its seal again.
    /// </summary>
    // The seal text, or null until it is first read: a snapshot the engine sealed (SealedBy) computes it then, and a copy made
    // with 'with' takes its original's (sealSource), so firing on the engine's own snapshots hashes nothing in between.
    private string? seal = string.Empty;
    private CaseSnapshot? sealSource;
    private CaseParties parties = CaseParties.None;

    private CaseSnapshot(CaseSnapshot original)
    {
        CaseId = original.CaseId;
        PowerCode = original.PowerCode;
        DefinitionId = original.DefinitionId;
        DefinitionVersion = original.DefinitionVersion;
        Step = original.Step;
        Version = original.Version;
        Received = original.Received;
        StepEntered = original.StepEntered;
        CommittedClock = original.CommittedClock;
        LegalClock = original.LegalClock;
        Outcome = original.Outcome;
        Closed = original.Closed;
        AuditHead = original.AuditHead;
        LastEventAt = original.LastEventAt;
        parties = original.parties;
        if (original.seal is null)
        {
            seal = null;
            sealSource = original; // the copy keeps the original's seal, computed only if someone reads it
        }
        else
        {
            seal = original.seal;
        }
    }

    /// <summary>
    /// Gets the seal over every other member (封印), as <c>algorithm:hex</c> (e.g. <c>sha256:…</c>); empty for a snapshot not
    /// made by the engine. Store it with the snapshot; see <see cref="CaseSeal"/>.
    /// </summary>
    public string Seal
    {
        get => seal ??= SealedBy?.Compute(this) ?? sealSource?.Seal ?? string.Empty;
        init
        {
            seal = value;
            sealSource = null;
        }
    }

    /// <summary>
    /// Gets who plays which role in the case (案件当事人及办案人员), e.g. the subject, the investigators and those who stepped aside, in
    /// the order the audit chain assigned them; <see cref="CaseParties.None"/> for a procedure that declares no roles. The engine
    /// enforces the procedure's rules on them (回避、调查与审查分离) on every <c>Fire</c>, <c>CanFire</c>, <c>PermittedTriggers</c> and
    /// replay. Covered by the <see cref="Seal"/>: a host that stores snapshots stores the parties with them.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public CaseParties Parties { get => parties; init => parties = value ?? throw new ArgumentNullException(nameof(Parties)); }

    /// <summary>Gets whether the case has ended.</summary>
    public bool IsClosed => Outcome is not null;

    /// <summary>The seal object that sealed this very instance, or null: an instance is immutable, so it needs no second check.</summary>
    internal CaseSeal? SealedBy { get; private set; }

    /// <summary>
    /// The engine that checked this very instance (its seal and its consistency with that engine's definitions and catalog) and
    /// found nothing, or null. An instance is immutable and a copy made with <c>with</c> does not keep the mark, so a snapshot
    /// verified on load is not hashed again by the <c>Fire</c> that follows.
    /// </summary>
    internal object? TrustedBy { get; private set; }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the seal included.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CaseSnapshot? other) =>
        other is not null
        && CaseId == other.CaseId
        && PowerCode == other.PowerCode
        && DefinitionId == other.DefinitionId
        && DefinitionVersion == other.DefinitionVersion
        && Step == other.Step
        && Version == other.Version
        && Received == other.Received
        && StepEntered == other.StepEntered
        && Equals(CommittedClock, other.CommittedClock)
        && Equals(LegalClock, other.LegalClock)
        && Outcome == other.Outcome
        && Closed == other.Closed
        && AuditHead == other.AuditHead
        && LastEventAt == other.LastEventAt
        && Equals(Parties, other.Parties)
        && Seal == other.Seal;

    /// <summary>Returns a hash code consistent with <see cref="Equals(CaseSnapshot)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(CaseId, Version, AuditHead, Seal);

    /// <summary>Records that <paramref name="engine"/> checked this instance and found nothing (see <see cref="TrustedBy"/>).</summary>
    internal void MarkTrusted(object engine) => TrustedBy = engine;

    /// <summary>
    /// Marks this snapshot as sealed by <paramref name="by"/>, its seal computed when first read: only for a snapshot the engine
    /// has just made and not yet handed out (so no one can have seen it unsealed). The seal is a pure function of the members,
    /// so computing it later, or twice on two threads, gives the same text.
    /// </summary>
    internal CaseSnapshot SealInPlace(CaseSeal by)
    {
        seal = null;
        sealSource = null;
        SealedBy = by;
        return this;
    }
}
