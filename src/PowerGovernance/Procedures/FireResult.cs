using System.Collections.Generic;

namespace PowerGovernance.Procedures;

/// <summary>
/// The result of starting a case or firing a trigger: accepted, with the new snapshot and the events to
/// append, or rejected, with the unchanged snapshot (if any) and the reason. A rejection changes nothing.
/// </summary>
public sealed class FireResult
{
    private FireResult(CaseSnapshot? snapshot, IReadOnlyList<CaseEvent> events, FireRejection? rejection)
    {
        Snapshot = snapshot;
        Events = events;
        Rejection = rejection;
    }

    /// <summary>Gets whether the transition was accepted.</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>Gets the new snapshot when accepted; the unchanged one (or <see langword="null"/> for a refused start) when rejected.</summary>
    public CaseSnapshot? Snapshot { get; }

    /// <summary>Gets the events to append when accepted (empty when rejected).</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Gets why the transition was refused, or <see langword="null"/> when accepted.</summary>
    public FireRejection? Rejection { get; }

    internal static FireResult Accepted(CaseSnapshot snapshot, CaseEvent e) => new(snapshot, [e], null);

    internal static FireResult Rejected(CaseSnapshot? snapshot, FireRejection rejection) => new(snapshot, [], rejection);
}
