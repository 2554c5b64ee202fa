using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Accountability;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Accountability;
using static PowerGovernance.Tests.Accountability.AccountabilityWalk;
using static PowerGovernance.Tests.Procedures.BuiltIn.BuiltInFixture;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5 (enumerations): <c>Enum.TryParse</c> reads <c>"Minor,Serious"</c> as <c>EspeciallySerious</c>, pads
/// and numbers; every enumeration read from text takes the exact member name only.
/// </summary>
public class StrictEnumAttackTests
{
    public static readonly TheoryData<string> NotATierName = new()
    {
        "Minor,Serious",
        "Minor, Serious",
        "Serious,Minor",
        " Serious",
        "Serious ",
        "serious",
        "SERIOUS",
        "2",
        "+2",
        "0x2",
        "Serious\0",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(NotATierName))]
    public void The_strict_parser_refuses_combinations_pads_other_cases_and_numbers(string text)
    {
        Assert.False(StrictEnum.TryParse<SeverityTier>(text, out var tier));
        Assert.Equal(default, tier);
    }

    [Theory]
    [MemberData(nameof(NotATierName))]
    public void The_tier_argument_refuses_anything_but_a_member_name(string text) =>
        Assert.False(AccountabilityProcedure.Arguments.Tier.Accepts(text));

    [Theory]
    [InlineData("CitizenComplaint, Media")]
    [InlineData("Inspection,Media")]
    [InlineData(" Media")]
    [InlineData("media")]
    [InlineData("7")]
    public void A_registered_source_is_an_exact_member_name(string text)
    {
        Assert.False(AccountabilityProcedure.IsSource(text));
        Assert.False(AccountabilityProcedure.Arguments.Source.Accepts(text));
    }

    [Fact]
    public void A_decision_with_the_tier_Minor_comma_Serious_is_refused_as_an_invalid_tier_not_judged_as_especially_serious()
    {
        var walk = Decidable();

        var refused = walk.Refuse("decide", Committee, At(2024, 9, 20), new Dictionary<string, string>
        {
            [AccountabilityProcedure.TierArgument] = "Minor,Serious",
            [AccountabilityProcedure.SanctionsArgument] = "circulated-criticism",
        });

        Assert.Equal(RejectionKind.ArgumentInvalid, refused.Rejection);
        var finding = Assert.Single(refused.Findings);
        Assert.Equal(("Arguments[tier]", "Minor,Serious"), (finding.Path, finding.AttemptedValue));
    }

    [Fact]
    public void Every_member_name_of_every_kernel_enumeration_reads_back_and_nothing_else_does()
    {
        foreach (var type in typeof(PowerCatalog).Assembly.GetExportedTypes().Where(t => t.IsEnum))
        {
            var check = typeof(StrictEnumAttackTests).GetMethod(nameof(RoundTrips), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type);
            check.Invoke(null, null);
        }
    }

    [Property(MaxTest = 300)]
    public Property A_choice_accepts_a_text_exactly_when_it_is_a_member_name() =>
        Prop.ForAll(
            Gen.OneOf(
                Gen.Elements(Enum.GetNames<AccountabilitySource>()),
                from a in Gen.Elements(Enum.GetNames<AccountabilitySource>())
                from b in Gen.Elements(Enum.GetNames<AccountabilitySource>())
                select a + "," + b,
                Gen.Elements(Enum.GetNames<AccountabilitySource>()).Select(n => " " + n.ToLowerInvariant()),
                Gen.Choose(-5, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)).ToArbitrary(),
            text => AccountabilityProcedure.Arguments.Source.Accepts(text) == Enum.GetNames<AccountabilitySource>().Contains(text, StringComparer.Ordinal));

    private static void RoundTrips<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
        {
            Assert.True(StrictEnum.TryParse<TEnum>(name, out var value), typeof(TEnum).Name + "." + name);
            Assert.Equal(Enum.Parse<TEnum>(name), value);
            Assert.False(StrictEnum.TryParse<TEnum>(string.Equals(name.ToUpperInvariant(), name, StringComparison.Ordinal) ? name.ToLowerInvariant() : name.ToUpperInvariant(), out _));
            Assert.False(StrictEnum.TryParse<TEnum>(" " + name, out _));
            Assert.False(StrictEnum.TryParse<TEnum>(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
        }
    }

    /// <summary>A case at the committee's decision, nothing aggravating established.</summary>
    private static AccountabilityWalk Decidable()
    {
        var zhao = Investigator("纪委赵某");
        return Open(At(2024, 8, 26), caseId: "attack-tier")
            .Fire("verify", Office, At(2024, 8, 27), reason: "经初步核实，反映情况存在")
            .Fire("open-investigation", Head, At(2024, 8, 28))
            .Fire("assign-investigator", Head, At(2024, 8, 28, 11), Args(AccountabilityProcedure.PersonArgument, zhao.Name))
            .Fire("hear", zhao, At(2024, 9, 5))
            .Fire("heard", zhao, At(2024, 9, 6), reason: "已听取")
            .Fire("submit-report", zhao, At(2024, 9, 9), new Dictionary<string, string> { ["facts"] = "f", ["conclusion"] = "c", ["proposal"] = "p" });
    }
}
