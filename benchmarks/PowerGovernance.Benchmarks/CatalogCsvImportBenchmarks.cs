using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PowerGovernance.Powers;
using PowerGovernance.Serialization;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// CSV import of a catalog of <see cref="Count"/> generated powers (<see cref="GeneratedPowers"/>), as an
/// office's spreadsheet arrives: <see cref="CatalogCsv.Import(string)"/> from text and
/// <see cref="CatalogCsv.Import(Stream)"/> from UTF-8 bytes with a byte order mark, each building the whole
/// <see cref="PowerCatalog"/> (parsing legal bases, time limits, categories and words, checking codes are
/// unique). Export is measured for comparison. Issue target: import ≤ 200 ms per 10,000 powers.
/// <see cref="GeneratedPowers"/> repeats a few codes on purpose (a defect for the validator); a catalog
/// cannot hold those, so the file takes the first <see cref="Count"/> powers with distinct codes.
/// </summary>
[MemoryDiagnoser]
public class CatalogCsvImportBenchmarks
{
    private PowerCatalog catalog = null!;
    private string csv = null!;
    private byte[] utf8 = null!;

    /// <summary>Gets the number of powers (rows) per file.</summary>
    public static int Count => 10_000;

    /// <summary>Exports the generated catalog once, and checks that importing it gives the catalog back.</summary>
    [GlobalSetup]
    public void Setup()
    {
        catalog = new PowerCatalog(GeneratedPowers.Create(Count + (Count / 10)).DistinctBy(p => p.Code).Take(Count));
        csv = CatalogCsv.Export(catalog);
        using (var stream = new MemoryStream())
        {
            CatalogCsv.Export(catalog, stream);
            utf8 = stream.ToArray();
        }

        var imported = CatalogCsv.Import(csv);
        if (imported.Count != Count || !imported.Powers.SequenceEqual(catalog.Powers) || !CatalogCsv.Import(new MemoryStream(utf8)).Powers.SequenceEqual(catalog.Powers))
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "Benchmark setup: importing the exported {0} powers did not give them back.", Count));
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "// CSV of {0} powers: {1:N0} chars, {2:N0} UTF-8 bytes", Count, csv.Length, utf8.Length));
    }

    /// <summary>Imports the catalog from CSV text.</summary>
    /// <returns>The catalog.</returns>
    [Benchmark(Baseline = true)]
    public PowerCatalog ImportFromString() => CatalogCsv.Import(csv);

    /// <summary>Imports the catalog from a UTF-8 stream (with a byte order mark), as from a file.</summary>
    /// <returns>The catalog.</returns>
    [Benchmark]
    public PowerCatalog ImportFromUtf8Stream() => CatalogCsv.Import(new MemoryStream(utf8, writable: false));

    /// <summary>Exports the catalog as CSV text (for comparison).</summary>
    /// <returns>The CSV text.</returns>
    [Benchmark]
    public string ExportToString() => CatalogCsv.Export(catalog);
}
