namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// The stored row of one case (办件快照记录): the whole <see cref="Procedures.CaseSnapshot"/> as JSON, with the columns beside it
/// that the store queries (the version as the optimistic-concurrency token, the step, whether the case is open). Written only by
/// <see cref="EntityFrameworkCaseStore"/>; read it directly only for reports, never to decide on a case (use the verified load).
/// </summary>
public sealed class CaseRow
{
    /// <summary>Gets the case's id (办件编号), the primary key.</summary>
    public string CaseId { get; init; } = string.Empty;

    /// <summary>Gets the snapshot's version (版本): the number of events so far, the optimistic-concurrency token.</summary>
    public long Version { get; init; }

    /// <summary>Gets the power's code (职权编码), for queries.</summary>
    public string PowerCode { get; init; } = string.Empty;

    /// <summary>Gets the procedure definition's id (流程定义), for queries.</summary>
    public string DefinitionId { get; init; } = string.Empty;

    /// <summary>Gets the current step's id (当前环节), for queries such as a clerk's in-tray.</summary>
    public string Step { get; init; } = string.Empty;

    /// <summary>Gets whether the case is still open (在办), the filter of the supervision board's pages.</summary>
    public bool IsOpen { get; init; }

    /// <summary>Gets the head of the case's audit chain (记录链头), the hash of its last event.</summary>
    public string AuditHead { get; init; } = string.Empty;

    /// <summary>Gets the whole snapshot as JSON, written and read strictly by <see cref="Serialization.CaseJson"/>.</summary>
    public string Snapshot { get; init; } = string.Empty;
}
