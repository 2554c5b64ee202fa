using System.Collections.Generic;
using PowerGovernance.Procedures;
using PowerGovernance.Validation;

namespace PowerGovernance.Evaluation;

/// <summary>
/// The result of opening the rectification of a bad rating (差评整改立案): accepted with the case and its two events (the start and
/// the registration of the rating), or refused with every reason and no case.
/// </summary>
public sealed class RectificationResult : CaseResult
{
    internal RectificationResult(CaseSnapshot? snapshot, IReadOnlyList<CaseEvent> events, RejectionKind rejection, IReadOnlyList<Finding> findings)
        : base(snapshot, events, rejection, findings)
    {
    }
}
