using System;
using System.Collections.Generic;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using static PowerGovernance.Testing.Storage.ContractSetup;

namespace PowerGovernance.Testing.Storage;

/// <content>The checks of rows an insider edited or slipped in: each must be refused on load.</content>
public abstract partial class CaseStoreContract
{
    private void SnapshotEdited(string check, Func<CaseSnapshot, CaseSnapshot> edit)
    {
        var (id, snapshot, _) = ExtendedCase(check);
        var edited = edit(snapshot);
        if (edited == snapshot)
        {
            throw new InvalidOperationException("The case store contract's edit '" + check + "' changed nothing.");
        }

        InsiderWrite(check, () => OverwriteSnapshot(edited), "an edited snapshot written over the row");
        ExpectRefused(check, id, "the snapshot row was edited (" + check + ")", "快照存储被修改（" + check + "）");
    }

    private void EventEdited(string check, int index, Func<CaseEvent, CaseEvent> edit)
    {
        var (id, _, events) = ExtendedCase(check);
        var edited = edit(events[index]);
        if (edited == events[index])
        {
            throw new InvalidOperationException("The case store contract's edit '" + check + "' changed nothing.");
        }

        var rehashed = edited with { Hash = AuditChain.ComputeHash(edited, Engine.Digest) };
        InsiderWrite(check, () => OverwriteEvent(rehashed), "an edited event written over its row");
        ExpectRefused(check, id, "an event row was edited and its hash recomputed (" + check + ")", "事件记录被修改并重新计算哈希（" + check + "）");
    }

    private void EventAppended()
    {
        const string check = "event-appended";
        var (id, snapshot, _) = ExtendedCase(check);
        var withdrawn = Fire(check, snapshot, AdministrativeLicensing.Triggers.Withdraw, Clerk, At(4));
        InsiderWrite(check, () => InsertEvent(withdrawn.Events[0]), "a genuine next event inserted beside Save");
        ExpectRefused(check, id, "an event row was inserted beside Save, the snapshot left as it was", "绕过保存插入事件记录而快照未变");
    }

    /// <summary>A case started, accepted and extended (with a reason), each step saved, loaded back as stored.</summary>
    private (string Id, CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events) ExtendedCase(string check)
    {
        var id = NewCaseId();
        var started = StartCase(id, At(0));
        SaveWins(check, started, "the start");
        var accepted = Fire(check, LoadGenuine(check, id, "after the start").Snapshot, AdministrativeLicensing.Triggers.Accept, Clerk, At(1));
        SaveWins(check, accepted, "the acceptance");
        var extended = Fire(check, LoadGenuine(check, id, "after the acceptance").Snapshot, AdministrativeLicensing.Triggers.Extend, Head, At(3), ExtensionReason);
        SaveWins(check, extended, "the extension");
        var events = new List<CaseEvent>([.. started.Events, .. accepted.Events, .. extended.Events]);
        ExpectStored(check, id, extended.Snapshot, events, "after the extension");
        var loaded = LoadGenuine(check, id, "after the extension");
        return (id, loaded.Snapshot, loaded.Events);
    }
}
