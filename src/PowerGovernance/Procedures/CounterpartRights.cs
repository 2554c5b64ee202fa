using System;

namespace PowerGovernance.Procedures;

/// <summary>The counterpart's rights at a step (行政相对人的权利, the sixth flowchart element); combine with <c>|</c>.</summary>
[Flags]
public enum CounterpartRights
{
    /// <summary>No particular right at this step.</summary>
    None = 0,

    /// <summary>To be told the facts, reasons and basis (知情/说明理由).</summary>
    Reasons = 1,

    /// <summary>To make a statement (陈述).</summary>
    Statement = 2,

    /// <summary>To defend oneself (申辩).</summary>
    Defence = 4,

    /// <summary>To ask for a hearing (要求听证).</summary>
    Hearing = 8,
}
