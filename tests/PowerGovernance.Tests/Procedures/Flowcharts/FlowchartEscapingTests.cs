using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>Texts with quotes, brackets, pipes, backslashes, entities and line breaks stay inside their labels in both formats.</summary>
public class FlowchartEscapingTests
{
    private const string Nasty = "他说\"批准\"[a]{b}(c)|d\\e<f>&g#h;`i`\n第二行\r\nend";

    private static readonly ProcedureDefinition Definition = Build(Nasty, "岗位\"A\"", "材料\"齐全\"]");

    [Fact]
    public void Mermaid_labels_are_quoted_with_entities_for_special_characters_and_br_for_line_breaks()
    {
        var mermaid = Flowchart.ToMermaid(Definition);

        Assert.Contains(
            "\n    s_a_2D_b[\"他说#quot;批准#quot;[a]{b}(c)#124;d#92;e#lt;f#gt;#amp;g#35;h;#96;i#96;<br/>第二行<br/>end<br/>承办岗位：岗位#quot;A#quot;<br/>办理时限：3个工作日<br/>相对人权利：告知理由、听证<br/>公开：公开#lt;公示#gt;\"]\n",
            mermaid,
            StringComparison.Ordinal);
        Assert.Contains(
            "\n    s_a_2D_b -->|\"下一步#124;跳转<br/>岗位：岗位#quot;A#quot;<br/>[材料#quot;齐全#quot;]]\"| s_a__2D__b\n",
            mermaid,
            StringComparison.Ordinal);
        Assert.Contains("联系方式：0931 123\"]\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("12345#quot;热线#quot;：#35;12345;\"]\n", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_labels_escape_quotes_and_backslashes_and_use_backslash_n_for_line_breaks()
    {
        var dot = Flowchart.ToDot(Definition);

        Assert.StartsWith("digraph \"nasty \\\"id\\\"\\\\x\" {\n", dot, StringComparison.Ordinal);
        Assert.Contains(
            "\n    s_a_2D_b [label=\"他说\\\"批准\\\"[a]{b}(c)|d\\\\e<f>&g#h;`i`\\n第二行\\nend\\n承办岗位：岗位\\\"A\\\"\\n办理时限：3个工作日\\n相对人权利：告知理由、听证\\n公开：公开<公示>\"];\n",
            dot,
            StringComparison.Ordinal);
        Assert.Contains(
            "\n    s_a_2D_b -> s_a__2D__b [label=\"下一步|跳转\\n岗位：岗位\\\"A\\\"\\n[材料\\\"齐全\\\"]]\"];\n",
            dot,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Both_outputs_stay_well_formed_and_read_back_to_the_original_lines()
    {
        var expected = FlowchartSyntax.AsLabelLines(Nasty);

        Assert.Empty(FlowchartSyntax.CheckMermaid(Flowchart.ToMermaid(Definition), out var mermaidLabels));
        Assert.Empty(FlowchartSyntax.CheckDot(Flowchart.ToDot(Definition), out var dotLabels));
        Assert.Equal(["他说\"批准\"[a]{b}(c)|d\\e<f>&g#h;`i`", "第二行", "end"], expected);
        Assert.Contains(mermaidLabels, label => label.Take(3).SequenceEqual(expected));
        Assert.Contains(dotLabels, label => label.Take(3).SequenceEqual(expected));
    }

    [Theory]
    [InlineData("receive", "s_receive")]
    [InlineData("end", "s_end")]
    [InlineData("a_b", "s_a__b")]
    [InlineData("a-b", "s_a_2D_b")]
    [InlineData("a_2D_b", "s_a__2D__b")]
    [InlineData("审查", "s__5BA1__67E5_")]
    [InlineData("a b\"c", "s_a_20_b_22_c")]
    [InlineData("\U0001F600", "s__1F600_")]
    public void Node_ids_are_safe_identifiers_derived_from_step_ids(string stepId, string nodeId) =>
        Assert.Equal(nodeId, FlowchartNodeIds.ForStep(stepId));

    [Fact]
    public void A_lone_surrogate_keeps_its_own_code_so_ids_stay_distinct()
    {
        Assert.Equal("s__D800_", FlowchartNodeIds.ForStep("\uD800"));
        Assert.Equal("s__DC00__D800_", FlowchartNodeIds.ForStep("\uDC00\uD800"));
        Assert.NotEqual(FlowchartNodeIds.ForStep("\uD800"), FlowchartNodeIds.ForStep("\uFFFD"));
    }

    [Property(MaxTest = 300)]
    public Property Node_ids_are_safe_and_read_back_to_their_step_id() =>
        Prop.ForAll(StepIds(), stepId =>
        {
            var id = FlowchartNodeIds.ForStep(stepId);
            return id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && DecodeNodeId(id) == stepId;
        });

    [Property(MaxTest = 200)]
    public bool Any_name_post_and_guard_stay_inside_their_labels(NonWhiteSpaceString name, NonWhiteSpaceString post, NonWhiteSpaceString guard)
    {
        var definition = Build(name.Get, post.Get, guard.Get);
        var mermaidProblems = FlowchartSyntax.CheckMermaid(Flowchart.ToMermaid(definition), out var mermaidLabels);
        var dotProblems = FlowchartSyntax.CheckDot(Flowchart.ToDot(definition), out var dotLabels);
        var step = FlowchartSyntax.AsLabelLines(name.Get).Concat(FlowchartSyntax.AsLabelLines("承办岗位：" + post.Get)).ToArray();
        var edge = new[] { "下一步|跳转", "岗位：" + post.Get, "[" + guard.Get + "]" }.SelectMany(FlowchartSyntax.AsLabelLines).ToArray();
        return mermaidProblems.Count == 0 && dotProblems.Count == 0
            && new[] { mermaidLabels, dotLabels }.All(labels =>
                labels.Any(l => l.Take(step.Length).SequenceEqual(step)) && labels.Any(l => l.SequenceEqual(edge)));
    }

    /// <summary>Step ids mixing ASCII, underscores, escape-like text, CJK, any UTF-16 unit (lone surrogates included) and emoji.</summary>
    private static Arbitrary<string> StepIds() =>
        Gen.OneOf(
                Gen.Elements("a", "Z", "9", "_", "__", "_2D_", "-", " ", "审", "\U0001F600"),
                Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString()))
            .ArrayOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    private static ProcedureDefinition Build(string name, string post, string guard) =>
        new ProcedureDefinitionBuilder("nasty \"id\"\\x")
            .Named("名称\"引号\"", "Name")
            .Initiated(Initiation.OnApplication, "依据|\\")
            .CaseLimits(null, TimeLimit.NaturalDays(30))
            .Step("a-b", name, "First", new Post(post, "Post"), TimeLimit.WorkingDays(3), CounterpartRights.Reasons | CounterpartRights.Hearing, "公开<公示>")
            .Step("a_2D_b", "第二步", "Second", new Post("岗位", "Post"), TimeLimit.WorkingDays(2))
            .Terminal("end", "办结", "Done", new Post("岗位", "Post"), CaseOutcome.Completed, CounterpartRights.Reasons)
            .StartsAt("a-b")
            .Trigger("next", "下一步|跳转", "a-b", "a_2D_b", [post], t => t.When(guard, _ => true))
            .Trigger("finish", "办结", "a_2D_b", "end", ["岗位"], t => t.Restarts())
            .SupervisedBy(new SupervisionPoint("a-b", "纪委|监督", "热线\\渠道", "0931\t123"))
            .ComplaintsTo(new ComplaintChannel("12345\"热线\"", "#12345;"))
            .Build();

    /// <summary>The inverse of <see cref="FlowchartNodeIds.ForStep"/>, written independently: it proves the mapping injective.</summary>
    private static string? DecodeNodeId(string id)
    {
        if (!id.StartsWith("s_", StringComparison.Ordinal))
        {
            return null;
        }

        var text = new System.Text.StringBuilder();
        for (var i = 2; i < id.Length; i++)
        {
            if (id[i] != '_')
            {
                text.Append(id[i]);
            }
            else if (i + 1 < id.Length && id[i + 1] == '_')
            {
                text.Append('_');
                i++;
            }
            else
            {
                var end = id.IndexOf('_', i + 1);
                var value = int.Parse(id.AsSpan(i + 1, end - i - 1), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                text.Append(value is >= 0xD800 and <= 0xDFFF ? ((char)value).ToString() : char.ConvertFromUtf32(value));
                i = end;
            }
        }

        return text.ToString();
    }
}
