using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// A case store (办件存储) on a host's own <see cref="DbContext"/> whose model has the tables of
/// <see cref="ModelBuilderExtensions.AddPowerGovernanceCases"/>: saves an accepted result's snapshot and appends its events in one
/// transaction with optimistic concurrency on <see cref="CaseSnapshot.Version"/>, loads a case only after
/// <see cref="ProcedureEngine.Verify(CaseSnapshot, IReadOnlyList{CaseEvent}, EnforcementCertificateRegistry?)"/> accepted it,
/// and pages through the open cases for the supervision board (电子监察) by case id, never loading all of them.
/// </summary>
/// <remarks>
/// Use one store per context and one context per request, as with any <see cref="DbContext"/>. A save calls
/// <see cref="DbContext.SaveChanges()"/>: changes the host left pending on the same context are saved in the same transaction.
/// The store begins its own transaction unless the context already has one, in which case it writes inside the host's
/// transaction and the host commits (and then a second start with an existing id surfaces as the provider's exception).
/// </remarks>
public sealed class EntityFrameworkCaseStore
{
    /// <summary>The largest page <see cref="OpenCasesAsync"/> returns.</summary>
    public const int MaxPageSize = 1000;

    private const int LoadAttempts = 3;

    private readonly DbContext context;
    private readonly ProcedureEngine engine;
    private readonly EnforcementCertificateRegistry? certificates;

    /// <summary>Creates a store on <paramref name="context"/> that verifies with <paramref name="engine"/>.</summary>
    /// <param name="context">The host's context; its model must have the case tables.</param>
    /// <param name="engine">The engine the cases were made with (the same procedures, catalog, seal and digest).</param>
    /// <param name="certificates">The enforcement certificates the host registered, if its cases have enforcement acts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentException">The context's model lacks the case tables.</exception>
    public EntityFrameworkCaseStore(DbContext context, ProcedureEngine engine, EnforcementCertificateRegistry? certificates = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(engine);
        if (context.Model.FindEntityType(typeof(CaseRow)) is null || context.Model.FindEntityType(typeof(CaseEventRow)) is null)
        {
            throw new ArgumentException(
                $"The model of {context.GetType().Name} has no case tables: call modelBuilder.AddPowerGovernanceCases() in its OnModelCreating. {context.GetType().Name}的模型中没有办件表：请在OnModelCreating中调用modelBuilder.AddPowerGovernanceCases()。",
                nameof(context));
        }

        this.context = context;
        this.engine = engine;
        this.certificates = certificates;
    }

