using System;
using System.IO;
using System.Linq;
using PowerGovernance.Powers;
using PowerGovernance.Serialization;
using PowerGovernance.Validation;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>Loads the township catalog from CSV, prints the findings table and the public projection.</summary>
internal static class CatalogDemo
{
    /// <summary>Loads a catalog spreadsheet.</summary>
    public static PowerCatalog Load(string csvPath)
    {
        using var file = File.OpenRead(csvPath);
        return CatalogCsv.Import(file);
    }

    /// <summary>Loads, validates and publishes a catalog; false when the file cannot be read or imported (every problem printed).</summary>
    public static bool Run(string csvPath)
    {
        AnsiConsole.Write(new Rule("2. Power catalog 职权目录"));
        PowerCatalog catalog;
        try
        {
            catalog = Load(csvPath);
        }
        catch (Exception e) when (e is CatalogImportException or IOException or UnauthorizedAccessException)
        {
            AnsiConsole.WriteLine($"The catalog {csvPath} cannot be imported:");
            AnsiConsole.Write(new Text(e.Message + Environment.NewLine));
            return false;
        }

        AnsiConsole.WriteLine($"Loaded {catalog.Count} powers (version {catalog.Version}) from {Path.GetFileName(csvPath)}.");

        var result = CatalogValidator.Default.Validate(catalog);
        AnsiConsole.WriteLine($"Findings: {result.ErrorCount} error(s), {result.WarningCount} warning(s), {result.InfoCount} info; {result.PowersWithFindingsCount} power(s) with findings.");
        var findings = new Table().AddColumns("Power", "Severity", "Rule", "Path", "发现的问题");
        foreach (var power in result.Powers.Where(p => p.Findings.Any(f => f.Severity != FindingSeverity.Info)))
        {
            foreach (var finding in power.Findings.Where(f => f.Severity != FindingSeverity.Info))
            {
                findings.AddRow(
                    Markup.Escape(power.Code.Value),
                    finding.Severity == FindingSeverity.Error ? "[red]Error[/]" : "[yellow]Warning[/]",
                    finding.Code,
                    Markup.Escape(finding.Path),
                    Markup.Escape(finding.ChineseMessage));
            }
        }

        AnsiConsole.Write(findings);

        var projection = PublicCatalog.From(catalog);
        AnsiConsole.WriteLine($"Public catalog 向社会公开: {projection.Powers.Count} of {catalog.Count} powers.");
        var table = new Table().AddColumns("权力编码", "项目名称", "类别", "承诺时限", "投诉渠道");
        foreach (var power in projection.Powers)
        {
            table.AddRow(
                Markup.Escape(power.Code.Value),
                Markup.Escape(power.Name ?? string.Empty),
                Markup.Escape(power.Category?.ChineseName ?? string.Empty),
                Markup.Escape(power.CommittedTimeLimit?.ToChineseString() ?? "—"),
                Markup.Escape(power.ComplaintChannel ?? "—"));
        }

        AnsiConsole.Write(table);
        var confidential = PublicCatalog.ConfidentialList(catalog);
        AnsiConsole.WriteLine($"Confidential list for the reviewing office (not published): {confidential.Count} power(s).");
        foreach (var entry in confidential)
        {
            AnsiConsole.WriteLine($"  {entry.Code} {entry.Name} [{entry.Category?.ChineseName}] — {entry.Reason}");
        }

        AnsiConsole.WriteLine();
        return true;
    }
}
