using System.Collections.Generic;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>What an edge of the chart stands for, which decides how it is drawn.</summary>
internal enum FlowchartEdgeKind
{
    /// <summary>From the title to the initial step.</summary>
    Start,

    /// <summary>A trigger between steps (or a self-loop).</summary>
    Trigger,

    /// <summary>A dotted line from a step to its supervision note.</summary>
    Supervision,
}

/// <summary>An edge between two node ids, with its label's lines (empty for none).</summary>
internal sealed record FlowchartEdge(string From, string To, FlowchartEdgeKind Kind, IReadOnlyList<string> Lines);
