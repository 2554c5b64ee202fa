using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>The store's own behaviour beyond the contract kit, run on each provider by the classes below.</summary>
public abstract class StoreBehaviourTests(StoreDatabase database) : IDisposable
{
    protected StoreDatabase Database { get; } = database;

    [Fact]
    public async Task Two_concurrent_writers_on_one_case_exactly_one_wins_and_the_loser_gets_a_typed_stale_version()
    {
        // Both writers load version 1 (after the start) and fire on it: one accepts, one refuses to accept. Whichever commits
        // first moves the row to version 2; the other's UPDATE … WHERE version = 1 then touches no row.
        SaveNew("ef-race-1");
        var first = Load("ef-race-1").Snapshot;
        var second = Load("ef-race-1").Snapshot;
        var accept = StoreCases.Accept(first, StoreCases.Clerk, 1);
        var refuse = StoreCases.NotAccept(second, StoreCases.OtherClerk, 2);
        using var gate = new Barrier(2);

        var outcomes = await Task.WhenAll(
            Task.Run(() => SaveOnItsOwnContext(accept, gate)),
            Task.Run(() => SaveOnItsOwnContext(refuse, gate)));

        Assert.Single(outcomes, o => o.Status == CaseSaveStatus.Saved);
        var lost = Assert.Single(outcomes, o => o.Status == CaseSaveStatus.StaleVersion);
        Assert.Equal(1, lost.ExpectedVersion);
        Assert.False(lost.IsSaved);
        Assert.Contains("no longer at version 1", lost.Message, StringComparison.Ordinal);
        Assert.Contains("已不是版本1", lost.ChineseMessage, StringComparison.Ordinal);
        var stored = Load("ef-race-1");
        Assert.Equal(2, stored.Snapshot.Version);
        Assert.Equal(2, stored.Events.Count);
        var winner = outcomes[0].IsSaved ? accept : refuse;
        Assert.Equal(winner.Snapshot, stored.Snapshot);
    }

    [Fact]
    public void A_second_start_with_the_same_id_is_already_exists_and_a_refused_result_is_not_stored()
    {
        SaveNew("ef-twice-1");
        using var context = Database.NewContext();
        var store = new EntityFrameworkCaseStore(context, StoreCases.Engine);

        Assert.Equal(CaseSaveStatus.AlreadyExists, store.Save(StoreCases.Start("ef-twice-1")).Status);

        // Accept needs the receipt step; after a refusal to accept, the case is closed and the engine refuses a second one.
        var closed = StoreCases.NotAccept(Load("ef-twice-1").Snapshot, StoreCases.Clerk, 1);
        Assert.True(store.Save(closed).IsSaved);
        var refused = StoreCases.Accept(closed.Snapshot, StoreCases.Clerk, 2);
        Assert.False(refused.IsAccepted);
        Assert.Equal(CaseSaveStatus.NotAccepted, store.Save(refused).Status);
        Assert.Equal(2, Load("ef-twice-1").Snapshot.Version);
    }

    [Fact]
    public void A_snapshot_row_edited_in_the_database_is_refused_on_load_and_the_row_is_left_as_evidence()
    {
        // The seal covers every member of the snapshot: a row moved to the review step without an accept event no longer
        // matches its seal, and the history (one start event) replays to the receipt step, not review.
        SaveNew("ef-tamper-1");
        var edited = Load("ef-tamper-1").Snapshot with { Step = AdministrativeLicensing.Steps.Review };
        using (var context = Database.NewContext())
        {
            context.Set<CaseRow>().Where(c => c.CaseId == "ef-tamper-1")
                .ExecuteUpdate(s => s.SetProperty(c => c.Step, edited.Step).SetProperty(c => c.Snapshot, Serialization.CaseJson.Serialize(edited)));
        }

        var refused = Assert.Throws<CaseNotVerifiedException>(() => Load("ef-tamper-1"));

        Assert.Equal("ef-tamper-1", refused.CaseId);
        Assert.Contains(refused.Verification.Findings, f => f.Code == SnapshotRuleCodes.SealMismatch);
        Assert.Contains("does not verify", refused.Message, StringComparison.Ordinal);
        Assert.Contains("核验未通过", refused.Message, StringComparison.Ordinal);
        using var after = Database.NewContext();
        Assert.Equal(AdministrativeLicensing.Steps.Review, after.Set<CaseRow>().Single(c => c.CaseId == "ef-tamper-1").Step);
    }