    /// <summary>
    /// Saves an accepted <see cref="CaseResult"/> (a <see cref="StartResult"/> inserts the case, a <see cref="FireResult"/>
    /// updates it) and appends its events, in one transaction: the case row only if it still has the version the result was
    /// computed from (<c>Version - Events.Count</c>).
    /// </summary>
    /// <param name="result">The engine's result.</param>
    /// <returns>Saved, or why nothing was written (a lost race is <see cref="CaseSaveStatus.StaleVersion"/> or <see cref="CaseSaveStatus.AlreadyExists"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">An event of the result belongs to another case or is out of sequence.</exception>
    public CaseSaveResult Save(CaseResult result) => SaveCore(result, false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Saves an accepted result asynchronously; see <see cref="Save(CaseResult)"/>.</summary>
    /// <param name="result">The engine's result.</param>
    /// <param name="cancellationToken">Cancels the save (nothing is written then).</param>
    /// <returns>Saved, or why nothing was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">An event of the result belongs to another case or is out of sequence.</exception>
    public Task<CaseSaveResult> SaveAsync(CaseResult result, CancellationToken cancellationToken = default) => SaveCore(result, true, cancellationToken);

    /// <summary>
    /// Loads a case and its events, verified: the snapshot's seal, the hash chain up to its head, every event a permitted
    /// transition of the recorded definition version, and the replayed snapshot equal to the stored one.
    /// </summary>
    /// <param name="caseId">The case's id.</param>
    /// <returns>The verified case, or <see langword="null"/> when no case has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> is null.</exception>
    /// <exception cref="CaseNotVerifiedException">The stored case does not verify: it is not handed out.</exception>
    /// <exception cref="System.Text.Json.JsonException">The snapshot column, or an event's arguments column, is not readable JSON (the message names the member).</exception>
    /// <exception cref="NodaTime.Text.UnparsableValueException">An event's instant column is not an ISO instant.</exception>
    public StoredCase? Load(string caseId) => LoadCore(caseId, false, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Loads a verified case asynchronously; see <see cref="Load(string)"/>.</summary>
    /// <param name="caseId">The case's id.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The verified case, or <see langword="null"/> when no case has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> is null.</exception>
    /// <exception cref="CaseNotVerifiedException">The stored case does not verify: it is not handed out.</exception>
    /// <exception cref="System.Text.Json.JsonException">The snapshot column, or an event's arguments column, is not readable JSON.</exception>
    /// <exception cref="NodaTime.Text.UnparsableValueException">An event's instant column is not an ISO instant.</exception>
    public Task<StoredCase?> LoadAsync(string caseId, CancellationToken cancellationToken = default) => LoadCore(caseId, true, cancellationToken);

    /// <summary>
    /// Reads one page of open cases in case-id order, after <paramref name="after"/> (keyset pagination: one query for the page's
    /// rows and one for their events, whatever the number of cases stored), each verified like a load.
    /// </summary>
    /// <param name="pageSize">How many open cases at most, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="after">The <see cref="OpenCasePage.Next"/> of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page: verified cases, refused ones, and the key of the next page.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is out of range.</exception>
    public async Task<OpenCasePage> OpenCasesAsync(int pageSize, string? after = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaxPageSize} cases. 每页办件数应为1至{MaxPageSize}。");
        }

        var query = context.Set<CaseRow>().AsNoTracking().Where(c => c.IsOpen);
        if (after is not null)
        {
            query = query.Where(c => c.CaseId.CompareTo(after) > 0);
        }

        var rows = await query.OrderBy(c => c.CaseId).Take(pageSize).Select(c => new { c.CaseId, c.Snapshot }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.CaseId).ToList();
        var eventRows = await context.Set<CaseEventRow>().AsNoTracking()
            .Where(e => ids.Contains(e.CaseId))
            .OrderBy(e => e.CaseId).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCase = eventRows.GroupBy(e => e.CaseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var cases = new List<CaseSnapshot>(rows.Count);
        var refused = new List<RefusedCase>();
        foreach (var row in rows)
        {
            var verified = TryVerify(row.CaseId, row.Snapshot, byCase.GetValueOrDefault(row.CaseId) ?? [], out var snapshot, out var problem);
            if (verified)
            {
                cases.Add(snapshot!);
                continue;
            }

            // A save may have committed between the two queries: read the case again on its own before refusing it.
            try
            {
                var again = await LoadCore(row.CaseId, true, cancellationToken).ConfigureAwait(false);
                if (again is { Snapshot.IsClosed: false })
                {
                    cases.Add(again.Snapshot);
                }
            }
            catch (CaseNotVerifiedException e)
            {
                refused.Add(new RefusedCase(row.CaseId, e.Verification, e.Message, e.Verification.ChineseMessage));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or NodaTime.Text.UnparsableValueException)
            {
                refused.Add(problem ?? Unreadable(row.CaseId, e));
            }
        }

        return new OpenCasePage(cases, refused, rows.Count == pageSize ? rows[^1].CaseId : null);
    }

    /// <summary>
    /// Streams every open case, page by page (<see cref="OpenCasesAsync"/>), holding one page in memory at a time: what the
    /// supervision board sweeps. Refused cases come in each page's <see cref="OpenCasePage.Refused"/>.
    /// </summary>
    /// <param name="pageSize">How many open cases per page, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    /// <returns>The pages, the last one with a <see langword="null"/> <see cref="OpenCasePage.Next"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is out of range.</exception>
    public IAsyncEnumerable<OpenCasePage> OpenCasePagesAsync(int pageSize, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaxPageSize} cases. 每页办件数应为1至{MaxPageSize}。");
        }

