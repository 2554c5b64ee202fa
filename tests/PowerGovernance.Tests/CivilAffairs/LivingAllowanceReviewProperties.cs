using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>
/// Laws of the 低保 dynamic-management policy over generated standards, current amounts and incomes (in fen, so every
/// amount is a real yuan-and-fen sum) and households of 1 to 8 members.
/// </summary>
[Properties(Arbitrary = [typeof(LivingAllowanceReviewProperties)], MaxTest = 500)]
public class LivingAllowanceReviewProperties
{
    /// <summary>A review's inputs: standard, current amount, new income, members.</summary>
    public static Arbitrary<(decimal Standard, decimal Current, decimal Income, int Members)> Inputs()
    {
        var gen =
            from standard in Gen.Choose(1, 200_000)
            from current in Gen.OneOf(Gen.Choose(0, 200_000), Gen.Constant(-1))
            from income in Gen.OneOf(Gen.Choose(0, 300_000), Gen.Choose(System.Math.Max(0, standard - 50), standard + 50))
            from members in Gen.Choose(1, 8)
            select (standard / 100m, (current < 0 ? System.Math.Max(0, standard - income) : current) / 100m, income / 100m, members);
        return Arb.From(gen);
    }

    [Property]
    public bool A_household_at_or_above_the_standard_is_never_continued_or_adjusted((decimal Standard, decimal Current, decimal Income, int Members) x)
    {
        var result = LivingAllowanceReview.Review(x.Standard, x.Current, x.Income, x.Members);
        return (x.Income >= x.Standard) == (result.Decision == LivingAllowanceDecision.Cancel);
    }

    [Property]
    public bool A_household_below_the_standard_is_paid_the_standard_minus_its_income_for_each_member((decimal Standard, decimal Current, decimal Income, int Members) x)
    {
        var result = LivingAllowanceReview.Review(x.Standard, x.Current, x.Income, x.Members);
        return result.Decision == LivingAllowanceDecision.Cancel
            ? result.PerCapitaAmount == 0m && result.HouseholdAmount == 0m
            : result.PerCapitaAmount == x.Standard - x.Income && result.PerCapitaAmount > 0m && result.HouseholdAmount == result.PerCapitaAmount * x.Members;
    }

    [Property]
    public bool The_allowance_continues_exactly_when_the_new_amount_is_the_one_now_paid((decimal Standard, decimal Current, decimal Income, int Members) x)
    {
        var result = LivingAllowanceReview.Review(x.Standard, x.Current, x.Income, x.Members);
        return result.Decision switch
        {
            LivingAllowanceDecision.Continue => result.PerCapitaAmount == x.Current,
            LivingAllowanceDecision.Adjust => result.PerCapitaAmount != x.Current,
            _ => true,
        };
    }

    [Property]
    public bool The_allowance_never_lifts_a_household_above_the_standard((decimal Standard, decimal Current, decimal Income, int Members) x)
    {
        var result = LivingAllowanceReview.Review(x.Standard, x.Current, x.Income, x.Members);
        return result.Decision == LivingAllowanceDecision.Cancel || x.Income + result.PerCapitaAmount == x.Standard;
    }
}
