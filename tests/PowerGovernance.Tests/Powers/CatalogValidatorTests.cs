using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

public class CatalogValidatorTests
{
    private static readonly Power Valid = RulePowers.Valid;

    [Fact]
    public void A_whole_list_is_checked_in_one_pass_and_grouped_by_power_in_input_order()
    {
        var second = Valid with { Code = PowerCode.Parse("62052400MZ-XK-0002"), LegalBases = [], ComplaintChannel = null };
        var duplicate = Valid with { Name = "重复编码的事项" };
        var last = Valid with { Code = PowerCode.Parse("62052400MZ-XK-0003"), ResponsiblePerson = null };

        var result = CatalogValidator.Default.Validate([Valid, second, null, duplicate, last]);

        Assert.Equal([0, 1, 2, 3, 4], result.Powers.Select(p => p.Index));
        Assert.Equal(
            ["62052400MZ-XK-0001", "62052400MZ-XK-0002", "", "62052400MZ-XK-0001", "62052400MZ-XK-0003"],
            result.Powers.Select(p => p.Code.Value));
        Assert.Same(second, result.Powers[1].Power);
        Assert.Null(result.Powers[2].Power);

        Assert.Empty(result.Powers[0].Findings);
        Assert.Equal([CatalogRuleCodes.LegalBasisMissing, CatalogRuleCodes.ComplaintChannelMissing], result.Powers[1].Findings.Select(f => f.Code));
        Assert.Equal([CatalogRuleCodes.PowerMissing], result.Powers[2].Findings.Select(f => f.Code));
        Assert.Equal([CatalogRuleCodes.CodeDuplicate], result.Powers[3].Findings.Select(f => f.Code));
        Assert.Equal([CatalogRuleCodes.ResponsiblePersonMissing], result.Powers[4].Findings.Select(f => f.Code));
        Assert.Contains("index 2", result.Powers[2].Findings[0].Message, StringComparison.Ordinal);

        Assert.Equal(result.Powers.SelectMany(p => p.Findings), result.Findings);
        Assert.Equal((4, 1, 0), (result.ErrorCount, result.WarningCount, result.InfoCount));
        Assert.Equal(4, result.PowersWithFindingsCount);
        Assert.False(result.IsAccepted);
        Assert.True(result.Powers[4].IsAccepted);
        Assert.False(result.Powers[1].IsAccepted);
        Assert.Equal("5 powers, 4 with findings: 4 errors, 1 warning, 0 info", result.ToString());
        Assert.Equal("#1 62052400MZ-XK-0002: 2 errors, 0 warnings, 0 info", result.Powers[1].ToString());
    }

    [Fact]
    public void Findings_of_one_power_come_in_member_order()
    {
        var broken = Valid with
        {
            Code = new PowerCode("bad"),
            Name = null,
            LegalBases = [],
            Conditions = null,
            CommittedTimeLimit = null,
            ComplaintChannel = null,
        };

        var findings = CatalogValidator.Default.Validate(broken).Findings;

        Assert.Equal(
            ["Code", "Name", "LegalBases", "Conditions", "CommittedTimeLimit", "ComplaintChannel"],
            findings.Select(f => f.Path));
    }

    [Fact]
    public void Each_repetition_after_the_first_is_a_duplicate_and_empty_codes_are_not()
    {
        var noCode = Valid with { Code = default };

        var result = CatalogValidator.Default.Validate([Valid, noCode, Valid, noCode, Valid]);

        Assert.Equal([0, 0, 1, 0, 1], result.Powers.Select(p => p.Findings.Count(f => f.Code == CatalogRuleCodes.CodeDuplicate)));
        Assert.All(result.Powers.Where(p => p.Findings.Any(f => f.Code == CatalogRuleCodes.CodeDuplicate)), p =>
            Assert.Contains("already used by the power at index 0", p.Findings[0].Message, StringComparison.Ordinal));
        Assert.Equal(2, result.Findings.Count(f => f.Code == CatalogRuleCodes.CodeMissing));
    }

