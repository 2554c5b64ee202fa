using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using static PowerGovernance.Testing.Storage.ContractSetup;

namespace PowerGovernance.Testing.Storage;

/// <content>The checks of saving and loading, and of optimistic concurrency.</content>
public abstract partial class CaseStoreContract
{
    private void RoundTrip()
    {
        const string check = "round-trip";
        var id = NewCaseId();
        var started = StartCase(id, At(0));
        SaveWins(check, started, "the start");
        ExpectStored(check, id, started.Snapshot, started.Events, "after the start");

        var accepted = Fire(check, LoadGenuine(check, id, "after the start").Snapshot, AdministrativeLicensing.Triggers.Accept, Clerk, At(1));
        SaveWins(check, accepted, "the acceptance");
        ExpectStored(check, id, accepted.Snapshot, [.. started.Events, .. accepted.Events], "after the acceptance");

        var extended = Fire(check, LoadGenuine(check, id, "after the acceptance").Snapshot, AdministrativeLicensing.Triggers.Extend, Head, At(3), ExtensionReason);
        SaveWins(check, extended, "the extension");
        ExpectStored(check, id, extended.Snapshot, [.. started.Events, .. accepted.Events, .. extended.Events], "after the extension");
    }

    private void StaleWriterLoses()
    {
        const string check = "stale-writer-loses";
        var id = NewCaseId();
        var started = StartCase(id, At(0));
        SaveWins(check, started, "the start");
        var loaded = LoadGenuine(check, id, "after the start").Snapshot;
        var winner = Fire(check, loaded, AdministrativeLicensing.Triggers.Accept, Clerk, At(1));
        var loser = Fire(check, loaded, AdministrativeLicensing.Triggers.Accept, OtherClerk, At(1, 30));
        SaveWins(check, winner, "the winner");

        if (TrySave(check, loser, "the loser"))
        {
            throw new CaseStoreContractException(
                check,
                $"a save computed from version 1 of case '{id}' won although the stored case was already at version 2: the update does not check the version it replaces (UPDATE … WHERE version = @expected).",
                $"基于办件“{id}”第1版计算的保存在存储已为第2版时仍然成功：更新未检查被替换的版本（UPDATE … WHERE version = @expected）。");
        }

        ExpectStored(check, id, winner.Snapshot, [.. started.Events, .. winner.Events], "after the stale save");

        if (TrySave(check, StartCase(id, At(0, 5)), "a second start"))
        {
            throw new CaseStoreContractException(
                check,
                $"a second start of case '{id}' was saved over the existing case: inserting a new case must fail when the id exists.",
                $"办件“{id}”的第二次启动覆盖了已有办件：办件编号已存在时，新建办件应失败。");
        }

        ExpectStored(check, id, winner.Snapshot, [.. started.Events, .. winner.Events], "after the second start");
    }

