using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

namespace PowerGovernance.Serialization.Tests;

/// <summary>Catalogs of generated powers (codes made unique by dropping repeats), half of them with sub-items.</summary>
internal static class CatalogGenerators
{
    public static Arbitrary<PowerCatalog> WellFormedCatalogs() => Catalogs(PowerGenerators.WellFormed);

    public static Arbitrary<PowerCatalog> UntrustedCatalogs() => Catalogs(PowerGenerators.Anything);

    private static Arbitrary<PowerCatalog> Catalogs(Gen<Power> powers) =>
        (from list in Gen.Choose(0, 12).SelectMany(n => powers.ListOf(n))
         from version in Gen.Choose(0, 1000)
         from subItems in Gen.Elements(false, true)
         select new PowerCatalog(WithSubItems(list.DistinctBy(p => p.Code).ToArray(), subItems), version))
        .ToArbitrary();

    /// <summary>Makes every third power a sub-item (子项) of the first one, so main item codes travel too.</summary>
    private static Power[] WithSubItems(Power[] powers, bool subItems) =>
        subItems && powers.Length > 0
            ? powers.Select((p, i) => i % 3 == 2 ? p with { MainItem = powers[0].Code } : p).ToArray()
            : powers;
}
