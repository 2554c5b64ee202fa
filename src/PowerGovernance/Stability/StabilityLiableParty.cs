namespace PowerGovernance.Stability;

/// <summary>Who answers under the stability office's liability rules (责任追究制度).</summary>
public enum StabilityLiableParty
{
    /// <summary>The responsible person of the department (部门责任人): answers for the circumstances of clause (一), and together with a staff member held liable (clause (三)4).</summary>
    UnitHead = 0,

    /// <summary>A staff member (工作成员、经办人): answers for the circumstances of clause (二).</summary>
    StaffMember = 1,
}
