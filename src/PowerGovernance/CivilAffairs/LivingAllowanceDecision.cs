namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The outcome of a 低保 dynamic-management review (动态管理) when a household's monthly per-capita income changes
/// (the township's civil-affairs service rules, 最低生活保障服务 5: 月人均收入变动时，将根据情况调整保障金额，超过最低生活保障线，予以取消).
/// </summary>
public enum LivingAllowanceDecision
{
    /// <summary>The allowance continues unchanged (继续保障): the new income gives the same amount as now.</summary>
    Continue = 0,

    /// <summary>The amount is adjusted (调整保障金额) to the local standard minus the new per-capita income.</summary>
    Adjust = 1,

    /// <summary>The allowance is cancelled (取消保障): the per-capita income has reached or passed the local standard.</summary>
    Cancel = 2,
}
