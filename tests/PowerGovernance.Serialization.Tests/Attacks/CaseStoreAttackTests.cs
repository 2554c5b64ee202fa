using System.Linq;
using PowerGovernance.Serialization.Tests.Storage;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, findings 2 and 3 at the store: the <c>Load()</c> of docs/storage.md passed snapshots whose step, clock, extension,
/// power code or receipt date were edited in the database, and nothing tested that a store keeps two concurrent writers from
/// forking a chain. The documented store now runs the case store contract on SQLite: every check, one test each.
/// </summary>
public class CaseStoreAttackTests
{
    public static TheoryData<string> Checks() => [.. CaseStoreContract.Checks.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Checks))]
    public void The_documented_store_passes_the_case_store_contract_on_SQLite(string check)
    {
        using var contract = new SqliteCaseStoreContract();

        contract.Run(check);
    }
}