    [Fact]
    public void A_catalog_validates_like_its_list_of_powers()
    {
        var catalog = new PowerCatalog([Valid, Valid with { Code = PowerCode.Parse("62052400MZ-XK-0002"), SupervisingBody = null }]);

        var fromCatalog = CatalogValidator.Default.Validate(catalog);
        var fromList = CatalogValidator.Default.Validate(catalog.Powers.ToList());

        Assert.Equal(fromList.Findings, fromCatalog.Findings);
        Assert.Equal(CatalogRuleCodes.SupervisingBodyMissing, Assert.Single(fromCatalog.Findings).Code);
    }

    [Fact]
    public void An_empty_list_is_valid_and_null_arguments_throw()
    {
        var result = CatalogValidator.Default.Validate(Array.Empty<Power>());

        Assert.True(result.IsAccepted);
        Assert.Empty(result.Powers);
        Assert.Throws<ArgumentNullException>(() => CatalogValidator.Default.Validate((PowerCatalog)null!));
        Assert.Throws<ArgumentNullException>(() => CatalogValidator.Default.Validate((Power?[])null!));
        Assert.Throws<ArgumentNullException>(() => new CatalogValidator(null!));
    }

    [Theory]
    [InlineData(20, 13)]
    [InlineData(15, 10)]
    [InlineData(10, 6)]
    [InlineData(30, 20)]
    [InlineData(2, 1)]
    [InlineData(1, 0)]
    [InlineData(0, 0)]
    [InlineData(TimeLimit.MaxDays, 24_333)]
    public void The_committed_limit_may_take_at_most_two_thirds_of_the_legal_one_rounded_down(int legal, int max)
    {
        Assert.Equal(TimeLimit.NaturalDays(max), CatalogRuleOptions.Default.MaxCommitted(TimeLimit.NaturalDays(legal)));
        Assert.Equal(TimeLimit.WorkingDays(max), CatalogRuleOptions.Default.MaxCommitted(TimeLimit.WorkingDays(legal)));

        var atMax = Valid with { LegalTimeLimit = TimeLimit.NaturalDays(legal), CommittedTimeLimit = TimeLimit.NaturalDays(max) };
        var overMax = atMax with { CommittedTimeLimit = TimeLimit.NaturalDays(max + 1) };
        Assert.Empty(CatalogValidator.Default.Validate(atMax).Findings);
        Assert.Equal(CatalogRuleCodes.CommittedLimitNotShortened, Assert.Single(CatalogValidator.Default.Validate(overMax).Findings).Code);
    }

