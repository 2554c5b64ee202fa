using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Orleans;
using Orleans.Runtime;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Samples.Orleans.Storage;

namespace PowerGovernance.Samples.Orleans.Cases;

/// <summary>
/// The grain of one case (办件): on activation it loads the case from the store, verified (seal, hash chain, replay); each request
/// calls the pure engine on the snapshot it holds and saves the result through <see cref="EntityFrameworkCaseStore"/> with the
/// version check, keeping the new snapshot only once it is stored.
/// </summary>
/// <remarks>
/// A grain holds no database context between calls (one per request, from the factory). When the store reports that another
/// writer moved the case first (<see cref="CaseSaveStatus.StaleVersion"/>), the grain drops what it held and reloads the stored
/// case: it never continues on a fork.
/// </remarks>
/// <param name="engine">The silo's engine (every silo builds an equal one).</param>
/// <param name="contexts">The factory of contexts on the cluster's database.</param>
/// <param name="silo">The silo this activation runs on (for the replies).</param>
public sealed class CaseGrain(ProcedureEngine engine, IDbContextFactory<CasesDbContext> contexts, ILocalSiloDetails silo) : Grain, ICaseGrain
{
    private CaseSnapshot? snapshot;

    private string CaseId => this.GetPrimaryKeyString();

    /// <summary>Loads and verifies the case; a case that does not verify fails the activation (<see cref="CaseNotVerifiedException"/>).</summary>
    /// <param name="cancellationToken">Cancels the activation.</param>
    /// <returns>A task.</returns>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        snapshot = await LoadAsync(cancellationToken).ConfigureAwait(true);
        await base.OnActivateAsync(cancellationToken).ConfigureAwait(true);
    }

    /// <inheritdoc/>
    public async Task<CaseReply> Start(StartCase command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (snapshot is not null)
        {
            return Reply(CaseReplyStatus.AlreadyExists, null, $"Case '{CaseId}' is already started.", $"办件“{CaseId}”已登记。");
        }

        if (!PowerCode.TryParse(command.PowerCode, out var code))
        {
            return Reply(CaseReplyStatus.Refused, null, $"'{Bounded(command.PowerCode)}' is not a power code.", $"“{Bounded(command.PowerCode)}”不是权力编码。");
        }

        var started = engine.Start(CaseId, code, command.DefinitionId, new Actor(command.ActorName, command.ActorPosts), command.At);
        return await SaveAsync(started).ConfigureAwait(true);
    }

    /// <inheritdoc/>
    public async Task<CaseReply> Fire(FireCase command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (snapshot is null)
        {
            return Reply(CaseReplyStatus.NotStarted, null, $"Case '{CaseId}' was never started.", $"办件“{CaseId}”尚未登记。");
        }

        var fired = engine.Fire(
            snapshot,
            command.Trigger,
            new Actor(command.ActorName, command.ActorPosts),
            command.At,
            TriggerArguments.FromText(command.Arguments),
            command.Reason,
            expectedVersion: snapshot.Version);
        return await SaveAsync(fired).ConfigureAwait(true);
    }

    /// <inheritdoc/>
    public Task<CaseReply> Current() => Task.FromResult(snapshot is null
        ? Reply(CaseReplyStatus.NotStarted, null, $"Case '{CaseId}' was never started.", $"办件“{CaseId}”尚未登记。")
        : Reply(CaseReplyStatus.Saved, null, string.Empty, string.Empty));

    private static string Bounded(string? text) => text is null ? "(null)" : text.Length <= 64 ? text : text[..64] + "…";

    private async Task<CaseReply> SaveAsync(CaseResult result)
    {
        if (!result.IsAccepted)
        {
            return Reply(CaseReplyStatus.Refused, result.Rejection.ToString(), result.Message, result.ChineseMessage);
        }

        CaseSaveResult saved;
        var context = await contexts.CreateDbContextAsync().ConfigureAwait(true);
        await using (context.ConfigureAwait(true))
        {
            saved = await new EntityFrameworkCaseStore(context, engine).SaveAsync(result).ConfigureAwait(true);
        }

        switch (saved.Status)
        {
            case CaseSaveStatus.Saved:
                snapshot = result.Snapshot;
                return Reply(CaseReplyStatus.Saved, null, string.Empty, string.Empty);
            case CaseSaveStatus.StaleVersion:
                // Another writer (a stale activation elsewhere, another host on the same database) moved the case first.
                snapshot = await LoadAsync(CancellationToken.None).ConfigureAwait(true);
                return Reply(CaseReplyStatus.StaleVersion, null, saved.Message, saved.ChineseMessage);
            case CaseSaveStatus.AlreadyExists:
                snapshot = await LoadAsync(CancellationToken.None).ConfigureAwait(true);
                return Reply(CaseReplyStatus.AlreadyExists, null, saved.Message, saved.ChineseMessage);
            case CaseSaveStatus.NotAccepted:
            default:
                return Reply(CaseReplyStatus.Refused, result.Rejection.ToString(), saved.Message, saved.ChineseMessage);
        }
    }

    private async Task<CaseSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(true);
        await using (context.ConfigureAwait(true))
        {
            var stored = await new EntityFrameworkCaseStore(context, engine).LoadAsync(CaseId, cancellationToken).ConfigureAwait(true);
            return stored?.Snapshot;
        }
    }

    private CaseReply Reply(CaseReplyStatus status, string? rejection, string message, string chineseMessage) => new(
        CaseId,
        status,
        snapshot?.Version ?? 0,
        snapshot?.Step,
        snapshot?.IsClosed ?? false,
        snapshot?.AuditHead,
        rejection,
        message,
        chineseMessage,
        silo.SiloAddress.ToString());
}