    [Fact]
    public void An_event_row_edited_in_the_database_breaks_the_chain_at_that_event()
    {
        // Event 1's hash covers its actor; with the actor changed and the hash left alone, recomputing event 1 gives another
        // hash, so the chain breaks at position 0.
        SaveNew("ef-tamper-2");
        using (var context = Database.NewContext())
        {
            context.Set<CaseEventRow>().Where(e => e.CaseId == "ef-tamper-2" && e.Sequence == 1)
                .ExecuteUpdate(s => s.SetProperty(e => e.Actor, StoreCases.OtherClerk.Name));
        }

        var refused = Assert.Throws<CaseNotVerifiedException>(() => Load("ef-tamper-2"));

        Assert.Contains(refused.Verification.Findings, f => f.Code == HistoryRuleCodes.ChainBroken);
        Assert.Equal(0, refused.Verification.FirstBrokenEvent);
    }

    [Fact]
    public async Task Paging_returns_every_open_case_once_in_case_id_order_and_skips_closed_ones()
    {
        // 27 cases pg-00 … pg-26; every fourth (00, 04, …, 24: 7 cases) is refused acceptance and closed, leaving 20 open.
        // Pages of 6: [01 02 03 05 06 07] [09 10 11 13 14 15] [17 18 19 21 22 23] [25 26]; each full page's Next is its last id,
        // and the fourth holds fewer than 6 rows, so its Next is null.
        var open = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            var id = "pg-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            var start = SaveNew(id);
            if (i % 4 == 0)
            {
                SaveOnItsOwnContext(StoreCases.NotAccept(start.Snapshot, StoreCases.Clerk, 1), null);
            }
            else
            {
                open.Add(id);
            }
        }

        using var context = Database.NewContext();
        var pages = new List<OpenCasePage>();
        await foreach (var page in new EntityFrameworkCaseStore(context, StoreCases.Engine).OpenCasePagesAsync(6))
        {
            pages.Add(page);
        }

        Assert.Equal([6, 6, 6, 2], pages.Select(p => p.Cases.Count));
        Assert.Equal(["pg-07", "pg-15", "pg-23", null], pages.Select(p => p.Next));
        Assert.Equal(open, pages.SelectMany(p => p.Cases).Select(c => c.CaseId));
        Assert.All(pages, p => Assert.Empty(p.Refused));
    }

    [Fact]
    public async Task A_full_last_page_is_followed_by_an_empty_one_and_a_tampered_open_case_is_refused_not_handed_on()
    {
        // Four open cases, pages of 2: two full pages (Next = "fp-1", then "fp-3"), then an empty page with Next null.
        // fp-2's event is edited, so it comes in page 2's Refused, not in its Cases.
        for (var i = 0; i < 4; i++)
        {
            SaveNew("fp-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        using (var edit = Database.NewContext())
        {
            edit.Set<CaseEventRow>().Where(e => e.CaseId == "fp-2").ExecuteUpdate(s => s.SetProperty(e => e.Reason, "补记"));
        }

        using var context = Database.NewContext();
        var store = new EntityFrameworkCaseStore(context, StoreCases.Engine);
        var first = await store.OpenCasesAsync(2);
        var second = await store.OpenCasesAsync(2, first.Next);
        var third = await store.OpenCasesAsync(2, second.Next);

        Assert.Equal(["fp-0", "fp-1"], first.Cases.Select(c => c.CaseId));
        Assert.Equal("fp-1", first.Next);
        Assert.Equal(["fp-3"], second.Cases.Select(c => c.CaseId));
        var refused = Assert.Single(second.Refused);
        Assert.Equal("fp-2", refused.CaseId);
        Assert.Contains(refused.Verification!.Findings, f => f.Code == HistoryRuleCodes.ChainBroken);
        Assert.Equal("fp-3", second.Next);
        Assert.Empty(third.Cases);
        Assert.Null(third.Next);
        Assert.Throws<ArgumentOutOfRangeException>(() => store.OpenCasePagesAsync(0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.OpenCasesAsync(EntityFrameworkCaseStore.MaxPageSize + 1));
    }

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }

    protected StartResult SaveNew(string caseId)
    {
        var started = StoreCases.Start(caseId);
        Assert.True(started.IsAccepted, started.Message);
        Assert.True(SaveOnItsOwnContext(started, null).IsSaved);
        return started;
    }

    protected StoredCase Load(string caseId)
    {
        using var context = Database.NewContext();
        return new EntityFrameworkCaseStore(context, StoreCases.Engine).Load(caseId) ?? throw new InvalidOperationException("No case " + caseId);
    }

    private CaseSaveResult SaveOnItsOwnContext(CaseResult result, Barrier? gate)
    {
        using var context = Database.NewContext();
        var store = new EntityFrameworkCaseStore(context, StoreCases.Engine);
        context.Database.OpenConnection();
        gate?.SignalAndWait();
        return store.SaveAsync(result).GetAwaiter().GetResult();
    }
}

public sealed class SqliteStoreBehaviourTests() : StoreBehaviourTests(new SqliteStoreDatabase());

[Trait("Category", "PostgreSQL")]
public sealed class PostgresStoreBehaviourTests() : StoreBehaviourTests(new PostgresStoreDatabase());
