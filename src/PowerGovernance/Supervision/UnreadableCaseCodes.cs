namespace PowerGovernance.Supervision;

/// <summary>
/// Stable codes of the reasons the supervision board cannot read a case (无法读取办件的原因代码; see
/// <see cref="UnreadableCase.Code"/>). The codes are part of the public contract and never change meaning. None of
/// them is a legal finding: an unreadable case is neither late nor on time.
/// </summary>
public static class UnreadableCaseCodes
{
    /// <summary>The entry in the list of cases is <see langword="null"/>: there is no case to read (办件缺失).</summary>
    public const string MissingCase = "MissingCase";

    /// <summary>The snapshot lacks a required member, e.g. its clock or case id (办件数据不完整).</summary>
    public const string IncompleteCase = "IncompleteCase";

    /// <summary>The case runs on a procedure definition (id and version) the board's engine does not know (办理流程未登记).</summary>
    public const string UnknownDefinition = "UnknownDefinition";

    /// <summary>The case is at a step its procedure definition does not define, so whether its time counts is unknown (环节不存在).</summary>
    public const string UnknownStep = "UnknownStep";

    /// <summary>A date the case's clocks need lies outside the working calendar's coverage (工作日历未覆盖).</summary>
    public const string CalendarNotCovering = "CalendarNotCovering";

    /// <summary>Reading the case failed with an exception no other code names, e.g. from a host's own calendar (意外错误).</summary>
    public const string Unexpected = "Unexpected";
}
