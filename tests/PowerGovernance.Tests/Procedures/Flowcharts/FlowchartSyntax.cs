using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>
/// In-process checks of the flowchart texts, independent of the writers: a line-by-line grammar of the
/// Mermaid subset and a tokenizer of the DOT subset the writers emit, with decoders that read the labels
/// back to plain lines. Each check returns the problems found (empty when well formed).
/// </summary>
internal static partial class FlowchartSyntax
{
    /// <summary>Checks a Mermaid flowchart and returns its problems; <paramref name="labels"/> gets every decoded label.</summary>
    public static List<string> CheckMermaid(string text, out List<string[]> labels)
    {
        var problems = new List<string>();
        labels = [];
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<string>();
        if (text.Contains('\r', StringComparison.Ordinal) || !text.EndsWith('\n'))
        {
            problems.Add("line endings must be \\n with a final line break");
        }

        var lines = text.TrimEnd('\n').Split('\n');
        if (lines[0] != "flowchart TD")
        {
            problems.Add("first line must be 'flowchart TD'");
        }

        foreach (var line in lines.Skip(1))
        {
            if (MermaidNode().Match(line) is { Success: true } node)
            {
                if (!declared.Add(node.Groups["id"].Value))
                {
                    problems.Add("node declared twice: " + line);
                }

                labels.Add(DecodeMermaid(node.Groups["label"].Value, problems));
            }
            else if (MermaidEdge().Match(line) is { Success: true } edge)
            {
                used.Add(edge.Groups["from"].Value);
                used.Add(edge.Groups["to"].Value);
                if (edge.Groups["label"].Success)
                {
                    labels.Add(DecodeMermaid(edge.Groups["label"].Value, problems));
                }
            }
            else if (MermaidClass().Match(line) is { Success: true } classes)
            {
                used.AddRange(classes.Groups["ids"].Value.Split(','));
            }
            else if (!MermaidClassDef().IsMatch(line))
            {
                problems.Add("unexpected line: " + line);
            }
        }

        problems.AddRange(used.Where(id => !declared.Contains(id)).Distinct().Select(id => "undeclared node: " + id));
        return problems;
    }

    /// <summary>Checks a DOT digraph and returns its problems; <paramref name="labels"/> gets every decoded label.</summary>
    public static List<string> CheckDot(string text, out List<string[]> labels)
    {
        var problems = new List<string>();
        labels = [];
        if (text.Contains('\r', StringComparison.Ordinal) || !text.EndsWith('\n'))
        {
            problems.Add("line endings must be \\n with a final line break");
        }

        var depth = 0;
        var lines = text.TrimEnd('\n').Split('\n');
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<string>();
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var (outside, strings, closed) = Tokenize(line);
            if (!closed)
            {
                problems.Add("unterminated string: " + line);
                continue;
            }

            depth += outside.Count(c => c is '{' or '[') - outside.Count(c => c is '}' or ']');
            if (depth < 0 || (n < lines.Length - 1 && depth == 0) || outside.Contains('"', StringComparison.Ordinal))
            {
                problems.Add("unbalanced braces or brackets: " + line);
            }

            if (n > 0 && n < lines.Length - 1 && !outside.EndsWith(';') && !outside.EndsWith('}'))
            {
                problems.Add("statement must end with ';': " + line);
            }

            if (DotNode().Match(outside) is { Success: true } node && node.Groups["id"].Value is not ("graph" or "node" or "edge"))
            {
                declared.Add(node.Groups["id"].Value);
            }
            else if (DotEdge().Match(outside) is { Success: true } edge)
            {
                used.Add(edge.Groups["from"].Value);
                used.Add(edge.Groups["to"].Value);
            }

            if (line.Contains("label=", StringComparison.Ordinal))
            {
                labels.Add(DecodeDot(strings[0], problems));
            }
        }

        if (depth != 0 || !lines[0].StartsWith("digraph \"", StringComparison.Ordinal) || lines[^1] != "}")
        {
            problems.Add("the text must be one balanced 'digraph \"…\" { … }'");
        }

