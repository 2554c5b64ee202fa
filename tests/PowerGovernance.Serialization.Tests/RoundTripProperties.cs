using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;
using PowerGovernance.Testing;

namespace PowerGovernance.Serialization.Tests;

public class RoundTripProperties
{
    [Property(MaxTest = 200)]
    public Property JSON_round_trip_of_a_well_formed_power_is_identity() =>
        Prop.ForAll(PowerArbitraries.Power(), power => CatalogJson.DeserializePower(CatalogJson.Serialize(power)).Equals(power));

    [Property(MaxTest = 200)]
    public Property JSON_round_trip_of_an_untrusted_power_is_identity() =>
        Prop.ForAll(PowerArbitraries.AnyPower(), power =>
        {
            var read = CatalogJson.DeserializePower(CatalogJson.Serialize(power));
            return read.Equals(power).Label("differs in " + string.Join(", ", read.DifferingMembers(power)));
        });

    [Property(MaxTest = 50)]
    public Property JSON_round_trip_of_a_catalog_is_identity() =>
        Prop.ForAll(CatalogGenerators.UntrustedCatalogs(), catalog =>
        {
            var read = CatalogJson.Deserialize(CatalogJson.Serialize(catalog));
            return read.Version == catalog.Version && read.Powers.SequenceEqual(catalog.Powers);
        });

    [Property(MaxTest = 100)]
    public Property CSV_export_then_import_is_identity_with_Chinese_headers() =>
        Prop.ForAll(CatalogGenerators.WellFormedCatalogs(), catalog => CsvRoundTrips(catalog, CatalogCsvLanguage.Chinese));

    [Property(MaxTest = 100)]
    public Property CSV_export_then_import_is_identity_with_English_headers() =>
        Prop.ForAll(CatalogGenerators.WellFormedCatalogs(), catalog => CsvRoundTrips(catalog, CatalogCsvLanguage.English));

    private static Property CsvRoundTrips(PowerCatalog catalog, CatalogCsvLanguage language)
    {
        var options = CatalogCsvOptions.Default with { Language = language, Version = catalog.Version };
        var read = CatalogCsv.Import(CatalogCsv.Export(catalog, options), options);
        var firstDifference = read.Powers.Zip(catalog.Powers).Select(pair => pair.First.DifferingMembers(pair.Second)).FirstOrDefault(d => d.Count > 0);
        return (read.Version == catalog.Version && read.Powers.SequenceEqual(catalog.Powers))
            .Label("first difference: " + (firstDifference is null ? "count" : string.Join(", ", firstDifference)));
    }
}
