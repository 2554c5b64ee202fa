using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Procedures;

namespace PowerGovernance.Testing.Storage;

/// <summary>Names the members in which a loaded case differs from the saved one, so a store's mapping error is easy to find.</summary>
internal static class StoredCaseDifferences
{
    private static readonly (string Name, Func<CaseSnapshot, object?> Get)[] SnapshotMembers =
    [
        (nameof(CaseSnapshot.CaseId), s => s.CaseId),
        (nameof(CaseSnapshot.PowerCode), s => s.PowerCode),
        (nameof(CaseSnapshot.DefinitionId), s => s.DefinitionId),
        (nameof(CaseSnapshot.DefinitionVersion), s => s.DefinitionVersion),
        (nameof(CaseSnapshot.Step), s => s.Step),
        (nameof(CaseSnapshot.Version), s => s.Version),
        (nameof(CaseSnapshot.Received), s => s.Received),
        (nameof(CaseSnapshot.StepEntered), s => s.StepEntered),
        (nameof(CaseSnapshot.CommittedClock), s => s.CommittedClock),
        (nameof(CaseSnapshot.LegalClock), s => s.LegalClock),
        (nameof(CaseSnapshot.Outcome), s => s.Outcome),
        (nameof(CaseSnapshot.Closed), s => s.Closed),
        (nameof(CaseSnapshot.AuditHead), s => s.AuditHead),
        (nameof(CaseSnapshot.LastEventAt), s => s.LastEventAt),
        (nameof(CaseSnapshot.Seal), s => s.Seal),
    ];

    private static readonly (string Name, Func<CaseEvent, object?> Get)[] EventMembers =
    [
        (nameof(CaseEvent.CaseId), e => e.CaseId),
        (nameof(CaseEvent.Sequence), e => e.Sequence),
        (nameof(CaseEvent.Trigger), e => e.Trigger),
        (nameof(CaseEvent.From), e => e.From),
        (nameof(CaseEvent.To), e => e.To),
        (nameof(CaseEvent.Actor), e => e.Actor),
        (nameof(CaseEvent.Post), e => e.Post),
        (nameof(CaseEvent.At), e => e.At),
        (nameof(CaseEvent.Reason), e => e.Reason),
        (nameof(CaseEvent.Arguments), e => string.Join(", ", e.Arguments.Select(p => p.Key + "=" + p.Value))),
        (nameof(CaseEvent.PreviousHash), e => e.PreviousHash),
        (nameof(CaseEvent.Hash), e => e.Hash),
        (nameof(CaseEvent.Calendar), e => e.Calendar),
    ];

    /// <summary>The differences, or null when the loaded case equals the saved one (snapshot by ==, events one by one by ==).</summary>
    internal static string? Describe(CaseSnapshot saved, IReadOnlyList<CaseEvent> savedEvents, CaseSnapshot loaded, IReadOnlyList<CaseEvent> loadedEvents)
    {
        var differences = new List<string>();
        if (saved != loaded)
        {
            differences.Add("snapshot " + Members(SnapshotMembers, saved, loaded));
        }

        if (savedEvents.Count != loadedEvents.Count)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{loadedEvents.Count} events loaded, {savedEvents.Count} saved"));
        }
        else
        {
            for (var i = 0; i < savedEvents.Count; i++)
            {
                if (savedEvents[i] != loadedEvents[i])
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"event {i} ") + Members(EventMembers, savedEvents[i], loadedEvents[i]));
                    break;
                }
            }
        }

        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private static string Members<T>((string Name, Func<T, object?> Get)[] members, T saved, T loaded)
    {
        var changed = members
            .Where(m => !Equals(m.Get(saved), m.Get(loaded)))
            .Select(m => m.Name + " saved '" + CaseStoreContractException.Bounded(Convert.ToString(m.Get(saved), CultureInfo.InvariantCulture)) + "', loaded '" + CaseStoreContractException.Bounded(Convert.ToString(m.Get(loaded), CultureInfo.InvariantCulture)) + "'")
            .ToList();
        return changed.Count == 0 ? "differs (equality says so, though no member does)" : string.Join(", ", changed);
    }
}
