using System;
using System.Linq;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// Area codes of Gansu province (62), Tianshui city (6205), Wushan county (620524), and Dongguan (441900), a city
/// without counties whose towns stand directly under it (GB/T 2260 and the statistical division codes).
/// </summary>
public class AdministrativeAreaCodeTests
{
    [Theory]
    [InlineData("620000", AdministrativeAreaLevel.Province, null)]
    [InlineData("620500", AdministrativeAreaLevel.City, "620000")]
    [InlineData("620524", AdministrativeAreaLevel.County, "620500")]
    [InlineData("620524100", AdministrativeAreaLevel.Township, "620524")]
    [InlineData("620524100201", AdministrativeAreaLevel.Village, "620524100000")]
    [InlineData("620524100000", AdministrativeAreaLevel.Township, "620524000000")]
    [InlineData("620524000000", AdministrativeAreaLevel.County, "620500000000")]
    [InlineData("441900003", AdministrativeAreaLevel.Township, "441900")]
    [InlineData("429004", AdministrativeAreaLevel.County, "429000")]
    public void The_level_and_the_parent_follow_from_the_digits(string text, AdministrativeAreaLevel level, string? parent)
    {
        var code = AdministrativeAreaCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.ToString());
        Assert.Equal(text.Length, code.Length);
        Assert.Equal(parent, code.Parent?.ToString());
    }

    [Fact]
    public void Walking_up_from_a_village_reaches_the_province_in_four_steps()
    {
        var village = AdministrativeAreaCode.Parse("620524100201");

        var chain = Enumerable.Range(0, 5)
            .Select(i => Enumerable.Range(0, i).Aggregate((AdministrativeAreaCode?)village, (c, _) => c?.Parent))
            .Select(c => c?.Level)
            .ToArray();

        Assert.Equal(
            new AdministrativeAreaLevel?[] { AdministrativeAreaLevel.Village, AdministrativeAreaLevel.Township, AdministrativeAreaLevel.County, AdministrativeAreaLevel.City, AdministrativeAreaLevel.Province },
            chain);
        Assert.Equal("620000000000", village.Province!.Value.ToString());
    }

    [Fact]
    public void Codes_of_different_lengths_for_the_same_area_are_equal_and_areas_contain_what_lies_within()
    {
        var county = AdministrativeAreaCode.Parse("620524");
        var twelve = AdministrativeAreaCode.Parse("620524000000");

        Assert.Equal(county, twelve);
        Assert.Equal(county.GetHashCode(), twelve.GetHashCode());
        Assert.Equal("620524000000", county.ToTwelveDigits());
        Assert.True(AdministrativeAreaCode.Parse("620500").Contains(AdministrativeAreaCode.Parse("620524100201")));
        Assert.True(AdministrativeAreaCode.Parse("441900").Contains(AdministrativeAreaCode.Parse("441900003")));
        Assert.True(county.Contains(twelve));
        Assert.False(county.Contains(AdministrativeAreaCode.Parse("620500")));
        Assert.False(county.Contains(AdministrativeAreaCode.Parse("620525")));
        Assert.False(default(AdministrativeAreaCode).Contains(county));
        Assert.True(default(AdministrativeAreaCode).IsEmpty);
        Assert.Equal(string.Empty, default(AdministrativeAreaCode).ToString());
        Assert.Null(default(AdministrativeAreaCode).Parent);
    }

    [Theory]
    [InlineData("62052", CodeRuleCodes.AreaCodeLength, "The administrative area code '62052' has 5 characters; it has 6 (province, city, county), 9 (township) or 12 (village) digits.")]
    [InlineData("62O524", CodeRuleCodes.AreaCodeCharacter, "Position 3: 'O' is not a digit.")]
    [InlineData("６20524", CodeRuleCodes.AreaCodeCharacter, "Position 1: '６' is not a digit; it is full-width, write the half-width '6'.")]
    [InlineData("000000", CodeRuleCodes.AreaCodeStructure, "The administrative area code '000000' is not well formed: the province digits '00' are not 11 to 89 without a zero (e.g. 11 Beijing, 62 Gansu).")]
    [InlineData("600524", CodeRuleCodes.AreaCodeStructure, "The administrative area code '600524' is not well formed: the province digits '60' are not 11 to 89 without a zero (e.g. 11 Beijing, 62 Gansu).")]
    [InlineData("620024", CodeRuleCodes.AreaCodeStructure, "The administrative area code '620024' is not well formed: a county (digits 5–6) needs city digits (3–4).")]
    [InlineData("620000100", CodeRuleCodes.AreaCodeStructure, "The administrative area code '620000100' is not well formed: a township (digits 7–9) stands under a city or county, not directly under a province.")]
    [InlineData("620524000201", CodeRuleCodes.AreaCodeStructure, "The administrative area code '620524000201' is not well formed: a village (digits 10–12) needs township digits (7–9).")]
    public void Malformed_codes_are_refused_with_the_rule(string text, string rule, string message)
    {
        Assert.False(AdministrativeAreaCode.TryParse(text, out var code));
        Assert.True(code.IsEmpty);
        var finding = Assert.Single(AdministrativeAreaCode.Validate(text, "Area"));
        Assert.Equal(rule, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Area", finding.Path);
        Assert.Equal(message, finding.Message);
        Assert.False(string.IsNullOrEmpty(finding.ChineseMessage));
        var error = Assert.Throws<FormatException>(() => AdministrativeAreaCode.Parse(text));
        Assert.Contains("[" + rule + "]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Length_and_characters_are_reported_together_and_long_texts_are_cut()
    {
        Assert.Equal(
            [CodeRuleCodes.AreaCodeLength, CodeRuleCodes.AreaCodeCharacter, CodeRuleCodes.AreaCodeCharacter],
            AdministrativeAreaCode.Validate(" 62052 ").Select(f => f.Code));
        var finding = Assert.Single(AdministrativeAreaCode.Validate(new string('6', 5000)));
        Assert.Equal(new string('6', 40) + "…", finding.AttemptedValue);
        Assert.Throws<ArgumentNullException>(() => AdministrativeAreaCode.Parse(null!));
    }
}