    private void ConcurrentWriters()
    {
        const string check = "concurrent-writers";
        for (var round = 1; round <= ConcurrentRounds; round++)
        {
            var id = NewCaseId();
            var started = StartCase(id, At(0));
            SaveWins(check, started, "the start");
            var loaded = LoadGenuine(check, id, "after the start").Snapshot;
            var writers = new[] { Clerk, OtherClerk };
            var results = new FireResult?[2];
            var won = new bool?[2];
            var errors = new Exception?[2];
            using var barrier = new Barrier(2);
            var threads = new Thread[2];
            for (var i = 0; i < 2; i++)
            {
                var writer = i;
                threads[i] = new Thread(() =>
                {
                    try
                    {
                        barrier.SignalAndWait(SaveTimeout);
                        var result = Fire(check, loaded, AdministrativeLicensing.Triggers.Accept, writers[writer], At(1, writer * 30));
                        results[writer] = result;
                        won[writer] = TrySave(check, result, writer == 0 ? "the first writer's acceptance" : "the second writer's acceptance");
                    }
                    catch (Exception e)
                    {
                        errors[writer] = e;
                    }
                })
                { IsBackground = true, Name = "case store contract writer " + (i + 1).ToString(CultureInfo.InvariantCulture) };
                threads[i].Start();
            }

            foreach (var thread in threads)
            {
                if (!thread.Join(SaveTimeout))
                {
                    throw new CaseStoreContractException(
                        check,
                        $"round {round}: a writer's save of case '{id}' did not return within {SaveTimeout.TotalSeconds} s (a deadlock, or a lock never released).",
                        $"第{round}轮：办件“{id}”的一个写入者在{SaveTimeout.TotalSeconds}秒内未完成保存（死锁或锁未释放）。");
                }
            }

            if (Array.Find(errors, e => e is not null) is { } error)
            {
                throw error as CaseStoreContractException ?? new CaseStoreContractException(check, $"round {round}: a writer failed.", $"第{round}轮：一个写入者失败。", error);
            }

            if (won[0] == won[1])
            {
                throw new CaseStoreContractException(
                    check,
                    won[0] == true
                        ? $"round {round}: both writers' saves of case '{id}' won, both computed from version 1: the update does not check the version it replaces (UPDATE … WHERE version = @expected), and the chain forks."
                        : $"round {round}: neither writer's save of case '{id}' won; exactly one of two concurrent writers must win.",
                    won[0] == true
                        ? $"第{round}轮：办件“{id}”的两个写入者均基于第1版保存成功：更新未检查被替换的版本（UPDATE … WHERE version = @expected），记录链分叉。"
                        : $"第{round}轮：办件“{id}”的两个写入者均未保存成功；两个并发写入者中应恰有一个成功。");
            }

            var winner = won[0] == true ? results[0]! : results[1]!;
            ExpectStored(check, id, winner.Snapshot, [.. started.Events, .. winner.Events], "after two concurrent saves");
        }
    }

    private void ForkedChain()
    {
        const string check = "forked-chain";
        var (id, _, _, loser) = Race(check);
        InsiderWrite(check, () => OverwriteSnapshot(loser.Snapshot), "the loser's snapshot written over the row");
        try
        {
            InsertEvent(loser.Events[0]);
        }
        catch (Exception e) when (e is not (NullReferenceException or IndexOutOfRangeException or InvalidCastException or OverflowException))
        {
            // The store's own constraints refused the second event of that sequence: a good defence, but the row was still written.
            // A crash of the adapter itself is not swallowed: it fails the check.
        }

        ExpectRefused(check, id, "the losing writer's snapshot and event were written directly (a forked chain)", "将失败写入者的快照和事件直接写入（记录链分叉）");
    }

    private void UnsavedSnapshotWritten()
    {
        const string check = "unsaved-snapshot-written";
        var (id, _, _, loser) = Race(check);
        InsiderWrite(check, () => OverwriteSnapshot(loser.Snapshot), "a sealed snapshot of an unsaved transition written over the row");
        ExpectRefused(check, id, "a snapshot sealed by the engine for a transition never saved was written over the row, without its event", "将引擎为未保存的办理动作封印的快照（无相应事件）直接覆盖存储");
    }

    /// <summary>A case whose acceptance by <see cref="ContractSetup.Clerk"/> was saved, and the losing acceptance computed from the same snapshot.</summary>
    private (string Id, StartResult Started, FireResult Winner, FireResult Loser) Race(string check)
    {
        var id = NewCaseId();
        var started = StartCase(id, At(0));
        SaveWins(check, started, "the start");
        var loaded = LoadGenuine(check, id, "after the start").Snapshot;
        var winner = Fire(check, loaded, AdministrativeLicensing.Triggers.Accept, Clerk, At(1));
        var loser = Fire(check, loaded, AdministrativeLicensing.Triggers.Accept, OtherClerk, At(1, 30));
        SaveWins(check, winner, "the winner");
        ExpectStored(check, id, winner.Snapshot, [.. started.Events, .. winner.Events], "after the acceptance");
        return (id, started, winner, loser);
    }
}
