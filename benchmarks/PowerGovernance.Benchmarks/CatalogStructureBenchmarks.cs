using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PowerGovernance.Powers;
using PowerGovernance.Serialization;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The catalog rules and the CSV import over a catalog of <see cref="Count"/> entries with the structure of a 权责清单
/// (<see cref="GeneratedPowers.CreateStructured"/>): a quarter of them sub-items, every entry with exercising levels,
/// service objects and five or seven stages of responsibilities with accountability matter codes. Issue targets:
/// validation ≤ 100 ms and CSV import ≤ 200 ms per 10,000 entries.
/// </summary>
[MemoryDiagnoser]
public class CatalogStructureBenchmarks
{
    private IReadOnlyList<Power> powers = null!;
    private CatalogValidator validator = null!;
    private string csv = null!;

    /// <summary>Gets the number of entries.</summary>
    public static int Count => 10_000;

    /// <summary>Generates the catalog, and checks that its sub-items find their main items and that the CSV reads back.</summary>
    [GlobalSetup]
    public void Setup()
    {
        powers = GeneratedPowers.CreateStructured(Count);
        validator = new CatalogValidator();
        var result = validator.Validate(powers);
        var subItems = powers.Count(p => p.IsSubItem);
        var mainItemFindings = result.Findings.Count(f => f.Path == nameof(Power.MainItem) || f.Path.StartsWith(nameof(Power.Stages), StringComparison.Ordinal));
        var catalog = new PowerCatalog(powers.DistinctBy(p => p.Code));
        csv = CatalogCsv.Export(catalog);
        if (subItems < Count / 5 || mainItemFindings != 0 || !CatalogCsv.Import(csv).Powers.SequenceEqual(catalog.Powers))
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture, "Benchmark setup: {0} sub-items (expected about a quarter of {1}), {2} main-item or stage findings (expected none), or the CSV did not read back.", subItems, Count, mainItemFindings));
        }
    }

    /// <summary>Validates the whole structured catalog.</summary>
    /// <returns>The result, grouped by power.</returns>
    [Benchmark]
    public CatalogValidationResult Validate10000() => validator.Validate(powers);

    /// <summary>Imports the structured catalog from CSV text.</summary>
    /// <returns>The catalog.</returns>
    [Benchmark]
    public PowerCatalog ImportCsv10000() => CatalogCsv.Import(csv);
}