    [Fact]
    public void An_office_can_choose_another_fraction_and_the_message_says_it()
    {
        var validator = new CatalogValidator(CatalogRuleOptions.Default with { CommittedLimitMaxNumerator = 1, CommittedLimitMaxDenominator = 2 });
        var power = Valid with { CommittedTimeLimit = TimeLimit.WorkingDays(13) };

        var finding = Assert.Single(validator.Validate(power).Findings);

        Assert.Equal("The committed limit 13 working days is not at least one half shorter than the legal limit 20 working days: at most 10 working days.", finding.Message);
        Assert.Equal("承诺时限13个工作日未比法定时限20个工作日缩短二分之一以上：最多10个工作日。", finding.ChineseMessage);

        var notLonger = new CatalogValidator(CatalogRuleOptions.Default with { CommittedLimitMaxNumerator = 1, CommittedLimitMaxDenominator = 1 });
        Assert.Empty(notLonger.Validate(Valid with { CommittedTimeLimit = TimeLimit.WorkingDays(20) }).Findings);
        Assert.Contains(
            "is longer than the legal limit 20 working days: at most 20 working days",
            Assert.Single(notLonger.Validate(Valid with { CommittedTimeLimit = TimeLimit.WorkingDays(21) }).Findings).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Options_reject_a_share_above_one_and_out_of_range_values()
    {
        Assert.Throws<ArgumentException>(() => new CatalogValidator(CatalogRuleOptions.Default with { CommittedLimitMaxNumerator = 4 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogRuleOptions.Default with { CommittedLimitMaxNumerator = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => CatalogRuleOptions.Default with { CommittedLimitMaxDenominator = 0 });
        Assert.Throws<ArgumentNullException>(() => CatalogRuleOptions.Default with { CodeFormat = null! });
        Assert.Throws<ArgumentException>(() => CatalogRuleOptions.Default with { AdditionalCategories = [null!] });
        Assert.Equal((2, 3), (CatalogRuleOptions.Default.CommittedLimitMaxNumerator, CatalogRuleOptions.Default.CommittedLimitMaxDenominator));
        Assert.Same(PowerCodeFormat.Standard, CatalogRuleOptions.Default.CodeFormat);
    }

    [Fact]
    public void An_office_category_is_accepted_once_configured()
    {
        var special = new PowerCategory("ZX", "专项审批", "Special approval");
        var power = Valid with { Code = PowerCode.Parse("62052400MZ-ZX-0001"), Category = special };
        var validator = new CatalogValidator(CatalogRuleOptions.Default with { AdditionalCategories = [special] });

        Assert.Equal(CatalogRuleCodes.CategoryUnknown, Assert.Single(CatalogValidator.Default.Validate(power).Findings).Code);
        Assert.Empty(validator.Validate(power).Findings);
        Assert.Equal(CatalogRuleCodes.CodeTypeMismatch, Assert.Single(validator.Validate(power with { Category = PowerCategory.Levy }).Findings).Code);
    }

    [Fact]
    public void A_host_code_format_is_used_and_its_type_group_checked()
    {
        var withType = PowerCodeFormat.FromPattern("county-2024", "^GS-(?<type>[A-Z]{2})-[0-9]{3}$", "GS-XK-001");
        var withoutType = PowerCodeFormat.FromPattern("plain", "^[0-9]{6}$", "000001");
        var typed = new CatalogValidator(CatalogRuleOptions.Default with { CodeFormat = withType });
        var plain = new CatalogValidator(CatalogRuleOptions.Default with { CodeFormat = withoutType });

        Assert.Empty(typed.Validate(Valid with { Code = new PowerCode("GS-XK-001") }).Findings);
        Assert.Equal(CatalogRuleCodes.CodeTypeMismatch, Assert.Single(typed.Validate(Valid with { Code = new PowerCode("GS-CF-001") }).Findings).Code);
        var malformed = Assert.Single(typed.Validate(Valid).Findings);
        Assert.Equal(CatalogRuleCodes.CodeMalformed, malformed.Code);
        Assert.Contains("does not match the county-2024 code format, e.g. 'GS-XK-001'", malformed.Message, StringComparison.Ordinal);
        Assert.Empty(plain.Validate(Valid with { Code = new PowerCode("123456") }).Findings);
    }

    [Fact]
    public void Messages_and_values_do_not_depend_on_the_current_culture()
    {
        var power = Valid with { Fee = Fee.Charged(-1234.5m, "《收费办法》", "每件") };
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Finding finding;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            finding = Assert.Single(CatalogValidator.Default.Validate(power).Findings);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }

        Assert.Equal("-1234.5", finding.AttemptedValue);
        Assert.Equal("The fee amount -1234.5 yuan is negative.", finding.Message);
    }

    [Fact]
    public void One_validator_can_be_shared_between_threads()
    {
        var powers = Enumerable.Range(1, 400)
            .Select(i => Valid with
            {
                Code = PowerCode.Parse(string.Create(CultureInfo.InvariantCulture, $"62052400MZ-XK-{i:D4}")),
                CommittedTimeLimit = TimeLimit.WorkingDays(i % 20),
            })
            .ToArray();
        var expected = powers.Select(p => CatalogValidator.Default.Validate(p).Findings.ToArray()).ToArray();
        var actual = new Finding[powers.Length][];

        Parallel.For(0, powers.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            actual[i] = CatalogValidator.Default.Validate(powers[i]).Findings.ToArray());

        Assert.Equal(expected, actual);
        Assert.Equal(6 * 20, expected.Count(f => f.Length == 1));
    }

    [Fact]
    public void Finding_prints_severity_code_path_and_message()
    {
        var finding = Assert.Single(CatalogValidator.Default.Validate(Valid with { LegalBases = [] }).Findings);

        Assert.StartsWith("Error LegalBasisMissing at LegalBases: The power has no legal basis", finding.ToString(), StringComparison.Ordinal);
    }
}
