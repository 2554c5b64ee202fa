namespace PowerGovernance.EntityFrameworkCore;

/// <summary>
/// The stored row of one audit event of a case (办件过程记录), column by column so that an auditor can read it with SQL. Rows
/// are appended by <see cref="EntityFrameworkCaseStore"/> and never updated or deleted (grant the application INSERT and SELECT
/// only); every column is covered by the event's hash, so an edited row is refused on load.
/// </summary>
public sealed class CaseEventRow
{
    /// <summary>Gets the case's id (办件编号); with <see cref="Sequence"/> the primary key.</summary>
    public string CaseId { get; init; } = string.Empty;

    /// <summary>Gets the event's number in its case (序号), 1 for the start.</summary>
    public long Sequence { get; init; }

    /// <summary>Gets the trigger fired (办理动作).</summary>
    public string Trigger { get; init; } = string.Empty;

    /// <summary>Gets the step before (原环节), empty for the start.</summary>
    public string FromStep { get; init; } = string.Empty;

    /// <summary>Gets the step after (新环节).</summary>
    public string ToStep { get; init; } = string.Empty;

    /// <summary>Gets who fired it (办理人).</summary>
    public string Actor { get; init; } = string.Empty;

    /// <summary>Gets the post in which the actor fired it (承办岗位).</summary>
    public string Post { get; init; } = string.Empty;

    /// <summary>Gets the instant as extended ISO-8601 text in UTC, nanoseconds kept (the hash covers them).</summary>
    public string At { get; init; } = string.Empty;

    /// <summary>Gets the written reason (理由), or <see langword="null"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the named arguments as a JSON array of <c>{"Key":…,"Value":…}</c> objects, in order.</summary>
    public string Arguments { get; init; } = "[]";

    /// <summary>Gets the previous event's hash (前一记录哈希).</summary>
    public string PreviousHash { get; init; } = string.Empty;

    /// <summary>Gets this event's hash (本记录哈希).</summary>
    public string Hash { get; init; } = string.Empty;

    /// <summary>Gets the id of the working calendar the deadlines were computed on (工作日历), or <see langword="null"/>.</summary>
    public string? CalendarId { get; init; }

    /// <summary>Gets the content hash of that calendar, or <see langword="null"/>.</summary>
    public string? CalendarHash { get; init; }
}
