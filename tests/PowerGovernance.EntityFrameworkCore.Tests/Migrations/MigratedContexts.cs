using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PowerGovernance.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// A host's context whose tables come from migrations on SQLite (Migrations/Sqlite, generated with
/// <c>dotnet ef migrations add CaseTables --context SqliteMigratedContext --output-dir Migrations/Sqlite</c>).
/// </summary>
public sealed class SqliteMigratedContext(DbContextOptions<SqliteMigratedContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPowerGovernanceCases();
}

/// <summary>
/// The same on PostgreSQL, in the host's schema <c>zhengwu</c> (Migrations/Postgres, generated with
/// <c>dotnet ef migrations add CaseTables --context PostgresMigratedContext --output-dir Migrations/Postgres</c>).
/// </summary>
public sealed class PostgresMigratedContext(DbContextOptions<PostgresMigratedContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPowerGovernanceCases(schema: "zhengwu");
}

/// <summary>Design-time factory for dotnet ef (no connection is opened to add a migration).</summary>
public sealed class SqliteMigratedContextFactory : IDesignTimeDbContextFactory<SqliteMigratedContext>
{
    public SqliteMigratedContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMigratedContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Design-time factory for dotnet ef (no connection is opened to add a migration).</summary>
public sealed class PostgresMigratedContextFactory : IDesignTimeDbContextFactory<PostgresMigratedContext>
{
    public PostgresMigratedContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMigratedContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options);
}
