using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>
/// The result of an operation on a case (办件操作结果), the shape <see cref="StartResult"/> and <see cref="FireResult"/>
/// share: accepted with the case and the events to append, or refused with every reason, each a <see cref="Finding"/>
/// whose <see cref="Finding.Code"/> is the name of the <see cref="RejectionKind"/>.
/// </summary>
public abstract class CaseResult : OperationResult
{
    private readonly CaseSnapshot? snapshot;

    private protected CaseResult(CaseSnapshot? snapshot, IReadOnlyList<CaseEvent> events, RejectionKind rejection, IReadOnlyList<Finding> findings)
        : base(findings)
    {
        this.snapshot = snapshot;
        Events = events;
        Rejection = rejection;
    }

    /// <summary>
    /// Gets the case: after the operation when accepted; unchanged when a trigger was refused. Only a refused start has no
    /// case, and reading it then throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">Starting the case was refused, so there is no case; the message gives the reasons.</exception>
    public CaseSnapshot Snapshot => snapshot ?? throw new InvalidOperationException(
        "The start was refused, so there is no case: " + Message + " / 启动办件被拒绝，没有办件：" + ChineseMessage);

    /// <summary>Gets the events to append, in order: one when accepted, none when refused.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>Gets why the operation was refused (拒绝原因), or <see cref="RejectionKind.None"/> when accepted.</summary>
    public RejectionKind Rejection { get; }
}
