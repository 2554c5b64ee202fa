using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The allowance certificate (《保障金领取证》, the township's civil-affairs service rules, 最低生活保障服务 4): issued by the
/// county civil-affairs bureau to a granted household, which draws the allowance with it every month. Immutable; the
/// constructor checks every field and reports all problems at once.
/// </summary>
/// <remarks>
/// The certificate carries what paying and posting need and nothing about the household's income or circumstances,
/// which stay in the case file. The household's public entry (<see cref="LivingAllowancePublicNotice"/>) shows only the
/// household, the standard and the amount.
/// </remarks>
public sealed record LivingAllowanceCertificate
{
    /// <summary>Creates a certificate.</summary>
    /// <param name="number">The certificate number (证号); visible text, at most 64 characters.</param>
    /// <param name="householdHead">The head of the household (户主); visible text, at most 64 characters.</param>
    /// <param name="village">The village (community) of the household (所在村（社区）); visible text, at most 64 characters.</param>
    /// <param name="members">The members covered (保障人口); 1 to <see cref="LivingAllowanceReview.MaximumMembers"/>.</param>
    /// <param name="localStandard">The local standard per person per month, in yuan (保障标准); more than 0.</param>
    /// <param name="monthlyAmount">The household's monthly allowance, in yuan (月保障金额); more than 0 and at most the standard × members.</param>
    /// <param name="issuedOn">The day the county bureau issued it (发证日期).</param>
    /// <exception cref="ArgumentException">A field is missing or out of range; the message lists every problem with the field, the value and the rule.</exception>
    public LivingAllowanceCertificate(string number, string householdHead, string village, int members, decimal localStandard, decimal monthlyAmount, LocalDate issuedOn)
    {
        var problems = new List<string>();
        Text(problems, nameof(number), number, "证号");
        Text(problems, nameof(householdHead), householdHead, "户主");
        Text(problems, nameof(village), village, "所在村（社区）");
        if (members is < 1 or > LivingAllowanceReview.MaximumMembers)
        {
            problems.Add(Invariant($"{nameof(members)} = '{members}': a household covers 1 to {LivingAllowanceReview.MaximumMembers} members / 保障人口须为1至{LivingAllowanceReview.MaximumMembers}人"));
        }

        if (localStandard <= 0m || localStandard > LivingAllowanceReview.MaximumAmount)
        {
            problems.Add(Invariant($"{nameof(localStandard)} = '{localStandard}': the standard is more than 0 and at most ¥1,000,000 / 保障标准须大于0且不超过1000000元"));
        }
        else if (members is >= 1 and <= LivingAllowanceReview.MaximumMembers && (monthlyAmount <= 0m || monthlyAmount > localStandard * members))
        {
            problems.Add(Invariant($"{nameof(monthlyAmount)} = '{monthlyAmount}': the amount is more than 0 and at most the standard × members ({localStandard * members}) / 月保障金额须大于0且不超过保障标准×保障人口（{localStandard * members}元）"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(ProblemList.Describe("The allowance certificate", "保障金领取证", problems));
        }

        Number = number;
        HouseholdHead = householdHead;
        Village = village;
        Members = members;
        LocalStandard = localStandard;
        MonthlyAmount = monthlyAmount;
        IssuedOn = issuedOn;
    }

    /// <summary>Gets the certificate number (证号).</summary>
    public string Number { get; }

    /// <summary>Gets the head of the household (户主).</summary>
    public string HouseholdHead { get; }

    /// <summary>Gets the household's village (community) (所在村（社区）).</summary>
    public string Village { get; }

    /// <summary>Gets the members covered (保障人口).</summary>
    public int Members { get; }

    /// <summary>Gets the local standard per person per month, in yuan (保障标准).</summary>
    public decimal LocalStandard { get; }

    /// <summary>Gets the household's monthly allowance, in yuan (月保障金额).</summary>
    public decimal MonthlyAmount { get; }

    /// <summary>Gets the day the county bureau issued the certificate (发证日期).</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>
    /// Returns the certificate after a dynamic-management review (动态管理): the same certificate when the allowance continues,
    /// one with the new household amount when it is adjusted, and <see langword="null"/> when it is cancelled (the
    /// certificate is withdrawn, 收回).
    /// </summary>
    /// <param name="review">The review of this household, made with this certificate's standard and members.</param>
    /// <returns>The certificate in force after the review, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public LivingAllowanceCertificate? After(LivingAllowanceReviewResult review) =>
        Preconditions.CheckNotNull(review).Decision switch
        {
            LivingAllowanceDecision.Cancel => null,
            LivingAllowanceDecision.Adjust => new LivingAllowanceCertificate(Number, HouseholdHead, Village, Members, LocalStandard, review.HouseholdAmount, IssuedOn),
            _ => this,
        };

    private static void Text(List<string> problems, string field, string? value, string chinese)
    {
        if (value is null || !VisibleText.HasVisibleText(value) || value.Length > 64)
        {
            var shown = value is null ? "null" : value.Length > 64 ? value[..64] + "…" : value;
            problems.Add(Invariant($"{field} = '{shown}': required visible text of at most 64 characters / {chinese}须为不超过64个字符的可见文字"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
