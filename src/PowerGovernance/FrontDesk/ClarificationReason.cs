namespace PowerGovernance.FrontDesk;

/// <summary>
/// Why an inquiry cannot be answered on the spot and must be found out first (特殊情况, 一次性告知制 3: 对服务对象要求办理的事项涉及
/// 多个部所或部门的，或相关手续、材料不清楚，法律法规和规范性文件规定不明确等特殊情况).
/// </summary>
public enum ClarificationReason
{
    /// <summary>The matter involves several offices or departments (涉及多个部所或部门).</summary>
    SeveralDepartments = 0,

    /// <summary>The procedure or the materials required are unclear (相关手续、材料不清楚).</summary>
    UnclearProcedureOrMaterials = 1,

    /// <summary>The laws, regulations or normative documents are not clear on the matter (法律法规和规范性文件规定不明确).</summary>
    UnclearRules = 2,
}
