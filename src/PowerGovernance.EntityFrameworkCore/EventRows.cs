using System.Collections.Generic;
using System.Text.Json;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;
using PowerGovernance.Serialization;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>Converts between the engine's values and the stored rows.</summary>
internal static class EventRows
{
    internal static CaseRow ToRow(CaseSnapshot snapshot) => new()
    {
        CaseId = snapshot.CaseId,
        Version = snapshot.Version,
        PowerCode = snapshot.PowerCode.ToString(),
        DefinitionId = snapshot.DefinitionId,
        Step = snapshot.Step,
        IsOpen = !snapshot.IsClosed,
        AuditHead = snapshot.AuditHead,
        Snapshot = CaseJson.Serialize(snapshot),
    };

    internal static CaseEventRow ToRow(CaseEvent e) => new()
    {
        CaseId = e.CaseId,
        Sequence = e.Sequence,
        Trigger = e.Trigger,
        FromStep = e.From,
        ToStep = e.To,
        Actor = e.Actor,
        Post = e.Post,
        At = InstantPattern.ExtendedIso.Format(e.At),
        Reason = e.Reason,
        Arguments = JsonSerializer.Serialize(e.Arguments),
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
        CalendarId = e.Calendar?.Id,
        CalendarHash = e.Calendar?.ContentHash,
    };

    /// <exception cref="JsonException">The arguments column is not a JSON array of key-value pairs.</exception>
    /// <exception cref="UnparsableValueException">The instant column is not an ISO instant.</exception>
    internal static CaseEvent ToEvent(CaseEventRow row) => new(
        row.CaseId,
        row.Sequence,
        row.Trigger,
        row.FromStep,
        row.ToStep,
        row.Actor,
        row.Post,
        InstantPattern.ExtendedIso.Parse(row.At).Value,
        row.Reason,
        JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(row.Arguments)
            ?? throw new JsonException($"Case '{row.CaseId}', event {row.Sequence}: the arguments column is null. 办件“{row.CaseId}”第{row.Sequence}个事件的参数列为空。"),
        row.PreviousHash,
        row.Hash,
        row.CalendarId is null ? null : new CalendarIdentity(row.CalendarId, row.CalendarHash ?? string.Empty));
}
