using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using PowerGovernance.Procedures;

namespace PowerGovernance.Testing.Storage;

/// <summary>
/// A contract test kit a host runs against its own case store (案件存储契约测试): derive from this class in a test project,
/// implement the adapter members on top of the store, and run every check of <see cref="Checks"/> (for example one
/// data-driven test per check name with <see cref="Run(string)"/>). A failed check throws
/// <see cref="CaseStoreContractException"/>; the kit needs no test framework.
/// </summary>
/// <remarks>
/// <para>
/// What a store must do, and what the checks try: an accepted result is saved with optimistic concurrency on
/// <see cref="CaseSnapshot.Version"/> (of two writers that fired on the same snapshot exactly one wins, and the loser's save
/// changes nothing), events are appended in the same transaction, and a case is loaded only after
/// <see cref="ProcedureEngine.Verify(CaseSnapshot, IReadOnlyList{CaseEvent}, EnforcementCertificateRegistry?)"/> accepted it:
/// a forked chain, a snapshot row edited in the database (step, clock, extension, power code, day of receipt, seal) or an
/// event row edited or slipped in beside <c>Save</c> is refused on load, never handed to the caller.
/// </para>
/// <para>
/// The kit owns its engine (<see cref="Engine"/>: the built-in administrative licensing procedure, a catalog of two licensing
/// powers with codes <c>00000000CS-XK-0001</c> and <c>-0002</c>, a 2024 working calendar), so the checks do not depend on the
/// host's catalog or procedures. The store under test must verify with this engine: construct it with <see cref="Engine"/> (a
/// store should take the engine it verifies with as a parameter anyway). A host that seals with a key passes a keyed
/// <see cref="CaseSeal"/> to the constructor. Every check works on new case ids (<c>csc-</c>, a random run id and a number), so
/// the checks may share one database, and an empty database per check works as well.
/// </para>
/// <para>
/// <see cref="Save"/> is called from two threads at once by the <c>concurrent-writers</c> check: use one connection (or unit of
/// work) per call, as two web requests would, and let the database wait for a lock (a busy timeout) rather than fail at once.
/// </para>
/// </remarks>
public abstract partial class CaseStoreContract
{
    /// <summary>How many times the <c>concurrent-writers</c> check races two writers on one snapshot.</summary>
    public const int ConcurrentRounds = 20;

    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(60);

    private readonly string runId = Guid.NewGuid().ToString("N")[..8];
    private int caseNumber;

    /// <summary>Creates the kit with an engine that seals with <see cref="CaseSeal.Sha256"/> (no key).</summary>
    protected CaseStoreContract()
        : this(CaseSeal.Sha256)
    {
    }

    /// <summary>Creates the kit with an engine that seals with <paramref name="seal"/>, e.g. the host's keyed seal.</summary>
    /// <param name="seal">The seal the kit's engine uses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="seal"/> is null.</exception>
    protected CaseStoreContract(CaseSeal seal)
        : this(seal, AuditDigest.Sha256)
    {
    }

    /// <summary>
    /// Creates the kit with an engine that seals with <paramref name="seal"/> and hashes the audit chain with <paramref name="digest"/>,
    /// e.g. SM3 from PowerGovernance.Cryptography.Sm; an insider's edited event is re-hashed with the same digest, so the store must
    /// still refuse it.
    /// </summary>
    /// <param name="seal">The seal the kit's engine uses.</param>
    /// <param name="digest">The digest the kit's engine hashes events with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    protected CaseStoreContract(CaseSeal seal, AuditDigest digest)
    {
        ArgumentNullException.ThrowIfNull(seal);
        ArgumentNullException.ThrowIfNull(digest);
        Engine = ContractSetup.CreateEngine(seal, digest);
    }

