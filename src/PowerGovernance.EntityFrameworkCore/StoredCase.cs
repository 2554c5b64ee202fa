using System.Collections.Generic;
using PowerGovernance.Procedures;

namespace PowerGovernance.EntityFrameworkCore;

/// <summary>A case as loaded and verified (已核验的办件): its snapshot and its events in order.</summary>
public sealed class StoredCase
{
    internal StoredCase(CaseSnapshot snapshot, IReadOnlyList<CaseEvent> events)
    {
        Snapshot = snapshot;
        Events = events;
    }

    /// <summary>Gets the snapshot, verified against its seal and its history.</summary>
    public CaseSnapshot Snapshot { get; }

    /// <summary>Gets the case's events in order (办件过程记录), the chain ending at the snapshot's audit head.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Deconstructs into the snapshot and the events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="events">The events.</param>
    public void Deconstruct(out CaseSnapshot snapshot, out IReadOnlyList<CaseEvent> events)
    {
        snapshot = Snapshot;
        events = Events;
    }
}
