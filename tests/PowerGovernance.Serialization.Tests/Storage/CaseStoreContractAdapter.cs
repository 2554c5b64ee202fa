using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using NodaTime.Text;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;
using PowerGovernance.Testing.Storage;

/// <summary>Runs the case store contract on <see cref="CaseStore"/>; <paramref name="open"/> opens a new connection to an empty database with the schema.</summary>
public sealed class CaseStoreContractAdapter(Func<DbConnection> open) : CaseStoreContract
{
    protected override bool Save(CaseResult result)
    {
        using var connection = open();                                  // one connection per call: two writers race for real
        try
        {
            new CaseStore(connection, Engine).Save(result);
            return true;
        }
        catch (DBConcurrencyException)
        {
            return false;
        }
    }

    protected override (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId)
    {
        using var connection = open();
        return new CaseStore(connection, Engine).Load(caseId);
    }

    protected override void OverwriteSnapshot(CaseSnapshot snapshot) => Execute(
        "UPDATE cases SET version = @version, step = @step, audit_head = @head, snapshot = @snapshot WHERE case_id = @id",
        ("@id", snapshot.CaseId), ("@version", snapshot.Version), ("@step", snapshot.Step), ("@head", snapshot.AuditHead), ("@snapshot", CaseJson.Serialize(snapshot)));

    protected override void OverwriteEvent(CaseEvent caseEvent) => Execute(
        "UPDATE case_events SET actor = @actor, post = @post, at = @at, reason = @reason, arguments = @arguments, previous_hash = @previous, hash = @hash WHERE case_id = @id AND sequence = @sequence",
        Columns(caseEvent));

    protected override void InsertEvent(CaseEvent caseEvent) => Execute(
        "INSERT INTO case_events (case_id, sequence, trigger_name, from_step, to_step, actor, post, at, reason, arguments, previous_hash, hash, calendar_id, calendar_hash) VALUES (@id, @sequence, @trigger, @from, @to, @actor, @post, @at, @reason, @arguments, @previous, @hash, @calendarId, @calendarHash)",
        Columns(caseEvent));

    private static (string, object?)[] Columns(CaseEvent e) =>
    [
        ("@id", e.CaseId), ("@sequence", e.Sequence), ("@trigger", e.Trigger), ("@from", e.From), ("@to", e.To), ("@actor", e.Actor),
        ("@post", e.Post), ("@at", InstantPattern.ExtendedIso.Format(e.At)), ("@reason", e.Reason), ("@arguments", JsonSerializer.Serialize(e.Arguments)),
        ("@previous", e.PreviousHash), ("@hash", e.Hash), ("@calendarId", e.Calendar?.Id), ("@calendarHash", e.Calendar?.ContentHash),
    ];

    private void Execute(string sql, params (string Name, object? Value)[] values)
    {
        using var connection = open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }
}
