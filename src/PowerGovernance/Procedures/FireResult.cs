using System.Collections.Generic;

namespace PowerGovernance.Procedures;

/// <summary>
/// The result of firing a trigger on a case (办理结果): accepted with the new snapshot and the one event to append, or
/// refused with the unchanged snapshot and every reason. <see cref="CaseResult.Snapshot"/> is always there.
/// </summary>
public sealed class FireResult : CaseResult
{
    private FireResult(CaseSnapshot snapshot, IReadOnlyList<CaseEvent> events, RejectionKind rejection, IReadOnlyList<Validation.Finding> findings)
        : base(snapshot, events, rejection, findings)
    {
    }

    internal static FireResult Accepted(CaseSnapshot snapshot, CaseEvent e) => new(snapshot, [e], RejectionKind.None, []);

    internal static FireResult Refused(CaseSnapshot snapshot, Refusal refusal) => new(snapshot, [], refusal.Kind, refusal.Findings);
}