    /// <summary>
    /// Gets every check, in the order a host would want to read failures: saving and loading, concurrency, then tampering.
    /// Their names are stable; pass one to <see cref="Run(string)"/>.
    /// </summary>
    public static IReadOnlyList<CaseStoreCheck> Checks { get; } = ImmutableArray.Create(
        Check("round-trip", "A started case, fired twice, saves and loads back equal (==) with its events after every save.", "启动并两次办理的办件，每次保存后读取，快照（==）和事件均与保存时相同。", c => c.RoundTrip()),
        Check("stale-writer-loses", "A save computed from a snapshot that another save has moved on, and a second start with the same case id, lose and change nothing.", "基于已被他人更新的快照计算的保存，以及同一办件编号的第二次启动，均失败且不改变任何数据。", c => c.StaleWriterLoses()),
        Check("concurrent-writers", "Two threads fire on the same loaded snapshot and save at once, " + ConcurrentRounds.ToString(CultureInfo.InvariantCulture) + " times: exactly one wins each time, and the loser's save changes nothing.", "两个线程基于同一快照同时办理并保存，重复" + ConcurrentRounds.ToString(CultureInfo.InvariantCulture) + "次：每次恰有一个成功，失败一方不改变任何数据。", c => c.ConcurrentWriters()),
        Check("forked-chain", "The loser's snapshot and event written directly, as a store without the version check would write them, are refused on load.", "将失败一方的快照和事件直接写入（如同不检查版本的存储），读取时被拒绝。", c => c.ForkedChain()),
        Check("unsaved-snapshot-written", "A snapshot the engine sealed for a transition that was never saved, written over the row without its event, is refused on load.", "将引擎为未保存的办理动作生成并封印的快照直接覆盖存储（无相应事件），读取时被拒绝。", c => c.UnsavedSnapshotWritten()),
        Check("snapshot-step-edited", "The snapshot row edited to another step is refused on load.", "快照被改为另一办理环节，读取时被拒绝。", c => c.SnapshotEdited("snapshot-step-edited", s => s with { Step = Procedures.BuiltIn.AdministrativeLicensing.Steps.Decision })),
        Check("snapshot-clock-edited", "The snapshot row's clock edited (30 suspended days added) is refused on load.", "快照计时被修改（增加30天中止天数），读取时被拒绝。", c => c.SnapshotEdited("snapshot-clock-edited", s => s with { CommittedClock = s.CommittedClock with { SuspendedDays = s.CommittedClock.SuspendedDays + 30 }, LegalClock = s.LegalClock with { SuspendedDays = s.LegalClock.SuspendedDays + 30 } })),
        Check("snapshot-extension-removed", "The snapshot row with its extension removed (which would allow a second one) is refused on load.", "快照中的延期被删除（从而可再次延期），读取时被拒绝。", c => c.SnapshotEdited("snapshot-extension-removed", s => s with { CommittedClock = s.CommittedClock with { Extension = null }, LegalClock = s.LegalClock with { Extension = null } })),
        Check("snapshot-power-code-edited", "The snapshot row edited to another power listed in the catalog is refused on load.", "快照被改为目录中的另一项职权，读取时被拒绝。", c => c.SnapshotEdited("snapshot-power-code-edited", s => s with { PowerCode = s.PowerCode == ContractSetup.First.Code ? ContractSetup.Second.Code : ContractSetup.First.Code })),
        Check("snapshot-receipt-date-edited", "The snapshot row's day of receipt moved one day later is refused on load.", "快照收件日被推后一天，读取时被拒绝。", c => c.SnapshotEdited("snapshot-receipt-date-edited", s => s with { Received = s.Received.PlusDays(1) })),
        Check("snapshot-seal-edited", "The snapshot row's seal edited (one digit changed) is refused on load.", "快照封印被修改（改动一位），读取时被拒绝。", c => c.SnapshotEdited("snapshot-seal-edited", s => s with { Seal = FlipLastDigit(s.Seal) })),
        Check("event-reason-edited", "An event row's reason edited (its own hash recomputed, as an insider would) is refused on load.", "事件记录的理由被修改（并重新计算该事件的哈希），读取时被拒绝。", c => c.EventEdited("event-reason-edited", 2, e => e with { Reason = "无需理由" })),
        Check("event-actor-edited", "An event row's actor edited (its own hash recomputed, as an insider would) is refused on load.", "事件记录的办理人被修改（并重新计算该事件的哈希），读取时被拒绝。", c => c.EventEdited("event-actor-edited", 1, e => e with { Actor = ContractSetup.OtherClerk.Name })),
        Check("event-appended", "An event row inserted beside Save (a genuine next event, the snapshot left as it was) is refused on load.", "绕过保存直接插入事件记录（真实的下一事件，快照未变），读取时被拒绝。", c => c.EventAppended()));

