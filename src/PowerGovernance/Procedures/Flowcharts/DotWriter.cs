using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>Lays a <see cref="FlowchartModel"/> out as a Graphviz DOT directed graph.</summary>
internal static class DotWriter
{
    private const string Indent = "    ";

    internal static string Write(FlowchartModel model)
    {
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(model.Name)).Append(" {\n");
        text.Append(Indent).Append("graph [charset=\"UTF-8\", rankdir=TB, fontname=\"sans-serif\"];\n");
        text.Append(Indent).Append("node [shape=box, fontname=\"sans-serif\"];\n");
        text.Append(Indent).Append("edge [fontname=\"sans-serif\", fontsize=10];\n");
        foreach (var node in model.Nodes)
        {
            text.Append(Indent).Append(node.Id).Append(" [label=").Append(Label(node.Lines)).Append(node.Kind switch
            {
                FlowchartNodeKind.Title => ", style=\"bold,filled\", fillcolor=\"#eef3fb\"",
                FlowchartNodeKind.Terminal => ", style=\"rounded,bold,filled\", peripheries=2, fillcolor=" + TerminalFill(node.OutcomeLook),
                FlowchartNodeKind.Supervision => ", shape=note, style=\"dashed,filled\", fillcolor=\"#fff8e1\"",
                FlowchartNodeKind.Legend => ", shape=note, style=filled, fillcolor=\"#f5f5f5\"",
                _ => string.Empty,
            }).Append("];\n");
        }

        foreach (var edge in model.Edges)
        {
            var attributes = new List<string>(2);
            if (edge.Lines.Count > 0)
            {
                attributes.Add("label=" + Label(edge.Lines));
            }

            attributes.AddRange(edge.Kind switch
            {
                FlowchartEdgeKind.Start => ["style=bold"],
                FlowchartEdgeKind.Supervision => ["style=dotted", "arrowhead=none"],
                _ => [],
            });
            text.Append(Indent).Append(edge.From).Append(" -> ").Append(edge.To);
            if (attributes.Count > 0)
            {
                text.Append(" [").Append(string.Join(", ", attributes)).Append(']');
            }

            text.Append(";\n");
        }

        if (model.Nodes.Any(n => n.Kind == FlowchartNodeKind.Legend))
        {
            text.Append(Indent).Append("{ rank=sink; ").Append(FlowchartNodeIds.Legend).Append("; }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Returns the lines as one quoted label joined with DOT's <c>\n</c> escape.</summary>
    internal static string Label(IReadOnlyList<string> lines) =>
        "\"" + string.Join("\\n", lines.Select(Escape)) + "\"";

    /// <summary>Escapes one line (without line breaks) for a quoted DOT string: <c>\</c> and <c>"</c> get a backslash.</summary>
    internal static string Escape(string line) => line.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal);

    private static string TerminalFill(string? look) => look switch
    {
        "granted" => "\"#e8f5e9\"",
        "refused" => "\"#fdecea\"",
        _ => "\"#eceff1\"",
    };

    private static string Quote(string text) => "\"" + Escape(text) + "\"";
}
