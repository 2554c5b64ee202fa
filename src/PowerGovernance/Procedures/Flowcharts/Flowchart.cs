using PowerGovernance.Internal;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>
/// Draws a procedure as the flowchart an office publishes (权力运行流程图): the seven
/// elements — conditions to act and their basis, the undertaking post of each step, the steps and
/// their hand-offs, each step's time limit, the supervision points, the counterpart's rights and the
/// complaint channels — plus each step's disclosure and the case's legal and committed limits.
/// </summary>
/// <remarks>
/// <para>
/// The chart has a title node (name, initiation 依申请/依职权 and its basis, legal and committed limits)
/// with an edge to the initial step; one node per step (name, 承办岗位, 办理时限, the counterpart's rights,
/// 公开), terminal steps drawn distinctly with their outcome; one edge per trigger (name, the posts
/// allowed, each guard as <c>[材料齐全]</c>, <c>须书面说明理由</c> when a written reason is required,
/// and the clock effect: 暂停计时, 恢复计时, 延长N个工作日, 重新计时), a clock trigger that stays in its
/// step being a self-loop; one note per supervision point joined to its step by a dotted line; and a
/// legend node listing the complaint channels.
/// </para>
/// <para>
/// The output is deterministic: definition order, culture-invariant text, <c>\n</c> line endings and
/// a final line break. Node ids are <c>procedure</c>, <c>complaints</c>, <c>sv_1</c>… for supervision
/// points and <c>s_</c> followed by the step id for steps, where ASCII letters and digits are kept,
/// <c>_</c> becomes <c>__</c> and any other character becomes <c>_</c>, its hexadecimal code point and
/// <c>_</c> (so <c>审查</c> is <c>s__5BA1__67E5_</c>); distinct step ids give distinct node ids. Line
/// breaks inside a text start a new line of the label; other control characters become spaces.
/// </para>
/// </remarks>
public static class Flowchart
{
    /// <summary>Draws the procedure as a Mermaid flowchart (Mermaid 流程图).</summary>
    /// <remarks>
    /// Labels are quoted (<c>"…"</c>) and lines are joined with <c>&lt;br/&gt;</c>; inside them
    /// <c>"</c>, <c>#</c>, <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>\</c>, <c>|</c> and the backtick are
    /// written as Mermaid entity codes (<c>#quot;</c>, <c>#35;</c>, <c>#amp;</c>, <c>#lt;</c>, <c>#gt;</c>,
    /// <c>#92;</c>, <c>#124;</c>, <c>#96;</c>).
    /// </remarks>
    /// <param name="definition">The procedure.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FlowchartOptions.Default"/>.</param>
    /// <returns>The Mermaid text, starting with <c>flowchart TD</c>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string ToMermaid(ProcedureDefinition definition, FlowchartOptions? options = null) =>
        MermaidWriter.Write(FlowchartModel.Create(Preconditions.CheckNotNull(definition), options ?? FlowchartOptions.Default));

    /// <summary>Draws the procedure as a Graphviz DOT directed graph (DOT 流程图), UTF-8.</summary>
    /// <remarks>
    /// Every label and the graph's name are quoted; inside them <c>\</c> is written <c>\\</c>, <c>"</c> is
    /// written <c>\"</c> and lines are joined with <c>\n</c>.
    /// </remarks>
    /// <param name="definition">The procedure.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FlowchartOptions.Default"/>.</param>
    /// <returns>The DOT text, starting with <c>digraph</c> and the definition's id.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string ToDot(ProcedureDefinition definition, FlowchartOptions? options = null) =>
        DotWriter.Write(FlowchartModel.Create(Preconditions.CheckNotNull(definition), options ?? FlowchartOptions.Default));
}
