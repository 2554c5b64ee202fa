using System;
using System.IO;
using Microsoft.EntityFrameworkCore;
using PowerGovernance.EntityFrameworkCore;
using PowerGovernance.Samples.Orleans.Hosting;
using PowerGovernance.Samples.Orleans.Storage;

namespace PowerGovernance.Samples.Orleans.Tests;

/// <summary>
/// The cluster's database for one test class: a SQLite file in the temporary folder, created before the silos start, shared by
/// every silo (each opens its own connections) and by the test, which reads it as an auditor or writes it as a stale activation.
/// </summary>
public sealed class CaseDatabase : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "powergovernance-orleans-test-" + Guid.NewGuid().ToString("N") + ".db");

    public CaseDatabase()
    {
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    /// <summary>No pooling and a 30 s busy timeout: a writer waits for another's lock, then loses on the version check.</summary>
    public string ConnectionString => $"Data Source={path};Pooling=False;Default Timeout=30";

    public CasesDbContext NewContext() => new(new DbContextOptionsBuilder<CasesDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>A store on a context of its own, with an engine of its own (equal to the silos').</summary>
    public static EntityFrameworkCaseStore NewStore(CasesDbContext context) => new(context, SampleKernel.CreateEngine());

    public StoredCase Load(string caseId)
    {
        using var context = NewContext();
        return NewStore(context).Load(caseId) ?? throw new InvalidOperationException("Case " + caseId + " is not stored.");
    }

    public void Dispose()
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
