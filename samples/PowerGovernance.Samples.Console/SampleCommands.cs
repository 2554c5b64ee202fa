using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>The sample's command line: the year story (all parts or some), and the flowcharts subcommand; both speak <c>--lang en|zh</c>.</summary>
internal static class SampleCommands
{
    public static RootCommand Create(IAnsiConsole console, TextWriter error)
    {
        var lang = new Option<string>("--lang")
        {
            Description = "The language of the output: en (English, the default) or zh (简体中文). 输出语言：en（英文，默认）或 zh（简体中文）。",
            HelpName = "en|zh",
            DefaultValueFactory = _ => SampleLanguages.Accepted[0],
            Recursive = true,
        };
        lang.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!SampleLanguages.TryParse(value, out _))
            {
                result.AddError(SampleLanguages.UnknownLanguage(value));
            }
        });

        Narrator Narrator(ParseResult result)
        {
            // The validator has refused any other value before an action runs.
            var language = SampleLanguages.TryParse(result.GetValue(lang), out var chosen) ? chosen : SampleLanguage.English;
            return new Narrator(console, error, language);
        }

        var catalog = new Option<FileInfo?>("--catalog")
        {
            Description = "A catalog spreadsheet (CSV, the columns of samples/catalog/township-catalog.csv) to validate and publish in the catalog part; the cases still run on the township sample.",
        };
        var parts = new Option<string[]>("--part")
        {
            Description = "Run only these parts (repeatable): " + string.Join(", ", YearStory.Parts) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        parts.AcceptOnlyFromAmong(YearStory.Parts);
        var flowcharts = new Option<DirectoryInfo?>("--flowcharts")
        {
            Description = "Where the cases part writes the flowcharts (default: " + SampleFolders.FlowchartsDescription + ").",
        };

        var root = new RootCommand(
            "PowerGovernance sample host: a township's year 2024 — calendar, catalog, cases, supervision board, front desk, accountability and the year-end assessment. " +
            "Exit codes: 0 done, 1 output could not be written, 2 bad arguments or an unreadable catalog.\n" +
            "PowerGovernance 示例：一个镇的2024年——工作日历、职权目录、办件、电子监察、首问与一次性告知、问责与年终考核。")
        {
            lang,
            catalog,
            parts,
            flowcharts,
        };
        root.SetAction(result => YearStory.Run(Narrator(result), result.GetValue(catalog), result.GetValue(parts) ?? [], result.GetValue(flowcharts)));

        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "The folder to write into (default: " + SampleFolders.FlowchartsDescription + "; the path written is printed).",
        };
        var export = new Command("flowcharts", "Write the flowchart of every built-in procedure as Mermaid (.mmd) and Graphviz DOT (.dot), and as SVG when Graphviz 'dot' is on the PATH. 输出全部内置流程的流程图。")
        {
            output,
        };
        export.SetAction(result => FlowchartExport.Run(Narrator(result), result.GetValue(output)));
        root.Subcommands.Add(export);
        return root;
    }
}