    /// <summary>
    /// Gets the engine the checks start and fire cases with. The store under test must verify loads with this engine (pass it to
    /// the store's constructor in the derived class).
    /// </summary>
    public ProcedureEngine Engine { get; }

    /// <summary>Runs one check by name.</summary>
    /// <param name="check">The check's name, one of <see cref="Checks"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="check"/> is not the name of a check.</exception>
    /// <exception cref="CaseStoreContractException">The store failed the check; the message says how, in English and Chinese.</exception>
    public void Run(string check)
    {
        var found = Checks.FirstOrDefault(c => string.Equals(c.Name, check, StringComparison.Ordinal))
            ?? throw new ArgumentException(
                $"'{CaseStoreContractException.Bounded(check)}' is not a case store check; the checks are: {string.Join(", ", Checks.Select(c => c.Name))}. “{CaseStoreContractException.Bounded(check)}”不是案件存储契约检查项。",
                nameof(check));
        found.RunOn(this);
    }

    /// <summary>
    /// Saves an accepted result through the store under test (a <see cref="StartResult"/> inserts a new case, a
    /// <see cref="FireResult"/> updates it), with optimistic concurrency on the version the result was computed from
    /// (<c>Version - Events.Count</c>). May be called from two threads at once.
    /// </summary>
    /// <param name="result">An accepted result of <see cref="Engine"/>.</param>
    /// <returns>
    /// <see langword="true"/> when the save won; <see langword="false"/> when it lost the optimistic-concurrency race (the stored
    /// case is no longer at that version, or a case with that id already exists) and changed nothing.
    /// </returns>
    protected abstract bool Save(CaseResult result);

    /// <summary>
    /// Loads a case through the store's verified load path: the path the host's own code uses before deciding anything on a
    /// case, which must refuse a case that does not verify. Refuse by throwing (any exception but a crash such as
    /// <see cref="NullReferenceException"/>, <see cref="IndexOutOfRangeException"/>, <see cref="InvalidCastException"/> or
    /// <see cref="OverflowException"/>); if the store reports a refusal instead (a result with findings), throw it from here.
    /// </summary>
    /// <param name="caseId">The case's id.</param>
    /// <returns>The snapshot and its events in order, or <see langword="null"/> when no such case is stored.</returns>
    protected abstract (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId);

    /// <summary>
    /// An insider's direct write: replaces the stored snapshot of <paramref name="snapshot"/>'s case with
    /// <paramref name="snapshot"/> as given (every column the store keeps, version and audit head included), bypassing
    /// <see cref="Save"/> and its version check.
    /// </summary>
    /// <param name="snapshot">The snapshot to write, possibly edited.</param>
    protected abstract void OverwriteSnapshot(CaseSnapshot snapshot);

    /// <summary>An insider's direct write: replaces the stored event with the same case id and sequence by <paramref name="caseEvent"/> as given.</summary>
    /// <param name="caseEvent">The event to write, possibly edited.</param>
    protected abstract void OverwriteEvent(CaseEvent caseEvent);

    /// <summary>
    /// An insider's direct write: inserts <paramref name="caseEvent"/> as an event row, bypassing <see cref="Save"/>. When the
    /// store's own constraints refuse the row (e.g. a primary key on case id and sequence), throw: the checks carry on and still
    /// expect the load to refuse the case.
    /// </summary>
    /// <param name="caseEvent">The event to insert.</param>
    protected abstract void InsertEvent(CaseEvent caseEvent);

    private static CaseStoreCheck Check(string name, string english, string chinese, Action<CaseStoreContract> run) => new(name, english, chinese, run);

    private static string FlipLastDigit(string seal) =>
        seal.Length == 0 ? "sha256:" + new string('0', 64) : string.Concat(seal.AsSpan(0, seal.Length - 1), seal[^1] == '0' ? "1" : "0");

    private string NewCaseId() => "csc-" + runId + "-" + Interlocked.Increment(ref caseNumber).ToString("D3", CultureInfo.InvariantCulture);
}
