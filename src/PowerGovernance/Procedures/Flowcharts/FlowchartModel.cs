using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>
/// The chart as plain text, independent of the output format: nodes and edges in definition order,
/// each label a list of lines without control characters. The writers only escape and lay it out.
/// </summary>
internal sealed class FlowchartModel
{
    private FlowchartModel(string name, IReadOnlyList<FlowchartNode> nodes, IReadOnlyList<FlowchartEdge> edges)
    {
        Name = name;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>Gets the chart's name: the definition's id, on one line.</summary>
    internal string Name { get; }

    /// <summary>Gets the title, the steps, the supervision notes and the legend, in that order.</summary>
    internal IReadOnlyList<FlowchartNode> Nodes { get; }

    /// <summary>Gets the start edge, the triggers and the supervision lines, in that order.</summary>
    internal IReadOnlyList<FlowchartEdge> Edges { get; }

    internal static FlowchartModel Create(ProcedureDefinition definition, FlowchartOptions options)
    {
        var nodes = new List<FlowchartNode> { Title(definition, options) };
        var edges = new List<FlowchartEdge> { new(FlowchartNodeIds.Title, FlowchartNodeIds.ForStep(definition.InitialStep), FlowchartEdgeKind.Start, []) };
        nodes.AddRange(definition.Steps.Select(s => Step(s, options)));
        edges.AddRange(definition.Triggers.Select(Trigger));
        for (var i = 0; i < definition.SupervisionPoints.Count; i++)
        {
            var point = definition.SupervisionPoints[i];
            var id = FlowchartNodeIds.ForSupervisionPoint(i);
            nodes.Add(new FlowchartNode(id, FlowchartNodeKind.Supervision, Lines(
                "监督点",
                "内部监督：" + point.InternalSupervisor,
                "外部渠道：" + point.ExternalChannel,
                "联系方式：" + point.Contact)));
            if (definition.TryGetStep(point.StepId, out _))
            {
                edges.Add(new FlowchartEdge(FlowchartNodeIds.ForStep(point.StepId), id, FlowchartEdgeKind.Supervision, []));
            }
        }

        if (definition.ComplaintChannels.Count > 0)
        {
            nodes.Add(new FlowchartNode(FlowchartNodeIds.Legend, FlowchartNodeKind.Legend, Lines(
                definition.ComplaintChannels.Select(c => c.Name + "：" + c.Contact).Prepend("投诉举报渠道").ToArray())));
        }

        return new FlowchartModel(string.Join(' ', Lines(definition.Id)), nodes, edges);
    }

    private static FlowchartNode Title(ProcedureDefinition definition, FlowchartOptions options) =>
        new(FlowchartNodeIds.Title, FlowchartNodeKind.Title, Lines(
            definition.ChineseName,
            English(definition.EnglishName, options),
            "流程编号：" + definition.Id + "（第" + definition.Version.ToString(CultureInfo.InvariantCulture) + "版）",
            definition.PowerCodes.Count > 0 ? "适用职权：" + string.Join("、", definition.PowerCodes.Select(c => c.Value)) : null,
            definition.PowerCategories.Count > 0 ? "适用权力类别：" + string.Join("、", definition.PowerCategories.Select(c => c.ChineseName)) : null,
            "启动条件：" + FlowchartVocabulary.Initiation(definition.Initiation),
            "启动依据：" + definition.InitiationBasis,
            "法定时限：" + (definition.LegalLimit is { } legal ? legal.ToChineseString() : "法律未规定"),
            "承诺时限：" + definition.CommittedLimit.ToChineseString()));

    private static FlowchartNode Step(StepDefinition step, FlowchartOptions options)
    {
        var rights = FlowchartVocabulary.Rights(step.Rights);
        return new FlowchartNode(
            FlowchartNodeIds.ForStep(step.Id),
            step.IsTerminal ? FlowchartNodeKind.Terminal : FlowchartNodeKind.Step,
            Lines(
                step.ChineseName,
                English(step.EnglishName, options),
                "承办岗位：" + step.Post,
                step.Limit is { } limit ? "办理时限：" + limit.ToChineseString() + (step.CountsTowardCaseLimit ? string.Empty : "（不计入案件时限）") : null,
                step.LegalLimit is { } legalLimit ? "法定时限：" + legalLimit.ToChineseString() : null,
                step.Outcome is { } outcome ? "办结结果：" + FlowchartVocabulary.Outcome(outcome) : null,
                rights.Length > 0 ? "相对人权利：" + rights : null,
                string.IsNullOrWhiteSpace(step.Disclosure) ? null : "公开：" + step.Disclosure),
            step.Outcome is { } look ? FlowchartVocabulary.OutcomeLook(look) : null);
    }

    private static FlowchartEdge Trigger(TriggerDefinition trigger)
    {
        var lines = new List<string?> { trigger.ChineseName, "岗位：" + string.Join("、", trigger.AllowedPosts) };
        lines.AddRange(trigger.Guards.Select(g => "[" + g.ChineseDescription + "]"));
        lines.Add(trigger.RequiresReason ? "须书面说明理由" : null);
        lines.Add(FlowchartVocabulary.Clock(trigger));
        lines.Add(FlowchartVocabulary.Acceptance(trigger));
        return new FlowchartEdge(FlowchartNodeIds.ForStep(trigger.From), FlowchartNodeIds.ForStep(trigger.To), FlowchartEdgeKind.Trigger, Lines([.. lines]));
    }

    private static string? English(string? name, FlowchartOptions options) =>
        options.IncludeEnglishNames && !string.IsNullOrWhiteSpace(name) ? name : null;

    /// <summary>
    /// Returns the non-null texts as lines: a line break inside a text (<c>\r\n</c>, <c>\r</c>, <c>\n</c>,
    /// U+0085, U+2028, U+2029) starts a new line; any other control character becomes a space.
    /// </summary>
    private static string[] Lines(params string?[] texts)
    {
        var lines = new List<string>();
        foreach (var text in texts)
        {
            if (text is null)
            {
                continue;
            }

            var line = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    line.Append(char.IsControl(c) ? ' ' : c);
                }
            }

            lines.Add(line.ToString());
        }

        return [.. lines];
    }
}
