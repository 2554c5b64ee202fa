using System;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>The exact flowchart of the sample licensing procedure, in both formats (as Stateless's MermaidGraphFixture).</summary>
public class FlowchartSampleTests
{
    [Fact]
    public void ToMermaid_draws_the_sample_licensing_procedure_exactly()
    {
        const string expected = """
        flowchart TD
            procedure["测试许可<br/>流程编号：test-licensing（第1版）<br/>启动条件：依申请<br/>启动依据：《中华人民共和国行政许可法》第二十九条<br/>法定时限：20个工作日<br/>承诺时限：13个工作日"]
            s_receive["收件<br/>承办岗位：窗口受理员<br/>办理时限：5个工作日<br/>相对人权利：告知理由<br/>公开：办事大厅公示"]
            s_review["审查<br/>承办岗位：审核员<br/>办理时限：8个工作日<br/>相对人权利：陈述、申辩"]
            s_granted(["准予许可<br/>承办岗位：分管领导<br/>办结结果：准予<br/>相对人权利：告知理由<br/>公开：政府网站公开"])
            s_refused(["不予许可<br/>承办岗位：分管领导<br/>办结结果：不予准许（书面说明理由）<br/>相对人权利：告知理由"])
            sv_1["监督点<br/>内部监督：镇纪委<br/>外部渠道：县效能投诉中心<br/>联系方式：0931-1234567"]
            complaints["投诉举报渠道<br/>12345政务服务便民热线：12345"]
            procedure ==> s_receive
            s_receive -->|"受理<br/>岗位：窗口受理员<br/>[材料齐全]"| s_review
            s_review -->|"中止计时<br/>岗位：审核员<br/>暂停计时"| s_review
            s_review -->|"恢复计时<br/>岗位：审核员<br/>恢复计时"| s_review
            s_review -->|"延长期限<br/>岗位：分管领导<br/>须书面说明理由<br/>延长10个工作日"| s_review
            s_review -->|"准予<br/>岗位：分管领导"| s_granted
            s_review -->|"不予<br/>岗位：分管领导<br/>须书面说明理由"| s_refused
            s_review -.- sv_1
            classDef heading fill:#eef3fb,stroke:#2f5597,stroke-width:2px
            class procedure heading
            classDef granted fill:#e8f5e9,stroke:#2e7d32,stroke-width:3px
            class s_granted granted
            classDef refused fill:#fdecea,stroke:#c62828,stroke-width:3px
            class s_refused refused
            classDef supervision fill:#fff8e1,stroke:#f9a825,stroke-dasharray:4 3
            class sv_1 supervision
            classDef legend fill:#f5f5f5,stroke:#9e9e9e
            class complaints legend
        """;

        Assert.Equal(expected + "\n", Flowchart.ToMermaid(SampleProcedures.Licensing));
    }

    [Fact]
    public void ToDot_draws_the_sample_licensing_procedure_exactly()
    {
        const string expected = """
        digraph "test-licensing" {
            graph [charset="UTF-8", rankdir=TB, fontname="sans-serif"];
            node [shape=box, fontname="sans-serif"];
            edge [fontname="sans-serif", fontsize=10];
            procedure [label="测试许可\n流程编号：test-licensing（第1版）\n启动条件：依申请\n启动依据：《中华人民共和国行政许可法》第二十九条\n法定时限：20个工作日\n承诺时限：13个工作日", style="bold,filled", fillcolor="#eef3fb"];
            s_receive [label="收件\n承办岗位：窗口受理员\n办理时限：5个工作日\n相对人权利：告知理由\n公开：办事大厅公示"];
            s_review [label="审查\n承办岗位：审核员\n办理时限：8个工作日\n相对人权利：陈述、申辩"];
            s_granted [label="准予许可\n承办岗位：分管领导\n办结结果：准予\n相对人权利：告知理由\n公开：政府网站公开", style="rounded,bold,filled", peripheries=2, fillcolor="#e8f5e9"];
            s_refused [label="不予许可\n承办岗位：分管领导\n办结结果：不予准许（书面说明理由）\n相对人权利：告知理由", style="rounded,bold,filled", peripheries=2, fillcolor="#fdecea"];
            sv_1 [label="监督点\n内部监督：镇纪委\n外部渠道：县效能投诉中心\n联系方式：0931-1234567", shape=note, style="dashed,filled", fillcolor="#fff8e1"];
            complaints [label="投诉举报渠道\n12345政务服务便民热线：12345", shape=note, style=filled, fillcolor="#f5f5f5"];
            procedure -> s_receive [style=bold];
            s_receive -> s_review [label="受理\n岗位：窗口受理员\n[材料齐全]"];
            s_review -> s_review [label="中止计时\n岗位：审核员\n暂停计时"];
            s_review -> s_review [label="恢复计时\n岗位：审核员\n恢复计时"];
            s_review -> s_review [label="延长期限\n岗位：分管领导\n须书面说明理由\n延长10个工作日"];
            s_review -> s_granted [label="准予\n岗位：分管领导"];
            s_review -> s_refused [label="不予\n岗位：分管领导\n须书面说明理由"];
            s_review -> sv_1 [style=dotted, arrowhead=none];
            { rank=sink; complaints; }
        }
        """;

        Assert.Equal(expected + "\n", Flowchart.ToDot(SampleProcedures.Licensing));
    }

    [Fact]
    public void English_names_are_shown_under_the_Chinese_ones_only_when_asked()
    {
        var english = new FlowchartOptions { IncludeEnglishNames = true };

        Assert.Contains("\"测试许可<br/>Test licensing<br/>流程编号", Flowchart.ToMermaid(SampleProcedures.Licensing, english), StringComparison.Ordinal);
        Assert.Contains("[label=\"收件\\nReceipt\\n承办岗位", Flowchart.ToDot(SampleProcedures.Licensing, english), StringComparison.Ordinal);
        Assert.DoesNotContain("Receipt", Flowchart.ToMermaid(SampleProcedures.Licensing), StringComparison.Ordinal);
        Assert.DoesNotContain("Receipt", Flowchart.ToDot(SampleProcedures.Licensing, FlowchartOptions.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_is_the_same_whatever_the_current_culture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        var mermaid = Flowchart.ToMermaid(SampleProcedures.Licensing);
        var dot = Flowchart.ToDot(SampleProcedures.Licensing);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(mermaid, Flowchart.ToMermaid(SampleProcedures.Licensing));
            Assert.Equal(dot, Flowchart.ToDot(SampleProcedures.Licensing));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void A_null_definition_is_refused()
    {
        Assert.Throws<ArgumentNullException>("definition", () => Flowchart.ToMermaid(null!));
        Assert.Throws<ArgumentNullException>("definition", () => Flowchart.ToDot(null!));
    }
}
