using System;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PowerGovernance.Samples.Web.Storage;

using PowerGovernance.TestSupport;

namespace PowerGovernance.Samples.Web.Tests;

/// <summary>The web sample with <c>Storage:Provider=PostgreSQL</c> on a new database of <see cref="PostgresServer"/>, dropped afterwards.</summary>
public sealed class PostgresWebSampleServer : WebSampleServer
{
    private string? connection;

    protected override (string Provider, string ConnectionString) Storage()
    {
        connection = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = "pg_web_" + Guid.NewGuid().ToString("N")[..16] }.ToString();
        return ("PostgreSQL", connection);
    }

    protected override void DropStorage()
    {
        if (connection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var db = new CasesDb(new DbContextOptionsBuilder<CasesDb>().UseNpgsql(connection).Options);
            db.Database.EnsureDeleted();
        }
    }
}
