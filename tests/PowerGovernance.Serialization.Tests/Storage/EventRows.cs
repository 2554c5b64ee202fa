using System;
using System.Data.Common;
using System.Text.Json;
using NodaTime.Text;
using PowerGovernance.Procedures;

namespace PowerGovernance.Serialization.Tests.Storage;

/// <summary>Writes rows of the <c>case_events</c> and <c>cases</c> tables (the columns of <see cref="CaseStore.Schema"/>) directly: the naive store's saves and its insider writes.</summary>
internal static class EventRows
{
    private const string Columns = "case_id, sequence, trigger_name, from_step, to_step, actor, post, at, reason, arguments, previous_hash, hash, calendar_id, calendar_hash";

    internal static void Insert(DbConnection connection, DbTransaction? transaction, CaseEvent e) =>
        Execute(connection, transaction, $"INSERT INTO case_events ({Columns}) VALUES (@id, @sequence, @trigger, @from, @to, @actor, @post, @at, @reason, @arguments, @previous, @hash, @calendarId, @calendarHash)", e);

    internal static void Update(DbConnection connection, CaseEvent e) =>
        Execute(connection, null, "UPDATE case_events SET trigger_name = @trigger, from_step = @from, to_step = @to, actor = @actor, post = @post, at = @at, reason = @reason, arguments = @arguments, previous_hash = @previous, hash = @hash, calendar_id = @calendarId, calendar_hash = @calendarHash WHERE case_id = @id AND sequence = @sequence", e, expectOne: true);

    /// <summary>Replaces every column of the case's row with <paramref name="snapshot"/>, with no version check.</summary>
    internal static void OverwriteSnapshot(DbConnection connection, CaseSnapshot snapshot)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE cases SET version = @version, step = @step, audit_head = @head, snapshot = @snapshot WHERE case_id = @id";
        Add(command, "@id", snapshot.CaseId);
        Add(command, "@version", snapshot.Version);
        Add(command, "@step", snapshot.Step);
        Add(command, "@head", snapshot.AuditHead);
        Add(command, "@snapshot", CaseJson.Serialize(snapshot));
        if (command.ExecuteNonQuery() != 1)
        {
            throw new InvalidOperationException("No row of case " + snapshot.CaseId + " to overwrite.");
        }
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql, CaseEvent e, bool expectOne = false)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, "@id", e.CaseId);
        Add(command, "@sequence", e.Sequence);
        Add(command, "@trigger", e.Trigger);
        Add(command, "@from", e.From);
        Add(command, "@to", e.To);
        Add(command, "@actor", e.Actor);
        Add(command, "@post", e.Post);
        Add(command, "@at", InstantPattern.ExtendedIso.Format(e.At));
        Add(command, "@reason", e.Reason);
        Add(command, "@arguments", JsonSerializer.Serialize(e.Arguments));
        Add(command, "@previous", e.PreviousHash);
        Add(command, "@hash", e.Hash);
        Add(command, "@calendarId", e.Calendar?.Id);
        Add(command, "@calendarHash", e.Calendar?.ContentHash);
        if (command.ExecuteNonQuery() != 1 && expectOne)
        {
            throw new InvalidOperationException("No event " + e.Sequence + " of case " + e.CaseId + " to overwrite.");
        }
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
