namespace PowerGovernance.CivilAffairs;

/// <summary>The result of a 低保 dynamic-management review (动态管理审核结果), with its reasons in English and Chinese.</summary>
/// <param name="Decision">Continue, adjust or cancel (继续、调整、取消).</param>
/// <param name="PerCapitaAmount">The new monthly allowance per person in yuan (人均月保障金额): the standard minus the income, 0 when cancelled.</param>
/// <param name="HouseholdAmount">The new monthly allowance of the household in yuan (家庭月保障金额): <paramref name="PerCapitaAmount"/> × the members covered.</param>
/// <param name="Reason">Why, in English.</param>
/// <param name="ChineseReason">Why, in Chinese (理由).</param>
public sealed record LivingAllowanceReviewResult(
    LivingAllowanceDecision Decision,
    decimal PerCapitaAmount,
    decimal HouseholdAmount,
    string Reason,
    string ChineseReason);
