using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// A SQLite database in a temporary file, created with <c>EnsureCreated</c>: connections without pooling and with a 30 s busy
/// timeout, so that a writer waits for another's lock and then loses on the version check.
/// </summary>
public sealed class SqliteStoreDatabase : StoreDatabase
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "powergovernance-ef-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly StoreMapping mapping;

    public SqliteStoreDatabase(StoreMapping mapping = StoreMapping.Default)
    {
        this.mapping = mapping;
        using var context = NewContext();
        if (mapping == StoreMapping.Migrated)
        {
            context.Database.Migrate();
        }
        else
        {
            context.Database.EnsureCreated();
        }
    }

    public override string Provider => "SQLite";

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();

    public override DbContext NewContext() => mapping switch
    {
        StoreMapping.Renamed => new RenamedCasesContext(new DbContextOptionsBuilder<RenamedCasesContext>().UseSqlite(ConnectionString).Options),
        StoreMapping.Migrated => new Migrations.SqliteMigratedContext(new DbContextOptionsBuilder<Migrations.SqliteMigratedContext>().UseSqlite(ConnectionString).Options),
        _ => new CasesContext(new DbContextOptionsBuilder<CasesContext>().UseSqlite(ConnectionString).Options),
    };

    public override void Dispose()
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
