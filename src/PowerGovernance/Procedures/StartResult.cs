using System.Collections.Generic;

namespace PowerGovernance.Procedures;

/// <summary>
/// The result of starting a case (收件/启动办件): accepted with the first snapshot and the start event, or refused with
/// every reason. A refused start creates no case: check <see cref="Validation.OperationResult.IsAccepted"/> before
/// reading <see cref="CaseResult.Snapshot"/>.
/// </summary>
public sealed class StartResult : CaseResult
{
    private StartResult(CaseSnapshot? snapshot, IReadOnlyList<CaseEvent> events, RejectionKind rejection, IReadOnlyList<Validation.Finding> findings)
        : base(snapshot, events, rejection, findings)
    {
    }

    internal static StartResult Accepted(CaseSnapshot snapshot, CaseEvent e) => new(snapshot, [e], RejectionKind.None, []);

    internal static StartResult Refused(Refusal refusal) => new(null, [], refusal.Kind, refusal.Findings);
}
