using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;
using PowerGovernance.Testing;
using PowerGovernance.Validation;

namespace PowerGovernance.Tests.Powers;

/// <summary>
/// Laws of the catalog rules over generated powers: untrusted data (nulls, empty and blank strings in every
/// member, null lists and elements, default structs, undefined enums) never makes the validator throw, and
/// a list's findings are exactly the single-power findings plus the duplicate-code and main-item findings.
/// </summary>
public class CatalogValidatorProperties
{
    private static readonly HashSet<string> KnownCodes = typeof(CatalogRuleCodes).GetFields()
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet();

    /// <summary>Lists of untrusted powers with nulls among them; codes repeat often (the generator reuses a few codes).</summary>
    public static Arbitrary<Power?[]> UntrustedLists() => Arb.From(
        Gen.Frequency(
                (1, Gen.Constant<Power?>(null)),
                (8, PowerGenerators.Anything.Select(p => (Power?)p)))
            .ArrayOf(),
        ShrinkList);

    [Property(MaxTest = 300)]
    public Property The_validator_never_throws_and_every_finding_is_complete() =>
        Prop.ForAll(PowerArbitraries.AnyPower(), power =>
        {
            var findings = CatalogValidator.Default.Validate(power);
            return findings.Findings.All(IsComplete)
                && findings.IsAccepted == findings.Findings.All(f => f.Severity != FindingSeverity.Error);
        });

    [Property(MaxTest = 100, Arbitrary = [typeof(CatalogValidatorProperties)])]
    public bool A_list_is_its_powers_checked_one_by_one_plus_duplicate_codes(Power?[] powers)
    {
        var result = CatalogValidator.Default.Validate(powers);

        var grouped = result.Powers.Count == powers.Length
            && result.Powers.Select((p, i) => p.Index == i && ReferenceEquals(p.Power, powers[i]) && p.Code == (powers[i]?.Code ?? default)).All(ok => ok)
            && result.Findings.SequenceEqual(result.Powers.SelectMany(p => p.Findings))
            && result.ErrorCount == result.Findings.Count(f => f.Severity == FindingSeverity.Error)
            && result.WarningCount == result.Findings.Count(f => f.Severity == FindingSeverity.Warning)
            && result.InfoCount == result.Findings.Count(f => f.Severity == FindingSeverity.Info)
            && result.IsAccepted == (result.ErrorCount == 0)
            && result.Findings.All(IsComplete);

        var sameAsSingle = result.Powers.All(p =>
            p.Findings.Where(f => f.Code is not (CatalogRuleCodes.CodeDuplicate or CatalogRuleCodes.MainItemMissing or CatalogRuleCodes.MainItemIsSubItem or CatalogRuleCodes.MainItemCategoryMismatch))
                .SequenceEqual(CatalogValidator.Default.Validate(p.Power).Findings.Select(f => p.Power is null ? f with { Message = f.Message.Replace("index 0", "index " + p.Index, System.StringComparison.Ordinal), ChineseMessage = f.ChineseMessage.Replace("索引0", "索引" + p.Index, System.StringComparison.Ordinal) } : f)));

        var codes = powers.Where(p => p is not null && !p.Code.IsEmpty).Select(p => p!.Code).ToList();
        var duplicates = codes.Count - codes.Distinct().Count() == result.Findings.Count(f => f.Code == CatalogRuleCodes.CodeDuplicate);

        return grouped && sameAsSingle && duplicates;
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PowerArbitraries)])]
    public bool A_well_formed_power_has_neither_errors_nor_warnings(Power power)
    {
        var findings = CatalogValidator.Default.Validate(power).Findings;
        return findings.All(f => f.Severity == FindingSeverity.Info);
    }

    private static bool IsComplete(Finding finding) =>
        KnownCodes.Contains(finding.Code)
        && finding.Path is not null
        && finding.Message.Length > 0
        && finding.ChineseMessage.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static IEnumerable<Power?[]> ShrinkList(Power?[] powers)
    {
        for (var i = 0; i < powers.Length; i++)
        {
            yield return powers.Where((_, index) => index != i).ToArray();
        }
    }
}
