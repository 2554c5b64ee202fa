using System;
using System.Linq;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Serialization.Tests.Storage;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, findings 2 and 3 at the store: the <c>Load()</c> of docs/storage.md passed snapshots whose step, clock, extension,
/// power code, receipt date or seal were edited in the database, and nothing tested that a store keeps two concurrent writers
/// from forking a chain. The documented store and its contract adapter run every check of the case store contract on SQLite,
/// one test each, on a fresh database file; a naive store fails the checks it should.
/// </summary>
public class CaseStoreAttackTests
{
    /// <summary>The checks a store without the version check and without the verified load must fail.</summary>
    private static readonly string[] NaiveFails =
    [
        "stale-writer-loses", "concurrent-writers", "forked-chain", "unsaved-snapshot-written",
        "snapshot-step-edited", "snapshot-clock-edited", "snapshot-extension-removed", "snapshot-power-code-edited", "snapshot-receipt-date-edited", "snapshot-seal-edited",
        "event-reason-edited", "event-actor-edited", "event-appended",
    ];

    public static TheoryData<string> Checks() => [.. CaseStoreContract.Checks.Select(c => c.Name)];

    public static TheoryData<string> ChecksANaiveStoreFails() => [.. NaiveFails];

    [Theory]
    [MemberData(nameof(Checks))]
    public void The_documented_store_passes_the_case_store_contract_on_SQLite(string check)
    {
        using var database = new SqliteDatabase(CaseStore.Schema);

        new CaseStoreContractAdapter(database.Open).Run(check);
    }

    [Theory]
    [MemberData(nameof(ChecksANaiveStoreFails))]
    public void A_store_without_the_version_check_and_the_verified_load_fails_the_contract(string check)
    {
        using var naive = new NaiveCaseStoreContract();

        var failure = Assert.Throws<CaseStoreContractException>(() => naive.Run(check));

        Assert.Equal(check, failure.Check);
        Assert.Contains("案件存储契约检查“" + check + "”未通过", failure.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(failure.ChineseMessage));
    }

    [Fact]
    public void The_naive_store_saves_and_loads_so_its_failures_are_its_missing_defences()
    {
        using var naive = new NaiveCaseStoreContract();

        naive.Run("round-trip");
        Assert.Equal(CaseStoreContract.Checks.Select(c => c.Name).Order(StringComparer.Ordinal), NaiveFails.Append("round-trip").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_concurrent_writers_on_the_naive_store_both_win()
    {
        using var naive = new NaiveCaseStoreContract();

        var failure = Assert.Throws<CaseStoreContractException>(() => naive.Run("concurrent-writers"));

        Assert.Contains("both writers' saves", failure.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_documented_store_refuses_an_edited_row_with_the_verification_findings()
    {
        using var database = new SqliteDatabase(CaseStore.Schema);
        var engine = new CaseStoreContractAdapter(database.Open).Engine;
        var clerk = new Actor("张三", AdministrativeLicensing.Clerk.ChineseName);
        var started = engine.Start("XK-1", Powers.PowerCode.Parse("00000000CS-XK-0001"), AdministrativeLicensing.Id, clerk, Instant.FromUtc(2024, 9, 2, 2, 0));
        using var connection = database.Open();
        var store = new CaseStore(connection, engine);
        store.Save(started);
        EventRows.OverwriteSnapshot(connection, started.Snapshot with { Step = AdministrativeLicensing.Steps.Review });

        var refused = Assert.Throws<CaseNotVerifiedException>(() => store.Load("XK-1"));

        Assert.Equal("XK-1", refused.CaseId);
        Assert.Contains(refused.Verification.Findings, f => f.Code == SnapshotRuleCodes.SealMismatch);
        Assert.Contains("核验未通过", refused.Message, StringComparison.Ordinal);
        Assert.Null(new CaseStore(connection, engine).Load("XK-2"));
    }

    [Fact]
    public void An_unknown_check_name_is_an_argument_error_that_lists_the_checks()
    {
        using var database = new SqliteDatabase(CaseStore.Schema);

        var error = Assert.Throws<ArgumentException>(() => new CaseStoreContractAdapter(database.Open).Run("no-such-check"));

        Assert.Contains("concurrent-writers", error.Message, StringComparison.Ordinal);
    }
}
