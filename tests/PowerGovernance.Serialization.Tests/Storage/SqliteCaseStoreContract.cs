using System;
using System.Collections.Generic;
using System.Data;
using PowerGovernance.Procedures;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.Serialization.Tests.Storage;

/// <summary>
/// The case store contract run on the <see cref="CaseStore"/> of docs/storage.md over SQLite: each save and load opens its
/// own connection, as a web request would; the insider's writes go straight to the tables.
/// </summary>
internal sealed class SqliteCaseStoreContract : CaseStoreContract, IDisposable
{
    private readonly SqliteDatabase database = new(CaseStore.Schema);

    public void Dispose() => database.Dispose();

    protected override bool Save(CaseResult result)
    {
        using var connection = database.Open();
        try
        {
            new CaseStore(connection).Save(result);
            return true;
        }
        catch (DBConcurrencyException)
        {
            return false;
        }
    }

    protected override (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId)
    {
        using var connection = database.Open();
        return new CaseStore(connection).Load(caseId);
    }

    protected override void OverwriteSnapshot(CaseSnapshot snapshot)
    {
        using var connection = database.Open();
        EventRows.OverwriteSnapshot(connection, snapshot);
    }

    protected override void OverwriteEvent(CaseEvent caseEvent)
    {
        using var connection = database.Open();
        EventRows.Update(connection, caseEvent);
    }

    protected override void InsertEvent(CaseEvent caseEvent)
    {
        using var connection = database.Open();
        EventRows.Insert(connection, null, caseEvent);
    }
}
