using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;


/// <summary>
/// Stores case snapshots and their audit chains with plain ADO.NET (any DbConnection), and loads a case only after
/// <paramref name="engine"/> verified it against its history.
/// </summary>
/// <param name="connection">An open connection; one per request.</param>
/// <param name="engine">The engine the cases were made with (the same procedures, catalog and seal).</param>
/// <param name="certificates">The enforcement certificates the host registered, if its cases have enforcement acts.</param>
public sealed class CaseStore(DbConnection connection, ProcedureEngine engine, EnforcementCertificateRegistry? certificates = null)
{
    public const string Schema = """
        CREATE TABLE cases (
            case_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
            version       BIGINT       NOT NULL,          -- CaseSnapshot.Version: the concurrency token
            step          VARCHAR(64)  NOT NULL,          -- for queries (the board, a clerk's in-tray)
            audit_head    CHAR(64)     NOT NULL,          -- CaseSnapshot.AuditHead
            snapshot      TEXT         NOT NULL           -- the whole CaseSnapshot as JSON
        );
        CREATE TABLE case_events (
            case_id       VARCHAR(64)  NOT NULL,
            sequence      BIGINT       NOT NULL,
            trigger_name  VARCHAR(64)  NOT NULL,
            from_step     VARCHAR(64)  NOT NULL,
            to_step       VARCHAR(64)  NOT NULL,
            actor         VARCHAR(128) NOT NULL,
            post          VARCHAR(128) NOT NULL,
            at            VARCHAR(40)  NOT NULL,          -- ISO instant, nanoseconds kept (the hash covers them)
            reason        TEXT         NULL,
            arguments     TEXT         NOT NULL,          -- JSON array of {"Key":…,"Value":…}, in order
            previous_hash CHAR(64)     NOT NULL,
            hash          CHAR(64)     NOT NULL,
            calendar_id   VARCHAR(64)  NULL,              -- the calendar the deadlines were computed on (the hash covers it)
            calendar_hash CHAR(64)     NULL,
            PRIMARY KEY (case_id, sequence)               -- append-only: grant INSERT and SELECT only
        );
        """;

    /// <summary>
    /// Saves an accepted <see cref="CaseResult"/> (a StartResult or a FireResult) in one transaction: the case row only if it
    /// still has the version the caller read, and the new events appended.
    /// </summary>
    /// <exception cref="DBConcurrencyException">Someone else changed the case first: reload and fire again.</exception>
    public void Save(CaseResult result)
    {
        if (!result.IsAccepted)
        {
            throw new ArgumentException("Only accepted results are stored (a refused one carries the unchanged snapshot).", nameof(result));
        }

        var snapshot = result.Snapshot;
        var expected = snapshot.Version - result.Events.Count;     // the version the engine was given (0 for a new case)
        using var tx = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = expected == 0
                ? "INSERT INTO cases (case_id, version, step, audit_head, snapshot) VALUES (@id, @version, @step, @head, @snapshot)"
                : "UPDATE cases SET version = @version, step = @step, audit_head = @head, snapshot = @snapshot WHERE case_id = @id AND version = @expected";
            Add(command, "@id", snapshot.CaseId);
            Add(command, "@version", snapshot.Version);
            Add(command, "@step", snapshot.Step);
            Add(command, "@head", snapshot.AuditHead);
            Add(command, "@snapshot", CaseJson.Serialize(snapshot));
            if (expected != 0)
            {
                Add(command, "@expected", expected);
            }

            try
            {
                if (command.ExecuteNonQuery() != 1)
                {
                    throw new DBConcurrencyException($"Case {snapshot.CaseId} is no longer at version {expected}.");
                }
            }
            catch (DbException e) when (expected == 0)
            {
                throw new DBConcurrencyException($"Case {snapshot.CaseId} already exists.", e);   // primary key violation
            }
        }

        foreach (var e in result.Events)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = """
                INSERT INTO case_events (case_id, sequence, trigger_name, from_step, to_step, actor, post, at, reason, arguments, previous_hash, hash, calendar_id, calendar_hash)
                VALUES (@id, @sequence, @trigger, @from, @to, @actor, @post, @at, @reason, @arguments, @previous, @hash, @calendarId, @calendarHash)
                """;
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
            command.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <summary>
    /// Loads a case and its events, verified: the snapshot's seal, the hash chain up to its head, every event a permitted
    /// transition of the recorded definition version, and the replayed snapshot equal to the stored one.
    /// </summary>
    /// <exception cref="CaseNotVerifiedException">The stored case does not verify: it is not handed out.</exception>
    /// <exception cref="JsonException">The snapshot column is not a whole snapshot (the message names the member).</exception>
    public (CaseSnapshot Snapshot, IReadOnlyList<CaseEvent> Events)? Load(string caseId)
    {
        CaseSnapshot snapshot;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT snapshot FROM cases WHERE case_id = @id";
            Add(command, "@id", caseId);
            if (command.ExecuteScalar() is not string json)
            {
                return null;
            }

            snapshot = CaseJson.DeserializeSnapshot(json);             // JsonException, naming the member, if the row is not a whole snapshot
        }

        var events = new List<CaseEvent>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT sequence, trigger_name, from_step, to_step, actor, post, at, reason, arguments, previous_hash, hash, calendar_id, calendar_hash
                FROM case_events WHERE case_id = @id ORDER BY sequence
                """;
            Add(command, "@id", caseId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                events.Add(new CaseEvent(
                    caseId,
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5),
                    InstantPattern.ExtendedIso.Parse(reader.GetString(6)).Value,
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(reader.GetString(8))
                        ?? throw new JsonException($"Case {caseId}: an event's arguments column is null."),
                    reader.GetString(9),
                    reader.GetString(10),
                    reader.IsDBNull(11) ? null : new CalendarIdentity(reader.GetString(11), reader.GetString(12))));
            }
        }

        var verification = engine.Verify(snapshot, events, certificates);
        if (!verification.IsAccepted)
        {
            throw new CaseNotVerifiedException(caseId, verification);
        }

        return (snapshot, events);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>A stored case that does not verify against its history: it was edited, forked or damaged, and is not loaded.</summary>
public sealed class CaseNotVerifiedException(string caseId, CaseVerification verification)
    : InvalidOperationException($"Case {caseId} does not verify and was not loaded: {verification.Message} 办件{caseId}核验未通过，未予读取：{verification.ChineseMessage}")
{
    /// <summary>Gets the case's id.</summary>
    public string CaseId { get; } = caseId;

    /// <summary>Gets every problem found (Findings), and the first event at fault (FirstBrokenEvent).</summary>
    public CaseVerification Verification { get; } = verification;
}
