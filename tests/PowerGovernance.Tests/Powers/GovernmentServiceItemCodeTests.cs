using System;
using System.Linq;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// Implementation codes (政务服务事项实施编码, GB/T 39554.1-2020) written as basic code, area code, the implementing
/// body's unified social credit code and handling item code joined by hyphens. The Sichuan parts are a real item of the
/// Guang'an district education bureau (basic code 511A0138000000, area 511602000000, body 115113010833722043, handling
/// item 00); the Wushan county body 116205240139604228 is built for the tests: 11 (establishment office, organ),
/// 620524, body identifier 01396042 + GB 11714 check '2' (0·3+1·7+3·9+9·10+6·5+0·8+4·4+2·2 = 174; 174 mod 11 = 9;
/// 11 − 9 = 2), and GB 32100 check '8' (sum 767; 767 mod 31 = 23; 31 − 23 = 8).
/// </summary>
public class GovernmentServiceItemCodeTests
{
    private const string Wushan = "000101001000-620524000000-116205240139604228-00";
    private const string GuangAn = "511A0138000000-511602000000-115113010833722043-00";

    [Fact]
    public void An_implementation_code_parses_into_its_parts_and_round_trips()
    {
        var code = GovernmentServiceItemCode.Parse(Wushan);

        Assert.Equal("000101001000", code.BasicCode);
        Assert.Equal(AdministrativeAreaCode.Parse("620524"), code.Area);
        Assert.Equal(AdministrativeAreaLevel.County, code.Area.Level);
        Assert.Equal(UnifiedSocialCreditCode.Parse("116205240139604228"), code.ImplementingBody);
        Assert.True(code.ImplementingBody.IsBodyCheckCharacterValid);
        Assert.Equal("00", code.HandlingItemCode);
        Assert.Equal(Wushan, code.ToString());
        Assert.Equal(code, GovernmentServiceItemCode.Create(code.BasicCode, code.Area, code.ImplementingBody, code.HandlingItemCode));
        Assert.Equal(code, GovernmentServiceItemCode.Parse(code.ToPowerCode().Value));
        Assert.True(PowerCode.TryParse(Wushan, out var power, PowerCodeFormat.GovernmentServiceItem));
        Assert.Null(power.GetTypeCode(PowerCodeFormat.GovernmentServiceItem));
        Assert.Equal(Wushan, PowerCodeFormat.GovernmentServiceItem.Example);
        Assert.True(PowerCode.TryParse("62052400MZ-XK-0001", out _));
        Assert.False(PowerCode.TryParse("62052400MZ-XK-0001", out _, PowerCodeFormat.GovernmentServiceItem));
    }

    [Fact]
    public void A_code_whose_area_is_that_of_the_implementing_body_has_no_finding()
    {
        var code = GovernmentServiceItemCode.Parse(Wushan);

        Assert.Empty(code.CheckArea("Code"));
        Assert.Empty(code.CheckImplementingBody(UnifiedSocialCreditCode.Parse("116205240139604228"), "Code"));

        // A township item implemented by the county body: the township 620524100 lies within 620524.
        Assert.Empty(GovernmentServiceItemCode.Parse("000101001000-620524100-116205240139604228-01").CheckArea());
    }

    [Fact]
    public void A_body_registered_elsewhere_in_the_province_gives_a_warning_and_in_another_province_an_error()
    {
        // The real Guang'an item: implemented in 511602, the body registered by the authority of 511301; both in Sichuan (51).
        var sameProvince = Assert.Single(GovernmentServiceItemCode.Parse(GuangAn).CheckArea("Code"));
        Assert.Equal(CodeRuleCodes.ItemCodeAreaMismatch, sameProvince.Code);
        Assert.Equal(FindingSeverity.Warning, sameProvince.Severity);
        Assert.Equal("Code", sameProvince.Path);
        Assert.Contains("implemented in area 511602000000, but its implementing body 115113010833722043 was registered by the authority of area 511301", sameProvince.Message, StringComparison.Ordinal);

        var otherProvince = Assert.Single(GovernmentServiceItemCode.Parse("000101001000-620524000000-115113010833722043-00").CheckArea());
        Assert.Equal(FindingSeverity.Error, otherProvince.Severity);
        Assert.Contains("分属不同省份", otherProvince.ChineseMessage, StringComparison.Ordinal);

        // A centrally registered body (area 100000) is not compared.
        Assert.Empty(GovernmentServiceItemCode.Parse("000101001000-620524000000-11100000000013338W-00").CheckArea());
    }

    [Fact]
    public void A_code_naming_another_body_than_the_implementing_one_is_an_error()
    {
        var code = GovernmentServiceItemCode.Parse(Wushan);

        var finding = Assert.Single(code.CheckImplementingBody(UnifiedSocialCreditCode.Parse("115113010833722043"), "Code"));

        Assert.Equal(CodeRuleCodes.ItemCodeBodyMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("names the implementing body 116205240139604228, but the item is implemented by 115113010833722043", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_with_a_bad_credit_code_and_a_bad_area_reports_both_with_their_own_rules_and_paths()
    {
        var findings = GovernmentServiceItemCode.Validate("000101001000-620024000000-116205240139604229-00", "Code");

        Assert.Equal(
            [(CodeRuleCodes.AreaCodeStructure, "Code.Area"), (CodeRuleCodes.CreditCodeCheckCharacter, "Code.ImplementingBody")],
            findings.Select(f => (f.Code, f.Path)));
        Assert.Contains("the check character is '9', the code's first 17 characters give '8'", findings[1].Message, StringComparison.Ordinal);
        Assert.False(GovernmentServiceItemCode.TryParse("000101001000-620024000000-116205240139604229-00", out var code));
        Assert.Null(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("000101001000-620524000000-116205240139604228")]
    [InlineData("000101001000-620524000000-116205240139604228-00-1")]
    [InlineData("000101001000620524000000116205240139604228")]
    public void A_text_that_is_not_four_parts_is_malformed(string text)
    {
        var finding = Assert.Single(GovernmentServiceItemCode.Validate(text));

        Assert.Equal(CodeRuleCodes.ItemCodeMalformed, finding.Code);
        Assert.Contains("is not four parts joined by hyphens", finding.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => GovernmentServiceItemCode.Parse(text));
    }

    [Fact]
    public void Bad_basic_and_handling_item_codes_are_named()
    {
        var findings = GovernmentServiceItemCode.Validate("0001-620524-116205240139604228-abc");
        Assert.Equal(CodeRuleCodes.ItemCodeMalformed, Assert.Single(findings).Code);
        Assert.Equal("The handling item code (业务办理项编码, part 4) 'abc' is not 1 to 6 digits or capital letters.", findings[0].Message);

        var error = Assert.Throws<ArgumentException>(() => GovernmentServiceItemCode.Create("x", default, default, string.Empty));
        Assert.Contains("has 4 problem(s)", error.Message, StringComparison.Ordinal);
    }
}
