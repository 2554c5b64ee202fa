using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using PowerGovernance.Procedures;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// Runs the case store contract on <see cref="EntityFrameworkCaseStore"/>: one context per call (two writers race for real), and
/// the insider's writes made on the rows directly, bypassing the store.
/// </summary>
public sealed class EntityFrameworkContractAdapter(StoreDatabase database) : CaseStoreContract
{
    protected override bool Save(CaseResult result)
    {
        using var context = database.NewContext();
        var saved = new EntityFrameworkCaseStore(context, Engine).Save(result);
        return saved.Status switch
        {
            CaseSaveStatus.Saved => true,
            CaseSaveStatus.StaleVersion or CaseSaveStatus.AlreadyExists => false,
            _ => throw new InvalidOperationException(saved.Message),
        };
    }

    protected override (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId)
    {
        using var context = database.NewContext();
        return new EntityFrameworkCaseStore(context, Engine).Load(caseId) is ({ } snapshot, var events) ? (snapshot, events) : null;
    }

    protected override void OverwriteSnapshot(CaseSnapshot snapshot)
    {
        using var context = database.NewContext();
        var row = EventRows.ToRow(snapshot);
        var updated = context.Set<CaseRow>().Where(c => c.CaseId == snapshot.CaseId).ExecuteUpdate(s => s
            .SetProperty(c => c.Version, row.Version)
            .SetProperty(c => c.Step, row.Step)
            .SetProperty(c => c.IsOpen, row.IsOpen)
            .SetProperty(c => c.AuditHead, row.AuditHead)
            .SetProperty(c => c.Snapshot, row.Snapshot));
        if (updated != 1)
        {
            throw new InvalidOperationException("No row of case " + snapshot.CaseId + " to overwrite.");
        }
    }

    protected override void OverwriteEvent(CaseEvent caseEvent)
    {
        using var context = database.NewContext();
        var row = EventRows.ToRow(caseEvent);
        var updated = context.Set<CaseEventRow>().Where(e => e.CaseId == row.CaseId && e.Sequence == row.Sequence).ExecuteUpdate(s => s
            .SetProperty(e => e.Trigger, row.Trigger)
            .SetProperty(e => e.FromStep, row.FromStep)
            .SetProperty(e => e.ToStep, row.ToStep)
            .SetProperty(e => e.Actor, row.Actor)
            .SetProperty(e => e.Post, row.Post)
            .SetProperty(e => e.At, row.At)
            .SetProperty(e => e.Reason, row.Reason)
            .SetProperty(e => e.Arguments, row.Arguments)
            .SetProperty(e => e.PreviousHash, row.PreviousHash)
            .SetProperty(e => e.Hash, row.Hash)
            .SetProperty(e => e.CalendarId, row.CalendarId)
            .SetProperty(e => e.CalendarHash, row.CalendarHash));
        if (updated != 1)
        {
            throw new InvalidOperationException("No event " + caseEvent.Sequence + " of case " + caseEvent.CaseId + " to overwrite.");
        }
    }

    protected override void InsertEvent(CaseEvent caseEvent)
    {
        using var context = database.NewContext();
        context.Add(EventRows.ToRow(caseEvent));
        context.SaveChanges();
    }
}
