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

    /// <summary>Loads, validates and publishes a catalog; false when the file cannot be read or imported (every problem printed in both languages).</summary>
    public static bool Run(Narrator narrator, string csvPath)
    {
        var terms = narrator.Terms;
        narrator.Heading("2. Power catalog", "2. 职权目录");
        PowerCatalog catalog;
        try
        {
            catalog = Load(csvPath);
        }
        catch (CatalogImportException e)
        {
            narrator.Fail($"The catalog {csvPath} cannot be imported:", $"职权目录 {csvPath} 无法导入：");
            foreach (var finding in e.Findings)
            {
                narrator.Fail($"  {finding.Path} ({finding.Code}): {finding.Message}", $"  {finding.Path}（{finding.Code}）：{finding.ChineseMessage}");
            }

            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            narrator.Fail($"The catalog {csvPath} cannot be read: {e.Message}", $"职权目录 {csvPath} 无法读取：{e.Message}");
            return false;
        }

        narrator.Line(
            $"Loaded {catalog.Count} powers (version {catalog.Version}) from {Path.GetFileName(csvPath)}.",
            $"已从 {Path.GetFileName(csvPath)} 载入{catalog.Count}项职权（第{catalog.Version}版）。");

        var result = CatalogValidator.Default.Validate(catalog);
        narrator.Line(
            $"Findings: {result.ErrorCount} error(s), {result.WarningCount} warning(s), {result.InfoCount} info; {result.PowersWithFindingsCount} power(s) with findings.",
            $"检查结果：错误{result.ErrorCount}个，警告{result.WarningCount}个，提示{result.InfoCount}个；{result.PowersWithFindingsCount}项职权有问题。");
        var findings = narrator.Table(("Power", "权力编码"), ("Severity", "级别"), ("Rule", "规则"), ("Path", "位置"), ("Finding", "发现的问题"));
        foreach (var power in result.Powers.Where(p => p.Findings.Any(f => f.Severity != FindingSeverity.Info)))
        {
            foreach (var finding in power.Findings.Where(f => f.Severity != FindingSeverity.Info))
            {
                var severity = Markup.Escape(terms.Severity(finding.Severity));
                findings.AddRow(
                    Markup.Escape(power.Code.Value),
                    finding.Severity == FindingSeverity.Error ? $"[red]{severity}[/]" : $"[yellow]{severity}[/]",
                    finding.Code,
                    Markup.Escape(finding.Path),
                    Markup.Escape(terms.Message(finding)));
            }
        }

        narrator.Write(findings);

        // The catalog's own data (names, channels) is in Chinese as the office wrote it; the headings, categories and limits follow --lang.
        var projection = PublicCatalog.From(catalog);
        narrator.Line(
            $"Public catalog: {projection.Powers.Count} of {catalog.Count} powers are published.",
            $"向社会公开的职权目录：{catalog.Count}项中公开{projection.Powers.Count}项。");
        var table = narrator.Table(("Code", "权力编码"), ("Name", "项目名称"), ("Category", "类别"), ("Committed limit", "承诺时限"), ("Complaints", "投诉渠道"));
        foreach (var power in projection.Powers)
        {
            table.AddRow(
                Markup.Escape(power.Code.Value),
                Markup.Escape(power.Name ?? string.Empty),
                Markup.Escape(terms.Category(power.Category)),
                Markup.Escape(power.CommittedTimeLimit is { } limit ? terms.Limit(limit) : "—"),
                Markup.Escape(power.ComplaintChannel ?? "—"));
        }

        narrator.Write(table);
        var confidential = PublicCatalog.ConfidentialList(catalog);
        narrator.Line(
            $"Confidential list for the reviewing office (not published): {confidential.Count} power(s).",
            $"报审核机关的涉密清单（不公开）：{confidential.Count}项。");
        foreach (var entry in confidential)
        {
            narrator.Line($"  {entry.Code} {entry.Name} [{terms.Category(entry.Category)}] — {entry.Reason}");
        }

        narrator.Line();
        return true;
    }
}
