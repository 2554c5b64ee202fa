using System;
using System.Linq;
using PowerGovernance.Calendars;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

namespace PowerGovernance.Tests.Powers;

public class PowerCatalogTests
{
    private static readonly PowerCatalog Catalog = new([SamplePowers.MinimumLivingAllowance, SamplePowers.BuildingPermit], version: 3);

    [Fact]
    public void Listed_powers_are_found_by_code()
    {
        Assert.Equal(2, Catalog.Count);
        Assert.Same(SamplePowers.BuildingPermit, Catalog.Require(SamplePowers.BuildingPermit.Code));
        Assert.True(Catalog.TryGet(SamplePowers.MinimumLivingAllowance.Code, out var power));
        Assert.Same(SamplePowers.MinimumLivingAllowance, power);
    }

    [Fact]
    public void A_power_not_in_the_catalog_may_not_be_exercised()
    {
        var code = PowerCode.Parse("62052400MZ-CF-0001");

        var error = Assert.Throws<PowerNotListedException>(() => Catalog.Require(code));

        Assert.Equal(code, error.Code);
        Assert.Equal(3, error.CatalogVersion);
        Assert.Contains("'62052400MZ-CF-0001' is not listed in catalog version 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("a power not in the catalog may not be exercised", error.Message, StringComparison.Ordinal);
        Assert.Contains("“62052400MZ-CF-0001”未列入第3版职权目录", error.Message, StringComparison.Ordinal);
        Assert.Contains("凡未列入《职权目录》的权力，不得行使", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_and_null_powers_are_all_reported()
    {
        var error = Assert.Throws<InvalidCatalogException>(() => new PowerCatalog(
            [SamplePowers.BuildingPermit, null!, SamplePowers.BuildingPermit with { Name = "重复" }]));

        Assert.Equal([CatalogRuleCodes.PowerMissing, CatalogRuleCodes.CodeDuplicate], error.Findings.Select(p => p.Code));
        Assert.Equal(["Powers[1]", "Powers[62052400MZ-XK-0001]"], error.Findings.Select(p => p.Path));
        Assert.Contains("'62052400MZ-XK-0001' is listed more than once (position 2)", error.Message, StringComparison.Ordinal);
        Assert.Contains("权力编码“62052400MZ-XK-0001”重复列入（位置2）", error.Message, StringComparison.Ordinal);
        Assert.Contains("The catalog has 2 problem(s) / 职权目录共有2个问题", error.Message, StringComparison.Ordinal);
        Assert.Equal("位置1处的权力事项为空。", error.Findings[0].ChineseMessage);
    }

    [Fact]
    public void A_change_set_makes_the_next_version_and_leaves_this_one_alone()
    {
        var amended = SamplePowers.BuildingPermit with { CommittedTimeLimit = TimeLimit.WorkingDays(10), Name = "乡村建设规划许可证核发" };
        var changes = CatalogChangeSet.Empty
            .Add(SamplePowers.SecretInspection)
            .Amend(amended, "缩短承诺时限")
            .Abolish(SamplePowers.MinimumLivingAllowance.Code, "职能调整");

        var next = Catalog.Apply(changes);

        Assert.Equal(4, next.Version);
        Assert.Equal([amended.Code, SamplePowers.SecretInspection.Code], next.Powers.Select(p => p.Code));
        Assert.Equal(2, Catalog.Count);
        Assert.Same(SamplePowers.BuildingPermit, Catalog.Require(amended.Code));

        var differences = PowerCatalog.Compare(Catalog, next);
        Assert.Equal(
            [
                (CatalogChangeKind.Add, "62052400MZ-JC-0009"),
                (CatalogChangeKind.Abolish, "62052400MZ-JF-0001"),
                (CatalogChangeKind.Amend, "62052400MZ-XK-0001"),
            ],
            differences.Select(d => (d.Kind, d.Code.Value)));
        Assert.Equal(["Name", "CommittedTimeLimit"], differences.Single(d => d.Kind == CatalogChangeKind.Amend).ChangedMembers);
    }

    [Fact]
    public void An_impossible_change_set_is_refused_whole_with_every_problem()
    {
        var changes = CatalogChangeSet.Empty
            .Add(SamplePowers.BuildingPermit)
            .Amend(SamplePowers.SecretInspection)
            .Abolish(PowerCode.Parse("62052400MZ-QT-0001"), "无法律依据")
            .Abolish(SamplePowers.MinimumLivingAllowance.Code, "职能调整")
            .Amend(SamplePowers.MinimumLivingAllowance);

        var error = Assert.Throws<InvalidCatalogException>(() => Catalog.Apply(changes));

        Assert.Equal([CatalogReviewRuleCodes.AlreadyListed, CatalogReviewRuleCodes.NotListed, CatalogReviewRuleCodes.NotListed, CatalogReviewRuleCodes.ChangedTwice], error.Findings.Select(p => p.Code));
        Assert.Contains("已列入职权目录，应予修改", error.Findings[0].ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("未列入第3版职权目录，无法修改", error.Findings[1].ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("未列入第3版职权目录，无法废止", error.Findings[2].ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("作了多次变更", error.Findings[3].ChineseMessage, StringComparison.Ordinal);
        Assert.All(error.Findings, p => Assert.StartsWith("Changes[", p.Path, StringComparison.Ordinal));
        Assert.All(error.Findings, p => Assert.Contains(Assert.IsType<string>(p.AttemptedValue), p.Path, StringComparison.Ordinal));
        Assert.All(error.Findings, p => Assert.Contains(Assert.IsType<string>(p.AttemptedValue), p.Message, StringComparison.Ordinal));
        Assert.All(error.Findings, p => Assert.Contains(Assert.IsType<string>(p.AttemptedValue), p.ChineseMessage, StringComparison.Ordinal));
        Assert.Equal(3, Catalog.Version);
        Assert.Throws<ArgumentException>(() => CatalogChangeSet.Empty.Abolish(SamplePowers.BuildingPermit.Code, " "));
    }

    [Fact]
    public void Powers_are_equal_by_value_including_their_legal_bases()
    {
        var copy = SamplePowers.MinimumLivingAllowance with { LegalBases = SamplePowers.MinimumLivingAllowance.LegalBases.ToList() };
        var reordered = SamplePowers.BuildingPermit with
        {
            LegalBases = [new LegalBasis("《规范性文件》", null, LegalBasisRank.NormativeDocument), new LegalBasis("《法》", null, LegalBasisRank.Law)],
        };

        Assert.Equal(SamplePowers.MinimumLivingAllowance, copy);
        Assert.Equal(SamplePowers.MinimumLivingAllowance.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(SamplePowers.MinimumLivingAllowance, copy with { ComplaintChannel = "12345" });
        Assert.Equal([LegalBasisRank.Law, LegalBasisRank.NormativeDocument], reordered.LegalBasesInRankOrder.Select(b => b.Rank));
        Assert.Equal(LegalBasisRank.NormativeDocument, reordered.LegalBases[0].Rank);
        Assert.Empty((SamplePowers.BuildingPermit with { LegalBases = null! }).LegalBases);
    }

    [Fact]
    public void A_listed_power_with_a_legal_basis_may_be_exercised()
    {
        Assert.True(Catalog.MayBeExercised(SamplePowers.BuildingPermit.Code, out var reason));
        Assert.Null(reason);
    }

    [Fact]
    public void A_power_not_listed_may_not_be_exercised_and_the_reason_says_so_in_both_languages()
    {
        var code = PowerCode.Parse("62052400MZ-CF-0001");

        Assert.False(Catalog.MayBeExercised(code, out var reason));

        Assert.Equal("Powers[62052400MZ-CF-0001]", reason.Path);
        Assert.Equal(code.Value, reason.AttemptedValue);
        Assert.Equal(CatalogReviewRuleCodes.NotListed, reason.Code);
        Assert.Equal("Power '62052400MZ-CF-0001' is not listed in catalog version 3; a power not in the catalog may not be exercised.", reason.Message);
        Assert.Equal("权力事项“62052400MZ-CF-0001”未列入第3版职权目录；凡未列入《职权目录》的权力，不得行使。", reason.ChineseMessage);
    }

    [Fact]
    public void A_listed_power_without_a_legal_basis_is_to_be_abolished_and_may_not_be_exercised()
    {
        var catalog = new PowerCatalog([SamplePowers.MinimumLivingAllowance, SamplePowers.SecretInspection], version: 2);

        Assert.False(catalog.MayBeExercised(SamplePowers.SecretInspection.Code, out var reason));

        Assert.Equal("Powers[" + SamplePowers.SecretInspection.Code.Value + "].LegalBases", reason.Path);
        Assert.Equal(CatalogRuleCodes.LegalBasisMissing, reason.Code);
        Assert.Contains("'62052400MZ-JC-0009' (民兵武器装备检查) in catalog version 2 has no legal basis", reason.Message, StringComparison.Ordinal);
        Assert.Contains("to be abolished and may not be exercised", reason.Message, StringComparison.Ordinal);
        Assert.Contains("“62052400MZ-JC-0009”（民兵武器装备检查）无合法依据，应予以废止，不得行使", reason.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("凡无合法依据的，应予以废止", reason.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains(" / 第2版职权目录", reason.ToString(), StringComparison.Ordinal);
        Assert.True(catalog.MayBeExercised(SamplePowers.MinimumLivingAllowance.Code, out _));
    }

    public static TheoryData<LegalBasis?[]> NoLegalBasis() => new(
        [],
        [null],
        [new LegalBasis(" ", "第十条", LegalBasisRank.Law)],
        [null, new LegalBasis(string.Empty, null, LegalBasisRank.NormativeDocument)]);

    [Theory]
    [MemberData(nameof(NoLegalBasis))]
    public void A_legal_basis_list_that_names_no_instrument_bars_exercise_and_is_reported_as_missing(LegalBasis?[] bases)
    {
        var power = SamplePowers.BuildingPermit with { LegalBases = bases! };
        var catalog = new PowerCatalog([power]);

        Assert.False(power.HasLegalBasis);
        Assert.False(catalog.MayBeExercised(power.Code, out var reason));
        Assert.Equal(CatalogRuleCodes.LegalBasisMissing, reason.Code);
        Assert.Contains(CatalogValidator.Default.Validate(power).Findings, f => f.Code == CatalogRuleCodes.LegalBasisMissing);
    }

    /// <summary>
    /// A power may be exercised exactly when it is listed and has at least one legal basis naming an instrument
    /// (凡未列入《职权目录》的权力，不得行使；凡无合法依据的，应予以废止); every refusal is explained in both languages.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_power_may_be_exercised_exactly_when_listed_with_a_legal_basis() =>
        Prop.ForAll(
            Arb.From(
                (from power in PowerGenerators.WellFormed
                 from founded in Gen.Elements(true, false)
                 from listed in Gen.Elements(true, false)
                 select (Power: founded ? power : power with { LegalBases = [] }, Founded: founded, Listed: listed))
                .ListOf()),
            items =>
            {
                var unique = items.DistinctBy(i => i.Power.Code).ToArray();
                var catalog = new PowerCatalog(unique.Where(i => i.Listed).Select(i => i.Power));
                return unique.All(i =>
                {
                    var may = catalog.MayBeExercised(i.Power.Code, out var reason);
                    return may == (i.Listed && i.Founded)
                        && (may
                            ? reason is null
                            : reason is not null
                                && reason.Code == (i.Listed ? CatalogRuleCodes.LegalBasisMissing : CatalogReviewRuleCodes.NotListed)
                                && reason.Message.Contains(i.Power.Code.Value, StringComparison.Ordinal)
                                && reason.ChineseMessage.Contains(i.Power.Code.Value, StringComparison.Ordinal)
                                && reason.ChineseMessage.Contains("不得行使", StringComparison.Ordinal));
                });
            });
}
