using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Procedures;

namespace PowerGovernance.Samples.Web.Storage;

/// <summary>
/// The cases of one request (办件读取): the EF Core store on the request's <see cref="CasesDb"/>, made with the engine the cases run
/// on. Every case it hands out was verified by the store (seal, hash chain, replay).
/// </summary>
internal sealed class CaseRepository
{
    private readonly CasesDb db;

    /// <summary>Creates the repository of one request.</summary>
    /// <param name="db">The request's context.</param>
    /// <param name="engine">The host's engine.</param>
    public CaseRepository(CasesDb db, ProcedureEngine engine)
    {
        this.db = db;
        Store = new EntityFrameworkCaseStore(db, engine);
    }

    /// <summary>Gets the store.</summary>
    public EntityFrameworkCaseStore Store { get; }

    /// <summary>Counts the stored cases (open and closed).</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The number of cases.</returns>
    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Set<CaseRow>().CountAsync(cancellationToken);

    /// <summary>
    /// Reads every case for the board: the open ones page by page through <see cref="EntityFrameworkCaseStore.OpenCasePagesAsync"/>,
    /// the closed ones (for the statistics) one by one through the verified load.
    /// </summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The verified cases and the ones the store refused.</returns>
    public async Task<(IReadOnlyList<CaseSnapshot> Cases, IReadOnlyList<RefusedCase> Refused)> AllAsync(CancellationToken cancellationToken)
    {
        var cases = new List<CaseSnapshot>();
        var refused = new List<RefusedCase>();
        await foreach (var page in Store.OpenCasePagesAsync(200, cancellationToken))
        {
            cases.AddRange(page.Cases);
            refused.AddRange(page.Refused);
        }

        var closed = await db.Set<CaseRow>().Where(r => !r.IsOpen).OrderBy(r => r.CaseId).Select(r => r.CaseId).ToListAsync(cancellationToken);
        foreach (var id in closed)
        {
            try
            {
                if (await Store.LoadAsync(id, cancellationToken) is { } stored)
                {
                    cases.Add(stored.Snapshot);
                }
            }
            catch (CaseNotVerifiedException)
            {
                // A damaged closed case is left out of the statistics; the case page shows why.
            }
        }

        return (cases, refused);
    }
}
