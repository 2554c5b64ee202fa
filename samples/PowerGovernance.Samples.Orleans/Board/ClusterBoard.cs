using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Procedures;
using PowerGovernance.Samples.Orleans.Storage;
using PowerGovernance.Supervision;

namespace PowerGovernance.Samples.Orleans.Board;

/// <summary>
/// The supervision board of the whole cluster (全域电子监察看板): every open case read from the shared store in keyset pages, each
/// verified, and swept once by the kernel's <see cref="SupervisionBoard"/>. It reads the store, not the grains: the store holds
/// every case of every silo, active or not, and asking each grain would activate every open case in the cluster.
/// </summary>
/// <param name="engine">The silo's engine.</param>
/// <param name="contexts">The factory of contexts on the cluster's database.</param>
public sealed class ClusterBoard(ProcedureEngine engine, IDbContextFactory<CasesDbContext> contexts)
{
    /// <summary>The page size the store is read in: 200 open cases per query pair.</summary>
    public const int PageSize = 200;

    /// <summary>Sweeps every open case of the cluster at <paramref name="now"/>.</summary>
    /// <param name="now">The instant, from the host's clock.</param>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    /// <returns>The board over the verified open cases (in case-id order), and the cases the store refused to hand out.</returns>
    public async Task<(BoardReport Report, IReadOnlyList<RefusedCase> Refused)> SweepAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var cases = new List<CaseSnapshot>();
        var refused = new List<RefusedCase>();
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(true);
        await using (context.ConfigureAwait(true))
        {
            var store = new EntityFrameworkCaseStore(context, engine);
            await foreach (var page in store.OpenCasePagesAsync(PageSize, cancellationToken).ConfigureAwait(true))
            {
                cases.AddRange(page.Cases);
                refused.AddRange(page.Refused);
            }
        }

        return (new SupervisionBoard(engine).Sweep(cases, now), refused);
    }
}
