using System;
using Microsoft.EntityFrameworkCore;
using Npgsql;

using PowerGovernance.TestSupport;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>A new database on the PostgreSQL server of <see cref="PostgresServer"/>, created with <c>EnsureCreated</c> and dropped on disposal.</summary>
public sealed class PostgresStoreDatabase : StoreDatabase
{
    private readonly string connectionString;
    private readonly StoreMapping mapping;

    public PostgresStoreDatabase(StoreMapping mapping = StoreMapping.Default)
    {
        this.mapping = mapping;
        connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString)
        {
            Database = "pg_ef_" + Guid.NewGuid().ToString("N")[..16],
            MaxPoolSize = 20,
        }.ToString();
        using var context = NewContext();
        try
        {
            if (mapping == StoreMapping.Migrated)
            {
                context.Database.Migrate();
            }
            else
            {
                context.Database.EnsureCreated();
            }
        }
        catch (Exception e) when (e is NpgsqlException || e.InnerException is NpgsqlException)
        {
            var server = new NpgsqlConnectionStringBuilder(connectionString);
            throw new InvalidOperationException(
                $"PostgreSQL tests: the server of {PostgresServer.Variable} ({server.Host}:{server.Port}, user {server.Username}) could not create a test database: {e.GetBaseException().Message} "
                + $"Start one with `eval \"$(build/start-postgres)\"`, or unset {PostgresServer.Variable} to let the tests start their own. "
                + $"PostgreSQL测试：{PostgresServer.Variable}所指服务器无法创建测试数据库。",
                e);
        }
    }

    public override string Provider => "PostgreSQL";

    public override DbContext NewContext() => mapping switch
    {
        StoreMapping.Renamed => new RenamedCasesContext(new DbContextOptionsBuilder<RenamedCasesContext>().UseNpgsql(connectionString).Options),
        StoreMapping.Migrated => new Migrations.PostgresMigratedContext(new DbContextOptionsBuilder<Migrations.PostgresMigratedContext>().UseNpgsql(connectionString).Options),
        _ => new CasesContext(new DbContextOptionsBuilder<CasesContext>().UseNpgsql(connectionString).Options),
    };

    public override void Dispose()
    {
        using var context = NewContext();
        context.Database.EnsureDeleted();
    }
}
