using System.Collections.Generic;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>What a node of the chart shows, which decides how it is drawn.</summary>
internal enum FlowchartNodeKind
{
    /// <summary>The title: name, initiation, basis and case limits.</summary>
    Title,

    /// <summary>A working step.</summary>
    Step,

    /// <summary>A terminal step, with its outcome.</summary>
    Terminal,

    /// <summary>A supervision point's note.</summary>
    Supervision,

    /// <summary>The legend listing the complaint channels.</summary>
    Legend,
}

/// <summary>
/// A node: a safe id and its label's lines (plain text, no control characters); a terminal node also
/// has the look of its outcome (<c>granted</c>, <c>refused</c> or <c>closed</c>).
/// </summary>
internal sealed record FlowchartNode(string Id, FlowchartNodeKind Kind, IReadOnlyList<string> Lines, string? OutcomeLook = null);
