namespace PowerGovernance.CivilAffairs;

/// <summary>
/// One household on the public posting of allowance recipients (低保对象公示, 以户为单位): what the rules make public and
/// nothing else: the recipient (对象公开: the head of the household, the village, the members covered), the standard
/// (标准公开) and the amount (金额公开).
/// </summary>
/// <param name="HouseholdHead">The head of the household (户主).</param>
/// <param name="Village">The village (community) (所在村（社区）).</param>
/// <param name="Members">The members covered (保障人口).</param>
/// <param name="LocalStandard">The local standard per person per month, in yuan (保障标准).</param>
/// <param name="MonthlyAmount">The household's monthly allowance, in yuan (月保障金额).</param>
public sealed record LivingAllowancePublicEntry(string HouseholdHead, string Village, int Members, decimal LocalStandard, decimal MonthlyAmount);
