using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>A host with its own schema and table names, and a table of its own in the same context: the store works the same.</summary>
public abstract class RenamedTablesTests(StoreDatabase database) : IDisposable
{
    protected StoreDatabase Database => database;

    [Fact]
    public void A_case_saves_and_loads_under_the_hosts_own_table_names_beside_its_own_table()
    {
        var started = StoreCases.Start("ren-1");
        using (var context = database.NewContext())
        {
            context.Add(new Office { Name = "政务服务中心" });
            var saved = new EntityFrameworkCaseStore(context, StoreCases.Engine).Save(started);
            Assert.True(saved.IsSaved, saved.Message);
        }

        using var read = database.NewContext();
        var loaded = new EntityFrameworkCaseStore(read, StoreCases.Engine).Load("ren-1");
        Assert.Equal(started.Snapshot, loaded!.Snapshot);
        Assert.Equal("ban_jian", read.Model.FindEntityType(typeof(CaseRow))!.GetTableName());
        Assert.Equal(1, read.Set<CaseEventRow>().Count(e => e.CaseId == "ren-1"));

        // The host's pending change on the same context was saved in the store's transaction.
        Assert.Equal("政务服务中心", read.Set<Office>().Single().Name);
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteRenamedTablesTests() : RenamedTablesTests(new SqliteStoreDatabase(StoreMapping.Renamed));

[Trait("Category", "PostgreSQL")]
public sealed class PostgresRenamedTablesTests() : RenamedTablesTests(new PostgresStoreDatabase(StoreMapping.Renamed))
{
    [Fact]
    public void The_tables_are_created_in_the_hosts_schema_under_its_names()
    {
        using var context = Database.NewContext();
        var tables = context.Database
            .SqlQueryRaw<string>("SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = 'zhengwu'")
            .ToList()
            .Order(StringComparer.Ordinal);

        Assert.Equal(["ban_jian", "ban_jian_guocheng", "offices"], tables);
    }
}
