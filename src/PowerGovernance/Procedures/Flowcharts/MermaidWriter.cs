using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>Lays a <see cref="FlowchartModel"/> out as a Mermaid flowchart.</summary>
internal static class MermaidWriter
{
    private const string Indent = "    ";

    /// <summary>The classes, in output order, with their styles.</summary>
    private static readonly (string Name, string Style)[] Classes =
    [
        ("heading", "fill:#eef3fb,stroke:#2f5597,stroke-width:2px"),
        ("granted", "fill:#e8f5e9,stroke:#2e7d32,stroke-width:3px"),
        ("refused", "fill:#fdecea,stroke:#c62828,stroke-width:3px"),
        ("closed", "fill:#eceff1,stroke:#546e7a,stroke-width:3px"),
        ("supervision", "fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3"),
        ("legend", "fill:#f5f5f5,stroke:#9e9e9e"),
    ];

    internal static string Write(FlowchartModel model)
    {
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        foreach (var node in model.Nodes)
        {
            var (open, close) = node.Kind == FlowchartNodeKind.Terminal ? ("([", "])") : ("[", "]");
            text.Append(Indent).Append(node.Id).Append(open).Append(Label(node.Lines)).Append(close).Append('\n');
        }

        foreach (var edge in model.Edges)
        {
            text.Append(Indent).Append(edge.From).Append(' ').Append(edge.Kind switch
            {
                FlowchartEdgeKind.Start => "==>",
                FlowchartEdgeKind.Supervision => "-.-",
                _ => "-->",
            });
            if (edge.Lines.Count > 0)
            {
                text.Append('|').Append(Label(edge.Lines)).Append('|');
            }

            text.Append(' ').Append(edge.To).Append('\n');
        }

        foreach (var (name, style) in Classes)
        {
            var ids = model.Nodes.Where(n => ClassOf(n) == name).Select(n => n.Id).ToArray();
            if (ids.Length > 0)
            {
                text.Append(Indent).Append("classDef ").Append(name).Append(' ').Append(style).Append('\n');
                text.Append(Indent).Append("class ").Append(string.Join(",", ids)).Append(' ').Append(name).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Returns the lines as one quoted label joined with <c>&lt;br/&gt;</c>.</summary>
    internal static string Label(IReadOnlyList<string> lines) =>
        "\"" + string.Join("<br/>", lines.Select(Escape)) + "\"";

    /// <summary>
    /// Escapes one line (without line breaks) for a quoted Mermaid label: the characters that end the
    /// string or the edge text, start an entity or a markdown string, or are read as HTML or as a
    /// <c>\n</c> line break become entity codes.
    /// </summary>
    internal static string Escape(string line)
    {
        var escaped = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            escaped.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '&' => "#amp;",
                '<' => "#lt;",
                '>' => "#gt;",
                '\\' => "#92;",
                '|' => "#124;",
                '`' => "#96;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    private static string? ClassOf(FlowchartNode node) => node.Kind switch
    {
        FlowchartNodeKind.Title => "heading",
        FlowchartNodeKind.Terminal => node.OutcomeLook,
        FlowchartNodeKind.Supervision => "supervision",
        FlowchartNodeKind.Legend => "legend",
        _ => null,
    };
}