        return Pages(pageSize, cancellationToken);
    }

    private async IAsyncEnumerable<OpenCasePage> Pages(int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await OpenCasesAsync(pageSize, after, cancellationToken).ConfigureAwait(false);
            yield return page;
            after = page.Next;
        }
        while (after is not null);
    }

    private static RefusedCase Unreadable(string caseId, Exception e) => new(
        caseId,
        null,
        $"Case '{caseId}' cannot be read: {e.Message}",
        $"办件“{caseId}”的存储数据无法读取：{e.Message}");

    private bool TryVerify(string caseId, string json, List<CaseEventRow> rows, out CaseSnapshot? snapshot, out RefusedCase? problem)
    {
        snapshot = null;
        problem = null;
        try
        {
            var read = CaseJson.DeserializeSnapshot(json);
            var verification = engine.Verify(read, rows.Select(EventRows.ToEvent).ToList(), certificates);
            if (verification.IsAccepted)
            {
                snapshot = read;
                return true;
            }

            problem = new RefusedCase(caseId, verification, verification.Message, verification.ChineseMessage);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NodaTime.Text.UnparsableValueException)
        {
            problem = Unreadable(caseId, e);
        }

        return false;
    }

    private async Task<StoredCase?> LoadCore(string caseId, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        for (var attempt = 1; ; attempt++)
        {
            var snapshotQuery = context.Set<CaseRow>().AsNoTracking().Where(c => c.CaseId == caseId).Select(c => c.Snapshot);
            var json = async ? await snapshotQuery.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : snapshotQuery.FirstOrDefault();
            if (json is null)
            {
                return null;
            }

            var eventQuery = context.Set<CaseEventRow>().AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence);
            var rows = async ? await eventQuery.ToListAsync(cancellationToken).ConfigureAwait(false) : eventQuery.ToList();
            var snapshot = CaseJson.DeserializeSnapshot(json);
            var events = rows.Select(EventRows.ToEvent).ToList();
            var verification = engine.Verify(snapshot, events, certificates);
            if (verification.IsAccepted)
            {
                return new StoredCase(snapshot, events);
            }

            // The two reads are not one snapshot of the database: a save committed between them gives a newer chain than the row
            // read. Read again when the row has moved on; refuse when it has not (or after the last attempt).
            var now = async ? await snapshotQuery.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : snapshotQuery.FirstOrDefault();
            if (attempt >= LoadAttempts || string.Equals(now, json, StringComparison.Ordinal))
            {
                throw new CaseNotVerifiedException(caseId, verification);
            }
        }
    }

    private async Task<CaseSaveResult> SaveCore(CaseResult result, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var snapshot = result.Snapshot;
        var expected = snapshot.Version - result.Events.Count;
        if (!result.IsAccepted)
        {
            return new CaseSaveResult(CaseSaveStatus.NotAccepted, snapshot.CaseId, expected);
        }

        CheckEvents(result, expected);
        var caseId = snapshot.CaseId;
        var own = context.Database.CurrentTransaction is null;
        var transaction = !own ? null : async
            ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : context.Database.BeginTransaction();
        var added = new List<EntityEntry>();
        try
        {
            var cases = context.Set<CaseRow>();
            if (expected == 0)
            {
                var exists = cases.AsNoTracking().Where(c => c.CaseId == caseId);
                if (async ? await exists.AnyAsync(cancellationToken).ConfigureAwait(false) : exists.Any())
                {
                    return new CaseSaveResult(CaseSaveStatus.AlreadyExists, caseId, expected);
                }

                added.Add(cases.Add(EventRows.ToRow(snapshot)));
            }
            else
            {
                var row = EventRows.ToRow(snapshot);
                var target = cases.Where(c => c.CaseId == caseId && c.Version == expected);
                var updated = async
                    ? await target.ExecuteUpdateAsync(Setters(row), cancellationToken).ConfigureAwait(false)
                    : target.ExecuteUpdate(Setters(row));
                if (updated != 1)
                {
                    return new CaseSaveResult(CaseSaveStatus.StaleVersion, caseId, expected);
                }
            }

            added.AddRange(result.Events.Select(e => (EntityEntry)context.Set<CaseEventRow>().Add(EventRows.ToRow(e))));
            try
            {
                _ = async ? await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false) : context.SaveChanges();
            }
            catch (DbUpdateException) when (own && expected == 0)
            {
                // Another start with the same id committed between the check and the insert: the key refused this one.
                Detach(added);
                await RollBack(transaction!, async).ConfigureAwait(false);
                var exists = cases.AsNoTracking().Where(c => c.CaseId == caseId);
                if (async ? await exists.AnyAsync(cancellationToken).ConfigureAwait(false) : exists.Any())
                {
                    return new CaseSaveResult(CaseSaveStatus.AlreadyExists, caseId, expected);
                }

                throw;
            }

            if (transaction is not null)
            {
                if (async)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    transaction.Commit();
                }
            }

            return new CaseSaveResult(CaseSaveStatus.Saved, caseId, expected);
        }
        finally
        {
            Detach(added);
            if (transaction is not null)
            {
                if (async)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    transaction.Dispose();
                }
            }
        }
    }

    private static Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<CaseRow>> Setters(CaseRow row) => s => s
        .SetProperty(c => c.Version, row.Version)
        .SetProperty(c => c.Step, row.Step)
        .SetProperty(c => c.IsOpen, row.IsOpen)
        .SetProperty(c => c.AuditHead, row.AuditHead)
        .SetProperty(c => c.Snapshot, row.Snapshot);

    private static async Task RollBack(IDbContextTransaction transaction, bool async)
    {
        if (async)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
        }
        else
        {
            transaction.Rollback();
        }
    }

    private static void Detach(List<EntityEntry> entries)
    {
        foreach (var entry in entries)
        {
            entry.State = EntityState.Detached;
        }

        entries.Clear();
    }

    private static void CheckEvents(CaseResult result, long expected)
    {
        var problems = new List<string>();
        for (var i = 0; i < result.Events.Count; i++)
        {
            var e = result.Events[i];
            if (!string.Equals(e.CaseId, result.Snapshot.CaseId, StringComparison.Ordinal) || e.Sequence != expected + i + 1)
            {
                problems.Add($"event {i} is case '{e.CaseId}' number {e.Sequence}, expected case '{result.Snapshot.CaseId}' number {expected + i + 1} (第{i}个事件为办件“{e.CaseId}”第{e.Sequence}号，应为办件“{result.Snapshot.CaseId}”第{expected + i + 1}号)");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The result's events do not follow its snapshot; nothing was saved: 办理结果的事件与其快照不符，未保存：" + string.Join("; ", problems.Take(5)), nameof(result));
        }
    }
}
