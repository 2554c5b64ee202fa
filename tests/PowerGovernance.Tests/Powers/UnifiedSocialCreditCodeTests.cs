using System;
using System.Linq;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// GB 32100-2015: characters 0–9 and A–Z without I, O, Z, S, V have the values 0–30; weights Wᵢ = 3^(i−1) mod 31 =
/// 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28; check value = 31 − (Σ Cᵢ·Wᵢ mod 31), 31 → 0.
/// </summary>
public class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void The_standards_illustration_91350100M000100Y4Z_is_refused_because_the_first_17_characters_give_3()
    {
        // Values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times the weights:
        // 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28 (31·52 = 1612); 31 − 28 = 3 → '3'.
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y4Z", out var code));
        Assert.True(code.IsEmpty);
        var finding = Assert.Single(UnifiedSocialCreditCode.Validate("91350100M000100Y4Z", "Body"));
        Assert.Equal(CodeRuleCodes.CreditCodeCheckCharacter, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Body", finding.Path);
        Assert.Contains("the check character is 'Z', the code's first 17 characters give '3'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("校验码为“Z”，按前17位计算应为“3”", finding.ChineseMessage, StringComparison.Ordinal);
        var error = Assert.Throws<FormatException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y4Z"));
        Assert.Contains("[CreditCodeCheckCharacter]", error.Message, StringComparison.Ordinal);
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void The_corrected_illustration_91350100M000100Y43_parses_into_its_five_parts()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationType);
        Assert.Equal("350100", code.RegistrationAreaCode);
        Assert.Equal(AdministrativeAreaCode.Parse("350100"), code.RegistrationArea);
        Assert.Equal(AdministrativeAreaLevel.City, code.RegistrationArea!.Value.Level);
        Assert.Equal("M000100Y4", code.BodyIdentifier);
        Assert.Equal('3', code.CheckCharacter);
        Assert.Equal("91350100M000100Y43", code.ToString());
        Assert.False(code.IsCentralRegistration);

        // GB 11714 over M000100Y: 22·3 + 1·5 + 34·2 = 66 + 5 + 68 = 139; 139 mod 11 = 7; 11 − 7 = 4 → position 17 '4'.
        Assert.True(code.IsBodyCheckCharacterValid);
        Assert.Empty(code.ValidateBodyIdentifier());
    }

    [Fact]
    public void A_real_code_91512081MA62K0260E_is_valid()
    {
        // 9·1 + 1·3 + 5·9 + 1·27 + 2·19 + 0·26 + 8·16 + 1·17 + M=21·20 + A=10·29 + 6·25 + 2·13 + K=19·8 + 0·24 + 2·10
        // + 6·30 + 0·28 = 9+3+45+27+38+0+128+17+420+290+150+26+152+0+20+180+0 = 1505 (the published working writes 1495,
        // an addition slip; its remainder 17 is that of 1505); 1505 mod 31 = 17 (31·48 = 1488); 31 − 17 = 14 → 'E'.
        var code = UnifiedSocialCreditCode.Parse("91512081MA62K0260E");

        Assert.Equal("512081", code.RegistrationAreaCode);
        Assert.Equal("MA62K0260", code.BodyIdentifier);
        Assert.Equal('E', UnifiedSocialCreditCode.ComputeCheckCharacter("91512081MA62K0260"));

        // GB 11714 over MA62K026: 22·3 + 10·7 + 6·9 + 2·10 + 20·5 + 0·8 + 2·4 + 6·2 = 330 = 11·30; 11 − 0 = 11 → '0'.
        Assert.True(code.IsBodyCheckCharacterValid);
    }

    [Fact]
    public void Real_government_body_codes_of_Sichuan_and_a_central_body_are_valid()
    {
        // 115113010833722043: 1+3+45+27+19+78+0+17+0+232+75+39+56+48+20+0+112 = 772; 772 mod 31 = 28; 31 − 28 = 3.
        var county = UnifiedSocialCreditCode.Parse("115113010833722043");
        Assert.Equal('1', county.RegistrationAuthority);
        Assert.Equal(AdministrativeAreaLevel.County, county.RegistrationArea!.Value.Level);

        // 11100000000013338W: positions 3–8 are 100000, the central registration area, which is no GB/T 2260 code.
        var central = UnifiedSocialCreditCode.Parse("11100000000013338W");
        Assert.True(central.IsCentralRegistration);
        Assert.Null(central.RegistrationArea);
    }

    [Fact]
    public void The_body_identifiers_own_check_is_only_an_optional_warning()
    {
        // 91512081MA62K0260E with position 17 '1' instead of '0': the sum grows by 1·28 to 1533; 1533 mod 31 = 14
        // (31·49 = 1519); 31 − 14 = 17 → 'H'. So 91512081MA62K0261H passes GB 32100 but not GB 11714 (which gives '0').
        var code = UnifiedSocialCreditCode.Parse("91512081MA62K0261H");

        Assert.False(code.IsBodyCheckCharacterValid);
        var finding = Assert.Single(code.ValidateBodyIdentifier("Body"));
        Assert.Equal(CodeRuleCodes.CreditCodeBodyCheckCharacter, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("Position 17 of '91512081MA62K0261H' is '1', but the organisation code check (GB 11714) of positions 9 to 16 gives '0'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    public void A_code_of_the_wrong_length_is_refused_naming_the_length(string text, int length)
    {
        var finding = Assert.Single(UnifiedSocialCreditCode.Validate(text));

        Assert.Equal(CodeRuleCodes.CreditCodeLength, finding.Code);
        Assert.Equal("The unified social credit code '" + text + "' has " + length + " characters; it has 18.", finding.Message);
        Assert.Equal("统一社会信用代码“" + text + "”为" + length + "位，应为18位。", finding.ChineseMessage);
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void Each_forbidden_letter_is_refused_at_its_position(char letter)
    {
        var text = "91350100" + letter + "000100Y43";

        var finding = Assert.Single(UnifiedSocialCreditCode.Validate(text));

        Assert.Equal(CodeRuleCodes.CreditCodeCharacter, finding.Code);
        Assert.Equal("Position 9: '" + letter + "' is not in the code's character set (I, O, Z, S and V are never used).", finding.Message);
        Assert.Equal("第9位：“" + letter + "”不属于代码字符集（不使用I、O、Z、S、V）。", finding.ChineseMessage);
    }

    [Fact]
    public void Lower_case_and_full_width_characters_are_refused_with_the_character_meant()
    {
        var lower = Assert.Single(UnifiedSocialCreditCode.Validate("91350100m000100y43"), f => f.Message.StartsWith("Position 9", StringComparison.Ordinal));
        Assert.Equal("Position 9: 'm' is lower case; the code uses capital letters, write 'M'.", lower.Message);
        Assert.Equal(2, UnifiedSocialCreditCode.Validate("91350100m000100y43").Count);

        var fullWidth = Assert.Single(UnifiedSocialCreditCode.Validate("９1350100M000100Y43"));
        Assert.Equal("Position 1: '９' is a full-width character; write the half-width '9'.", fullWidth.Message);
        Assert.Equal("第1位：“９”为全角字符，应写作半角“9”。", fullWidth.ChineseMessage);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_length_first_and_nothing_is_trimmed()
    {
        var findings = UnifiedSocialCreditCode.Validate(" 13501A0M00010OY43");

        Assert.Equal(
            [CodeRuleCodes.CreditCodeCharacter, CodeRuleCodes.CreditCodeAreaNotDigits, CodeRuleCodes.CreditCodeCharacter],
            findings.Select(f => f.Code));
        Assert.Equal("Position 1: '\\u0020' is not in the code's character set (the digits 0–9 and the capital letters except I, O, Z, S and V).", findings[0].Message);
        Assert.StartsWith("Position 7: 'A' is a letter, but positions 3 to 8 hold the registration authority's administrative area code", findings[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("Position 15: 'O'", findings[2].Message, StringComparison.Ordinal);

        var both = UnifiedSocialCreditCode.Validate("9135010I");
        Assert.Equal([CodeRuleCodes.CreditCodeLength, CodeRuleCodes.CreditCodeCharacter], both.Select(f => f.Code));
    }

    [Fact]
    public void Empty_and_overlong_texts_are_refused_before_any_other_work_and_echoed_bounded()
    {
        Assert.Equal(CodeRuleCodes.CreditCodeLength, Assert.Single(UnifiedSocialCreditCode.Validate(null)).Code);
        Assert.Equal(CodeRuleCodes.CreditCodeLength, Assert.Single(UnifiedSocialCreditCode.Validate(string.Empty)).Code);
        var longText = new string('x', 10_000);
        var finding = Assert.Single(UnifiedSocialCreditCode.Validate(longText));
        Assert.Equal(CodeRuleCodes.CreditCodeLength, finding.Code);
        Assert.Equal(new string('x', 40) + "…", finding.AttemptedValue);
        Assert.True(finding.Message.Length < 300);
        var error = Assert.Throws<FormatException>(() => UnifiedSocialCreditCode.Parse(longText));
        Assert.True(error.Message.Length < 800);
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.Parse(null!));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9135"));
    }

    [Fact]
    public void Codes_compare_ordinally_and_default_is_empty()
    {
        Assert.Equal(UnifiedSocialCreditCode.Parse("91512081MA62K0260E"), UnifiedSocialCreditCode.Parse("91512081MA62K0260E"));
        Assert.NotEqual(UnifiedSocialCreditCode.Parse("91512081MA62K0260E"), UnifiedSocialCreditCode.Parse("91350100M000100Y43"));
        Assert.True(default(UnifiedSocialCreditCode).IsEmpty);
        Assert.Equal(string.Empty, default(UnifiedSocialCreditCode).ToString());
        Assert.Null(default(UnifiedSocialCreditCode).RegistrationArea);
        Assert.Empty(default(UnifiedSocialCreditCode).ValidateBodyIdentifier());
    }
}
