using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// <see cref="UnifiedSocialCreditCode"/> against a reference written from GB 32100-2015 alone. Why a single substitution
/// is always caught: changing position i (1–17) from value a to b ≠ a changes the weighted sum by (b − a)·Wᵢ; 31 is
/// prime, Wᵢ = 3^(i−1) mod 31 is never 0 and 0 &lt; |b − a| &lt; 31, so the product is not 0 mod 31, the remainder changes,
/// and since r ↦ (31 − r) mod 31 is one-to-one the check character changes too. Changing position 18 alone breaks the
/// match directly; a character outside the set, or a letter in positions 3–8, is refused anyway.
/// </summary>
[Properties(Arbitrary = [typeof(UnifiedSocialCreditCodeProperties)], MaxTest = 500)]
public class UnifiedSocialCreditCodeProperties
{
    private const string Set = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Seventeen characters from the set, positions 3–8 digits.</summary>
    public static Arbitrary<string> First17() => Arb.From(
        from head in Gen.ArrayOf(Gen.Elements(Set.ToCharArray()), 2)
        from area in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), 6)
        from body in Gen.ArrayOf(Gen.Elements(Set.ToCharArray()), 9)
        select new string(head.Concat(area).Concat(body).ToArray()));

    [Property]
    public bool Seventeen_characters_and_the_reference_check_character_parse(string first17)
    {
        var text = first17 + ReferenceCheck(first17);
        return UnifiedSocialCreditCode.TryParse(text, out var code) && code.Value == text
            && UnifiedSocialCreditCode.ComputeCheckCharacter(first17) == ReferenceCheck(first17)
            && UnifiedSocialCreditCode.Validate(text).Count == 0;
    }

    [Property]
    public bool Any_other_check_character_is_refused_naming_the_right_one(string first17, byte pick)
    {
        var right = ReferenceCheck(first17);
        var wrong = Set.Where(c => c != right).ElementAt(pick % 30);
        var findings = UnifiedSocialCreditCode.Validate(first17 + wrong);
        return !UnifiedSocialCreditCode.TryParse(first17 + wrong, out _)
            && findings.Count == 1 && findings[0].Code == CodeRuleCodes.CreditCodeCheckCharacter
            && findings[0].Message.Contains("give '" + right + "'", System.StringComparison.Ordinal);
    }

    [Property]
    public bool Changing_any_single_character_of_a_valid_code_makes_it_invalid(string first17, byte position, char replacement)
    {
        var valid = (first17 + ReferenceCheck(first17)).ToCharArray();
        var i = position % 18;
        if (valid[i] == replacement)
        {
            return true;
        }

        valid[i] = replacement;
        var changed = new string(valid);
        return !UnifiedSocialCreditCode.TryParse(changed, out _) && UnifiedSocialCreditCode.Validate(changed).Count > 0;
    }

    [Property]
    public bool Changing_any_single_character_to_another_of_the_set_makes_it_invalid(string first17, byte position, byte pick)
    {
        var valid = (first17 + ReferenceCheck(first17)).ToCharArray();
        var i = position % 18;
        valid[i] = Set.Where(c => c != valid[i]).ElementAt(pick % 30);
        return !UnifiedSocialCreditCode.TryParse(new string(valid), out _);
    }

    private static char ReferenceCheck(string first17)
    {
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += Set.IndexOf(first17[i], System.StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return Set[(31 - (sum % 31)) % 31];
    }
}
