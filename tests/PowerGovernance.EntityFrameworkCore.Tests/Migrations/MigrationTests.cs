using System;
using Microsoft.EntityFrameworkCore;
using PowerGovernance.EntityFrameworkCore.Tests.Storage;

namespace PowerGovernance.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// The generated migrations create tables the store works on, and match the model AddPowerGovernanceCases builds today (a
/// change to the mapping without a new migration fails here).
/// </summary>
public abstract class MigrationTests(StoreDatabase database) : IDisposable
{
    [Fact]
    public void The_migrations_match_the_current_mapping()
    {
        using var context = database.NewContext();

        Assert.Empty(context.Database.GetPendingMigrations());
        Assert.Single(context.Database.GetAppliedMigrations(), m => m.EndsWith("_CaseTables", StringComparison.Ordinal));
        Assert.False(context.Database.HasPendingModelChanges(), "The case mapping changed without a migration: run dotnet ef migrations add.");
    }

    [Theory]
    [InlineData("round-trip")]
    [InlineData("concurrent-writers")]
    [InlineData("event-appended")]
    public void The_store_passes_the_contract_on_migrated_tables(string check) => new EntityFrameworkContractAdapter(database).Run(check);

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(new SqliteStoreDatabase(StoreMapping.Migrated));

[Trait("Category", "PostgreSQL")]
public sealed class PostgresMigrationTests() : MigrationTests(new PostgresStoreDatabase(StoreMapping.Migrated));
