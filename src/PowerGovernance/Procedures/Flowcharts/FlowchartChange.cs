namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>One change of a procedure's published content (流程内容变化), described in both languages.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Subject">What changed: a step id, a trigger as <c>from/id</c>, or the procedure's id.</param>
/// <param name="Description">The change in English, e.g. <c>step 'review': post 审核员 → 审批员</c>.</param>
/// <param name="ChineseDescription">The change in Chinese.</param>
public sealed record FlowchartChange(FlowchartChangeKind Kind, string Subject, string Description, string ChineseDescription);