        problems.AddRange(used.Where(id => !declared.Contains(id)).Distinct().Select(id => "undeclared node: " + id));
        return problems;
    }

    /// <summary>Returns the text's lines as a label shows them: line breaks split it, other control characters become spaces.</summary>
    public static string[] AsLabelLines(string text) =>
        LineBreak().Split(text).Select(line => new string(line.Select(c => char.IsControl(c) ? ' ' : c).ToArray())).ToArray();

    /// <summary>Splits a DOT line into the text outside strings (each string as <c>""</c>) and the decoded-later raw strings.</summary>
    private static (string Outside, List<string> Strings, bool Closed) Tokenize(string line)
    {
        var outside = new StringBuilder();
        var strings = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != '"')
            {
                outside.Append(line[i++]);
                continue;
            }

            var raw = new StringBuilder();
            i++;
            while (i < line.Length && line[i] != '"')
            {
                if (line[i] == '\\' && i + 1 < line.Length)
                {
                    raw.Append(line[i++]);
                }

                raw.Append(line[i++]);
            }

            if (i >= line.Length)
            {
                return (outside.ToString(), strings, false);
            }

            i++;
            strings.Add(raw.ToString());
            outside.Append('_');
        }

        return (outside.ToString(), strings, true);
    }

    private static string[] DecodeDot(string raw, List<string> problems)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                line.Append(raw[i]);
                continue;
            }

            switch (raw[++i])
            {
                case 'n':
                    lines.Add(line.ToString());
                    line.Clear();
                    break;
                case '\\' or '"':
                    line.Append(raw[i]);
                    break;
                default:
                    problems.Add("unexpected DOT escape \\" + raw[i] + " in: " + raw);
                    break;
            }
        }

        lines.Add(line.ToString());
        return [.. lines];
    }

    private static string[] DecodeMermaid(string raw, List<string> problems)
    {
        if (MermaidUnsafe().Match(Entity().Replace(raw.Replace("<br/>", string.Empty, StringComparison.Ordinal), string.Empty)) is { Success: true } bad)
        {
            problems.Add("unescaped '" + bad.Value + "' in label: " + raw);
        }

        return raw.Split("<br/>").Select(line => Entity().Replace(line, m => m.Groups[1].Value switch
        {
            "quot" => "\"",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            var number => char.ConvertFromUtf32(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)),
        })).ToArray();
    }

    [GeneratedRegex(@"^    (?<id>[A-Za-z_][A-Za-z0-9_]*)(?:\[""(?<label>[^""]*)""\]|\(\[""(?<label>[^""]*)""\]\))$")]
    private static partial Regex MermaidNode();

    [GeneratedRegex(@"^    (?<from>[A-Za-z_][A-Za-z0-9_]*) (?:==>|-->|-\.-)(?:\|""(?<label>[^""]*)""\|)? (?<to>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex MermaidEdge();

    [GeneratedRegex(@"^    class (?<ids>[A-Za-z_][A-Za-z0-9_]*(?:,[A-Za-z_][A-Za-z0-9_]*)*) [a-z]+$")]
    private static partial Regex MermaidClass();

    [GeneratedRegex(@"^    classDef [a-z]+ [a-z-]+:[^""|;]+$")]
    private static partial Regex MermaidClassDef();

    [GeneratedRegex(@"#(quot|amp|lt|gt|[0-9]+);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"[""#&<>\\|`\n\r]")]
    private static partial Regex MermaidUnsafe();

    [GeneratedRegex(@"^    (?<id>[A-Za-z_][A-Za-z0-9_]*) \[")]
    private static partial Regex DotNode();

    [GeneratedRegex(@"^    (?<from>[A-Za-z_][A-Za-z0-9_]*) -> (?<to>[A-Za-z_][A-Za-z0-9_]*)[ ;]")]
    private static partial Regex DotEdge();

    [GeneratedRegex("\r\n|[\r\n\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();
}
