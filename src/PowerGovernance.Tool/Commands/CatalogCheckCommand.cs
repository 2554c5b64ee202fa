using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PowerGovernance.Powers;
using PowerGovernance.Serialization;
using PowerGovernance.Tool.Output;
using PowerGovernance.Tool.Seams;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// <c>powergov catalog check FILE</c>: reads a power catalog (CSV or JSON), reports every problem of the file, located,
/// and checks the powers it could read against the catalog rules. Exit 0 clean, 1 rule findings that are errors, 2 a
/// file that cannot be turned into a catalog (or cannot be read at all).
/// </summary>
internal static class CatalogCheckCommand
{
    private const string FileSource = "file";
    private const string RulesSource = "rules";

    public static Command Create(ToolContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "The catalog file: the spreadsheet CSV form (comma, semicolon or tab separated; UTF-8 or GBK) or JSON. 职权目录文件：CSV（逗号、分号或制表符分隔；UTF-8 或 GBK 编码）或 JSON。",
        };
        var json = DueCommand.JsonOption();
        var command = new Command("check", "Check a power catalog file: readable, and in line with the catalog rules power by power. 检查职权目录文件：可读，并逐项符合目录审核规则。")
        {
            file,
            json,
        };
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            return CommandRunner.Run(context, asJson, () => Execute(context, result.GetValue(file)!, asJson));
        });
        return command;
    }

    private static int Execute(ToolContext context, string path, bool json)
    {
        var read = CatalogFileReader.Read(path);
        var validation = CatalogValidator.Default.Validate(read.Powers);

        // Every finding is counted; only those that can be shown (the first ToolContext.MaxItems) are located and cut.
        var shown = new List<(Finding Finding, string Source, string? Power, string? Field)>(Math.Min(ToolContext.MaxItems, read.Problems.Count + validation.Powers.Count));
        foreach (var problem in read.Problems)
        {
            if (shown.Count < ToolContext.MaxItems)
            {
                shown.Add((Bounds.Cut(problem), FileSource, null, null));
            }
        }

        var ruleFindings = 0;
        var ruleErrors = 0;
        foreach (var power in validation.Powers)
        {
            foreach (var finding in power.Findings)
            {
                ruleFindings++;
                if (finding.Severity == FindingSeverity.Error)
                {
                    ruleErrors++;
                }

                if (shown.Count < ToolContext.MaxItems)
                {
                    var location = read.Locations[power.Index];
                    shown.Add((Bounds.Cut(Locate(finding, location, power.Code)), RulesSource, Bounds.Cut(power.Code.Value, Bounds.MaxValueChars), finding.Path.Length == 0 ? null : finding.Path));
                }
            }
        }

        // A file's problems are all errors; the reader lists the first of them and counts the rest.
        var readable = read.Problems.Count == 0;
        var total = read.ProblemCount + ruleFindings;
        var errors = read.ProblemCount + ruleErrors;
        var (note, noteZh) = readable
            ? (string.Create(CultureInfo.InvariantCulture, $"Read {read.Powers.Count} power(s) and checked each against the catalog rules."),
               string.Create(CultureInfo.InvariantCulture, $"已读取 {read.Powers.Count} 项权力，并逐项按目录审核规则检查。"))
            : (string.Create(CultureInfo.InvariantCulture, $"The file cannot be imported as a catalog: its problems are listed with their rows. The {read.Powers.Count} power(s) of the rows without problems were checked against the catalog rules as well."),
               string.Create(CultureInfo.InvariantCulture, $"该文件无法作为职权目录导入，已逐条列出问题及所在行；其余无问题的 {read.Powers.Count} 项权力也已按目录审核规则检查。"));
        if (json)
        {
            ToolJson.Write(context.Out, new CatalogCheckJson(
                path,
                read.Format,
                readable,
                read.Powers.Count,
                read.Powers.Count > 0,
                note,
                noteZh,
                total,
                errors,
                read.UnlistedProblems > 0 || read.Problems.Count + ruleFindings > shown.Count,
                shown.Select(f => ToJson(f.Finding, f.Source, f.Power, f.Field)).ToArray()));
        }
        else
        {
            var o = context.Out;
            o.Write("File 文件: " + Bounds.Cut(path, Bounds.MaxPathChars) + " (" + (read.Format == "json" ? "JSON" : "CSV") + ")\n");
            o.Write(note + "\n" + noteZh + "\n");
            if (total == 0)
            {
                o.Write("No findings. 未发现问题。\n");
            }
            else
            {
                o.Write(string.Create(CultureInfo.InvariantCulture, $"{total} finding(s), {errors} error(s). 共 {total} 项发现，其中错误 {errors} 项。\n"));

                // The reader's own "N more problems" finding is left out: the listing counts what it does not show.
                var listable = shown.Select(f => f.Finding).Where(f => f.Code != CatalogImportRuleCodes.TooManyProblems);
                FindingListing.Write(o, listable, total);
            }
        }

        if (!readable)
        {
            var problems = read.ProblemCount;
            var shownPath = Bounds.Cut(path, Bounds.MaxPathChars);
            context.Error.Write(
                "error [" + CatalogFileReader.UnreadableCode + "]: " + string.Create(CultureInfo.InvariantCulture, $"The catalog file '{shownPath}' has {problems} problem(s); it cannot be imported as a catalog.") + "\n"
                + "错误 [" + CatalogFileReader.UnreadableCode + "]：" + string.Create(CultureInfo.InvariantCulture, $"目录文件“{shownPath}”有 {problems} 个问题，无法作为职权目录导入。") + "\n");
            return ExitCodes.BadInput;
        }

        return validation.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <summary>The finding with its place in the file: <c>row 5, power X: Fee.Basis</c> (CSV) or <c>$.powers[4].fee.basis</c> (JSON), and its line.</summary>
    private static Finding Locate(Finding finding, PowerLocation location, PowerCode code)
    {
        string path;
        if (location.IsJson)
        {
            path = location.Where + (finding.Path.Length == 0 ? string.Empty : "." + JsonPath(finding.Path));
        }
        else
        {
            path = location.Where + ", power 权力 " + Bounds.Cut(code.Value, Bounds.MaxValueChars) + (finding.Path.Length == 0 ? string.Empty : ": " + finding.Path);
        }

        return finding with { Path = path, Line = location.Line };
    }

    /// <summary>Turns a property path (<c>LegalBases[1].Rank</c>) into the catalog JSON's names (<c>legalBases[1].rank</c>).</summary>
    private static string JsonPath(string path) =>
        string.Join(".", path.Split('.').Select(part => part.Length == 0 ? part : JsonNamingPolicy.CamelCase.ConvertName(part)));

    private static CatalogFindingJson ToJson(Finding finding, string source, string? power, string? field) => new(
        finding.Code,
        finding.Severity.ToString().ToLowerInvariant(),
        source,
        finding.Line,
        finding.Path.Length == 0 ? null : finding.Path,
        power,
        field,
        finding.AttemptedValue,
        finding.Message,
        finding.ChineseMessage);
}
