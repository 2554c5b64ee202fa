using System.CommandLine;
using System.IO;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>The sample's command line: the year story (all parts or some), and the flowcharts subcommand.</summary>
internal static class SampleCommands
{
    public static RootCommand Create()
    {
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
            Description = "Where the cases part writes the flowcharts (default: 'flowcharts' next to the program).",
        };

        var root = new RootCommand("PowerGovernance sample host: a township's year 2024 — calendar, catalog, cases, supervision board, front desk, accountability and the year-end assessment.")
        {
            catalog,
            parts,
            flowcharts,
        };
        root.SetAction(result => YearStory.Run(result.GetValue(catalog), result.GetValue(parts) ?? [], result.GetValue(flowcharts)));

        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write into.",
            DefaultValueFactory = _ => new DirectoryInfo("flowcharts"),
        };
        var export = new Command("flowcharts", "Write the flowchart of every built-in procedure as Mermaid (.mmd) and Graphviz DOT (.dot), and as SVG when Graphviz 'dot' is on the PATH.")
        {
            output,
        };
        export.SetAction(result => FlowchartExport.Run(result.GetValue(output)!));
        root.Subcommands.Add(export);
        return root;
    }
}
