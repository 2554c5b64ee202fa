using System;
using System.Linq;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>
/// For every built-in definition and the sample, in both formats: the text is well formed, and every
/// element of the 权力运行流程图 (DOMAIN §2) can be read back from the labels: the title's name, initiation,
/// basis and limits; one node per step with its name, post, limit, rights, disclosure and outcome; one
/// edge per trigger with its name, posts, guards, reason and clock effect; each supervision point joined
/// to its step; each complaint channel.
/// </summary>
public class FlowchartCoverageTests
{
    public static TheoryData<string, string> Charts()
    {
        var data = new TheoryData<string, string>();
        foreach (var definition in FlowchartDefinitions.All)
        {
            data.Add(definition.Id, "mmd");
            data.Add(definition.Id, "dot");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Every_element_of_the_definition_appears_in_the_chart(string id, string format)
    {
        var definition = FlowchartDefinitions.Get(id);
        var text = format == "mmd" ? Flowchart.ToMermaid(definition) : Flowchart.ToDot(definition);
        var problems = format == "mmd" ? FlowchartSyntax.CheckMermaid(text, out var labels) : FlowchartSyntax.CheckDot(text, out labels);
        Assert.Empty(problems);

        // Labels come in model order: the title, the steps, the supervision notes, the legend, then the trigger edges.
        var steps = definition.Steps.Count;
        var points = definition.SupervisionPoints.Count;
        var legend = definition.ComplaintChannels.Count > 0 ? 1 : 0;
        Assert.Equal(1 + steps + points + legend + definition.Triggers.Count, labels.Count);

        var title = labels[0];
        AssertRun(title, definition.ChineseName);
        AssertRun(title, "启动条件：" + (definition.Initiation == PowerGovernance.Powers.Initiation.OnApplication ? "依申请" : "依职权"));
        AssertRun(title, "启动依据：" + definition.InitiationBasis);
        AssertRun(title, "法定时限：" + (definition.LegalLimit?.ToChineseString() ?? "法律未规定"));
        AssertRun(title, "承诺时限：" + definition.CommittedLimit.ToChineseString());
        Assert.All(definition.PowerCodes, code => Assert.Contains(title, line => line.StartsWith("适用职权：", StringComparison.Ordinal) && line.Contains(code.Value, StringComparison.Ordinal)));

        foreach (var (step, label) in definition.Steps.Zip(labels.Skip(1)))
        {
            Assert.Equal(FlowchartSyntax.AsLabelLines(step.ChineseName), label.Take(FlowchartSyntax.AsLabelLines(step.ChineseName).Length));
            AssertRun(label, "承办岗位：" + step.Post);
            if (step.Limit is { } limit)
            {
                Assert.Contains(label, line => line.StartsWith("办理时限：" + limit.ToChineseString(), StringComparison.Ordinal));
            }

            Assert.Equal(step.IsTerminal, label.Any(line => line.StartsWith("办结结果：", StringComparison.Ordinal)));
            foreach (var (right, word) in new[] { (CounterpartRights.Reasons, "告知理由"), (CounterpartRights.Statement, "陈述"), (CounterpartRights.Defence, "申辩"), (CounterpartRights.Hearing, "听证") })
            {
                Assert.Equal(step.Rights.HasFlag(right), label.Any(line => line.StartsWith("相对人权利：", StringComparison.Ordinal) && line.Contains(word, StringComparison.Ordinal)));
            }

            if (!string.IsNullOrWhiteSpace(step.Disclosure))
            {
                AssertRun(label, "公开：" + step.Disclosure);
            }
        }

        foreach (var (point, label) in definition.SupervisionPoints.Zip(labels.Skip(1 + steps)))
        {
            AssertRun(label, "内部监督：" + point.InternalSupervisor);
            AssertRun(label, "外部渠道：" + point.ExternalChannel);
            AssertRun(label, "联系方式：" + point.Contact);
        }

        for (var i = 0; i < points; i++)
        {
            var from = FlowchartNodeIds.ForStep(definition.SupervisionPoints[i].StepId);
            var note = "sv_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(format == "mmd" ? $"\n    {from} -.- {note}\n" : $"\n    {from} -> {note} [style=dotted", text, StringComparison.Ordinal);
        }

        foreach (var channel in definition.ComplaintChannels)
        {
            AssertRun(labels[steps + points + 1], channel.Name + "：" + channel.Contact);
        }

        foreach (var (trigger, label) in definition.Triggers.Zip(labels.Skip(1 + steps + points + legend)))
        {
            Assert.Equal(FlowchartSyntax.AsLabelLines(trigger.ChineseName), label.Take(FlowchartSyntax.AsLabelLines(trigger.ChineseName).Length));
            AssertRun(label, "岗位：" + string.Join("、", trigger.AllowedPosts));
            Assert.All(trigger.Guards, guard => AssertRun(label, "[" + guard.ChineseDescription + "]"));
            Assert.Equal(trigger.RequiresReason, label.Contains("须书面说明理由"));
            var clock = trigger.Clock switch
            {
                ClockEffect.Suspend => trigger.StatesSuspensionEnd ? "暂停计时（书面告知所需时间）" : "暂停计时",
                ClockEffect.Resume => "恢复计时",
                ClockEffect.Extend => "延长" + trigger.Extension!.Value.ToChineseString(),
                ClockEffect.Restart => "重新计时",
                ClockEffect.StartPeriod => "开始新时段：法定" + trigger.Period!.Legal.ToChineseString() + "，承诺" + trigger.Period.Committed.ToChineseString(),
                _ => null,
            };
            Assert.Equal(clock, label.LastOrDefault(line => line is "暂停计时" or "暂停计时（书面告知所需时间）" or "恢复计时" or "重新计时" || line.StartsWith("开始新时段", StringComparison.Ordinal) || (line.StartsWith("延长", StringComparison.Ordinal) && line.EndsWith('日'))));
            Assert.Equal(trigger.Accepts, label.Any(line => line.StartsWith("法定时限自受理之日起算", StringComparison.Ordinal)));
            var edge = FlowchartNodeIds.ForStep(trigger.From) + (format == "mmd" ? " -->|" : " -> " + FlowchartNodeIds.ForStep(trigger.To) + " [label=");
            Assert.Contains("\n    " + edge, text, StringComparison.Ordinal);
        }
    }

    /// <summary>Asserts that the text's lines appear one after another in the label.</summary>
    private static void AssertRun(string[] label, string text)
    {
        var run = FlowchartSyntax.AsLabelLines(text);
        var found = Enumerable.Range(0, Math.Max(0, label.Length - run.Length + 1)).Any(i => label.Skip(i).Take(run.Length).SequenceEqual(run));
        Assert.True(found, $"'{text}' is not in the label:\n{string.Join("\n", label)}");
    }
}
