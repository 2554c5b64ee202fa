using System;
using System.Collections.Generic;
using System.Globalization;
using PowerGovernance.Internal;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The 低保 dynamic-management policy (最低生活保障动态管理, the township's civil-affairs service rules, 最低生活保障服务 1 and
/// 5): a household whose members' monthly per-capita income is below the local standard is covered, and is paid the
/// difference (保障金额 = 保障标准 − 家庭月人均收入) for each member; when the income changes the amount is adjusted, and
/// when it passes the standard (超过最低生活保障线) the allowance is cancelled. Pure and thread-safe.
/// </summary>
/// <remarks>
/// An income equal to the standard leaves nothing to pay and is no longer "below the standard" (低于当地最低生活保障标准),
/// so it cancels too. Amounts are in yuan; nothing is rounded (the difference of two amounts is exact).
/// </remarks>
public static class LivingAllowanceReview
{
    /// <summary>The largest amount accepted for a standard, an income or an allowance: ¥1,000,000 a month.</summary>
    public const decimal MaximumAmount = 1_000_000m;

    /// <summary>The largest household accepted: 100 members.</summary>
    public const int MaximumMembers = 100;

    /// <summary>Reviews a household's allowance after its monthly per-capita income changed.</summary>
    /// <param name="localStandard">The local minimum living standard per person per month, in yuan (当地最低生活保障标准); more than 0.</param>
    /// <param name="currentPerCapitaAmount">The allowance per person per month now paid, in yuan (现人均保障金额); 0 or more.</param>
    /// <param name="newPerCapitaIncome">The household's new monthly per-capita income, in yuan (变动后的家庭月人均收入); 0 or more.</param>
    /// <param name="members">The members covered (保障人口); 1 to <see cref="MaximumMembers"/>.</param>
    /// <returns>Continue, adjust or cancel, with the new amounts and the reasons.</returns>
    /// <exception cref="ArgumentException">An argument is out of range; the message lists every problem, each with the field, the value and the rule.</exception>
    public static LivingAllowanceReviewResult Review(decimal localStandard, decimal currentPerCapitaAmount, decimal newPerCapitaIncome, int members)
    {
        var problems = new List<string>();
        Check(problems, nameof(localStandard), localStandard, 0.01m, "the local standard is more than 0 and at most ¥1,000,000", "当地保障标准须大于0且不超过1000000元");
        Check(problems, nameof(currentPerCapitaAmount), currentPerCapitaAmount, 0m, "the current amount is 0 to ¥1,000,000", "现保障金额须为0至1000000元");
        Check(problems, nameof(newPerCapitaIncome), newPerCapitaIncome, 0m, "the income is 0 to ¥1,000,000", "家庭月人均收入须为0至1000000元");
        if (members is < 1 or > MaximumMembers)
        {
            problems.Add(Invariant($"{nameof(members)} = '{members}': a household covers 1 to {MaximumMembers} members / 保障人口须为1至{MaximumMembers}人"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(ProblemList.Describe("The allowance review", "低保动态管理审核", problems));
        }

        if (newPerCapitaIncome >= localStandard)
        {
            return new LivingAllowanceReviewResult(
                LivingAllowanceDecision.Cancel,
                0m,
                0m,
                Invariant($"The monthly per-capita income of ¥{newPerCapitaIncome} is not below the local standard of ¥{localStandard}: the allowance is cancelled."),
                Invariant($"家庭月人均收入{newPerCapitaIncome}元不低于当地最低生活保障标准{localStandard}元，予以取消保障。"));
        }

        var amount = localStandard - newPerCapitaIncome;
        var household = amount * members;
        return amount == currentPerCapitaAmount
            ? new LivingAllowanceReviewResult(
                LivingAllowanceDecision.Continue,
                amount,
                household,
                Invariant($"The standard of ¥{localStandard} minus the income of ¥{newPerCapitaIncome} is ¥{amount} per person, as now paid: the allowance continues unchanged."),
                Invariant($"保障标准{localStandard}元减家庭月人均收入{newPerCapitaIncome}元为每人{amount}元，与现保障金额相同，继续保障。"))
            : new LivingAllowanceReviewResult(
                LivingAllowanceDecision.Adjust,
                amount,
                household,
                Invariant($"The standard of ¥{localStandard} minus the income of ¥{newPerCapitaIncome} is ¥{amount} per person (¥{household} for {members} member(s)) instead of ¥{currentPerCapitaAmount}: the amount is adjusted."),
                Invariant($"保障标准{localStandard}元减家庭月人均收入{newPerCapitaIncome}元为每人{amount}元（{members}人共{household}元），原为每人{currentPerCapitaAmount}元，调整保障金额。"));
    }

    private static void Check(List<string> problems, string field, decimal value, decimal minimum, string rule, string chineseRule)
    {
        if (value < minimum || value > MaximumAmount)
        {
            problems.Add(Invariant($"{field} = '{value}': {rule} / {chineseRule}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
