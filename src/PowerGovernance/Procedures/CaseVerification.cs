using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>
/// The result of verifying a stored case against its history and definition (办件核验结果): accepted when the snapshot is
/// sealed and consistent, the chain is intact up to its head, every event is a transition the definition permitted then,
/// and replaying the events gives exactly the stored snapshot; otherwise every problem found, each a <see cref="Finding"/>
/// coded by <see cref="SnapshotRuleCodes"/> or <see cref="HistoryRuleCodes"/>.
/// </summary>
public sealed class CaseVerification : OperationResult
{
    internal CaseVerification(IReadOnlyList<Finding> findings, int? firstBrokenEvent)
        : base(findings)
    {
        FirstBrokenEvent = firstBrokenEvent;
    }

    /// <summary>Gets the 0-based position of the first event that does not verify, or <see langword="null"/> when none is at fault.</summary>
    public int? FirstBrokenEvent { get; }
}
