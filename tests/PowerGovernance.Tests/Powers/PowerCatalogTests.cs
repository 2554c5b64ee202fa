using System;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

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
        Assert.Contains("未列入职权目录的权力不得行使", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_and_null_powers_are_all_reported()
    {
        var error = Assert.Throws<InvalidCatalogException>(() => new PowerCatalog(
            [SamplePowers.BuildingPermit, null!, SamplePowers.BuildingPermit with { Name = "重复" }]));

        Assert.Equal(["NullPower", "DuplicateCode"], error.Problems.Select(p => p.Rule));
        Assert.Contains("'62052400MZ-XK-0001' is listed more than once (position 2)", error.Message, StringComparison.Ordinal);
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

        Assert.Equal(["AlreadyListed", "NotListed", "NotListed", "ChangedTwice"], error.Problems.Select(p => p.Rule));
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
}
