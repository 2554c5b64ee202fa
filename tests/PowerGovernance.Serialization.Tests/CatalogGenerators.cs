using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

namespace PowerGovernance.Serialization.Tests;

/// <summary>Catalogs of generated powers (codes made unique by dropping repeats).</summary>
internal static class CatalogGenerators
{
    public static Arbitrary<PowerCatalog> WellFormedCatalogs() => Catalogs(PowerGenerators.WellFormed);

    public static Arbitrary<PowerCatalog> UntrustedCatalogs() => Catalogs(PowerGenerators.Anything);

    private static Arbitrary<PowerCatalog> Catalogs(Gen<Power> powers) =>
        (from list in Gen.Choose(0, 12).SelectMany(n => powers.ListOf(n))
         from version in Gen.Choose(0, 1000)
         select new PowerCatalog(list.DistinctBy(p => p.Code), version))
        .ToArbitrary();
}
