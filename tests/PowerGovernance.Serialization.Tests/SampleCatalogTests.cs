using System;
using System.IO;
using System.Linq;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

/// <summary>The township sample catalog under <c>samples/catalog/</c>, kept as CSV and as JSON.</summary>
public class SampleCatalogTests
{
    private static readonly string SampleDirectory = FindSampleDirectory();

    private static string CsvPath => Path.Combine(SampleDirectory, "township-catalog.csv");

    private static string JsonPath => Path.Combine(SampleDirectory, "township-catalog.json");

    [Fact]
    public void The_CSV_sample_imports_about_twenty_township_powers()
    {
        using var stream = File.OpenRead(CsvPath);

        var catalog = CatalogCsv.Import(stream);

        Assert.InRange(catalog.Count, 15, 30);
        Assert.Contains(catalog, p => p.Name!.Contains("最低生活保障", StringComparison.Ordinal));
        Assert.Contains(catalog, p => p.Category == PowerCategory.Licensing);
        Assert.Contains(catalog, p => p.Category == PowerCategory.Penalty);
        Assert.All(catalog, p => Assert.False(p.Code.IsEmpty));
    }

    [Fact]
    public void The_JSON_and_CSV_samples_hold_equal_catalogs()
    {
        using var csv = File.OpenRead(CsvPath);
        using var json = File.OpenRead(JsonPath);

        var fromCsv = CatalogCsv.Import(csv);
        var fromJson = CatalogJson.Deserialize(json);

        Assert.Equal(fromCsv.Version, fromJson.Version);
        Assert.Equal(fromCsv.Count, fromJson.Count);
        foreach (var (a, b) in fromCsv.Powers.Zip(fromJson.Powers))
        {
            Assert.True(a.Equals(b), a.Code + " differs in " + string.Join(", ", a.DifferingMembers(b)));
        }
    }

    [Fact]
    public void The_CSV_sample_survives_export_and_import()
    {
        var catalog = CatalogCsv.Import(File.ReadAllText(CsvPath));

        Assert.Equal(catalog.Powers, CatalogCsv.Import(CatalogCsv.Export(catalog)).Powers);
    }

    private static string FindSampleDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "catalog");
            if (File.Exists(Path.Combine(candidate, "township-catalog.csv")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("samples/catalog/township-catalog.csv was not found above " + AppContext.BaseDirectory);
    }
}
