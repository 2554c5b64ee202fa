using System.Collections.Generic;
using System.Data.Common;
using System.Text.Json;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Testing.Storage;

namespace PowerGovernance.Serialization.Tests.Storage;

/// <summary>
/// The negative control: a store as too many are written, on SQLite, run through the case store contract. It saves without
/// the version check (<c>UPDATE … WHERE case_id = @id</c> only, no key on the events) and loads whatever the rows hold,
/// unverified. The contract's concurrency and tamper checks must fail on it, which shows that they can fail.
/// </summary>
internal sealed class NaiveCaseStoreContract : CaseStoreContract, System.IDisposable
{
    private const string Schema = """
        CREATE TABLE cases (case_id VARCHAR(64) NOT NULL PRIMARY KEY, version BIGINT NOT NULL, step VARCHAR(64) NOT NULL, audit_head CHAR(64) NOT NULL, snapshot TEXT NOT NULL);
        CREATE TABLE case_events (case_id VARCHAR(64) NOT NULL, sequence BIGINT NOT NULL, trigger_name VARCHAR(64) NOT NULL, from_step VARCHAR(64) NOT NULL, to_step VARCHAR(64) NOT NULL,
            actor VARCHAR(128) NOT NULL, post VARCHAR(128) NOT NULL, at VARCHAR(40) NOT NULL, reason TEXT NULL, arguments TEXT NOT NULL, previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL,
            calendar_id VARCHAR(64) NULL, calendar_hash CHAR(64) NULL);
        """;

    private readonly SqliteDatabase database = new(Schema);

    public void Dispose() => database.Dispose();

    protected override bool Save(CaseResult result)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var snapshot = result.Snapshot;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = snapshot.Version == result.Events.Count
                ? "INSERT INTO cases (case_id, version, step, audit_head, snapshot) VALUES (@id, @version, @step, @head, @snapshot)"
                : "UPDATE cases SET version = @version, step = @step, audit_head = @head, snapshot = @snapshot WHERE case_id = @id";
            command.Parameters.AddWithValue("@id", snapshot.CaseId);
            command.Parameters.AddWithValue("@version", snapshot.Version);
            command.Parameters.AddWithValue("@step", snapshot.Step);
            command.Parameters.AddWithValue("@head", snapshot.AuditHead);
            command.Parameters.AddWithValue("@snapshot", CaseJson.Serialize(snapshot));
            try
            {
                command.ExecuteNonQuery();
            }
            catch (DbException)
            {
                return false; // the case already exists
            }
        }

        foreach (var e in result.Events)
        {
            EventRows.Insert(connection, transaction, e);
        }

        transaction.Commit();
        return true;
    }

    protected override (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT snapshot FROM cases WHERE case_id = @id";
        command.Parameters.AddWithValue("@id", caseId);
        if (command.ExecuteScalar() is not string json)
        {
            return null;
        }

        var events = new List<CaseEvent>();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT sequence, trigger_name, from_step, to_step, actor, post, at, reason, arguments, previous_hash, hash, calendar_id, calendar_hash FROM case_events WHERE case_id = @id ORDER BY sequence";
        select.Parameters.AddWithValue("@id", caseId);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            events.Add(new CaseEvent(
                caseId, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                InstantPattern.ExtendedIso.Parse(reader.GetString(6)).Value, reader.IsDBNull(7) ? null : reader.GetString(7),
                JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(reader.GetString(8))!, reader.GetString(9), reader.GetString(10),
                reader.IsDBNull(11) ? null : new CalendarIdentity(reader.GetString(11), reader.GetString(12))));
        }

        return (CaseJson.DeserializeSnapshot(json), events); // no verification: what the contract must catch
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
