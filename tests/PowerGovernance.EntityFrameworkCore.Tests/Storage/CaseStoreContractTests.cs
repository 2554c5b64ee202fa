using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Every check of the store contract kit, on SQLite (a temporary file) and on a real PostgreSQL server.</summary>
public sealed class SqliteCaseStoreContractTests : IDisposable
{
    private readonly SqliteStoreDatabase database = new();

    public static IEnumerable<object[]> CheckNames => CaseStoreContract.Checks.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(CheckNames))]
    public void The_store_passes_the_contract_check_on_sqlite(string check) => new EntityFrameworkContractAdapter(database).Run(check);

    public void Dispose() => database.Dispose();
}

[Trait("Category", "PostgreSQL")]
public sealed class PostgresCaseStoreContractTests : IDisposable
{
    private readonly PostgresStoreDatabase database = new();

    public static IEnumerable<object[]> CheckNames => SqliteCaseStoreContractTests.CheckNames;

    [Theory]
    [MemberData(nameof(CheckNames))]
    public void The_store_passes_the_contract_check_on_postgresql(string check) => new EntityFrameworkContractAdapter(database).Run(check);

    public void Dispose() => database.Dispose();
}
