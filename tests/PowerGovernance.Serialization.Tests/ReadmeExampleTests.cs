using System;
using System.IO;
using System.Linq;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

/// <summary>The package README's example, kept compiling and running against the sample catalog.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_README_example_loads_validates_and_prints_findings()
    {
        var output = new StringWriter();
        var csv = Path.Combine(FindRepositoryRoot(), "samples", "catalog", "township-catalog.csv");

        // From src/PowerGovernance.Serialization/README.md, with Console replaced by `output` and `return` by `throw`.
        using var file = File.OpenRead(csv);
        PowerCatalog catalog;
        try { catalog = CatalogCsv.Import(file); }
        catch (CatalogImportException e) { foreach (var finding in e.Findings) output.WriteLine(finding); throw; }

        var result = new CatalogValidator().Validate(catalog);
        foreach (var power in result.Powers)
            foreach (var finding in power.Findings)
                output.WriteLine($"{power.Code} {finding.Severity} {finding.Code} {finding.Path} '{finding.AttemptedValue}': {finding.ChineseMessage}");

        Assert.Equal(result.Findings.Count, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(catalog.Count, result.Powers.Count);
    }

    [Fact]
    public void A_broken_CSV_prints_its_problems_in_the_README_format()
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import("权力编码,项目名称,权力类别,法律依据,启动方式,法定时限,是否涉密\nA,甲,行政许可,,依申请,,否\nB,乙,行政许可,,依申请,二十日,否\n"));

        Assert.StartsWith("line 3: Error TimeLimitFormat at row 3, column 6 (法定时限): '二十日' is not a time limit;", error.Findings.Single().ToString(), StringComparison.Ordinal);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PowerGovernance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PowerGovernance.sln was not found above " + AppContext.BaseDirectory);
    }
}
