using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PowerGovernance.Powers;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// The catalog rules over a whole catalog: <see cref="CatalogValidator.Validate(IEnumerable{Power})"/> on
/// <see cref="Count"/> generated powers (<see cref="GeneratedPowers"/>, about one in ten with a defect), one
/// pass including the duplicate-code check. Issue target: ≤ 100 ms per 10,000 powers.
/// </summary>
[MemoryDiagnoser]
public class CatalogValidationBenchmarks
{
    private IReadOnlyList<Power> powers = null!;
    private CatalogValidator validator = null!;

    /// <summary>Gets the number of powers validated per call.</summary>
    public static int Count => 10_000;

    /// <summary>Generates the powers and checks that the run reports the generated defects and no duplicate codes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        powers = GeneratedPowers.Create(Count);
        validator = new CatalogValidator();
        var result = validator.Validate(powers);
        var withErrors = result.Powers.Count(p => !p.IsAccepted);
        var duplicates = result.Findings.Count(f => f.Code == CatalogRuleCodes.CodeDuplicate);
        if (result.Powers.Count != Count || withErrors == 0 || withErrors > Count / 5 || duplicates != 0)
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture, "Benchmark setup: {0} of {1} generated powers have errors (expected about {2}%), {3} duplicate codes (expected none).", withErrors, Count, GeneratedPowers.DefectPercent, duplicates));
        }
    }

    /// <summary>Validates the whole generated catalog.</summary>
    /// <returns>The result, grouped by power.</returns>
    [Benchmark]
    public CatalogValidationResult Validate10000() => validator.Validate(powers);
}
