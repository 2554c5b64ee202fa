using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Procedures.Flowcharts;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>Writes flowcharts (权力运行流程图) as Mermaid and DOT, and as SVG when Graphviz <c>dot</c> is on the PATH.</summary>
internal static class FlowchartExport
{
    /// <summary>The flowcharts subcommand: every built-in procedure, the accountability procedure included.</summary>
    public static int Run(DirectoryInfo output)
    {
        var calendar = ChinaCalendars.Official;
        Write([.. BuiltInProcedures.All(calendar), PowerGovernance.Accountability.AccountabilityProcedure.Definition(calendar)], output);
        return 0;
    }

    public static void Write(IEnumerable<ProcedureDefinition> definitions, DirectoryInfo output)
    {
        output.Create();
        var svg = 0;
        var list = definitions.ToList();
        foreach (var definition in list)
        {
            var dotFile = Path.Combine(output.FullName, definition.Id + ".dot");
            File.WriteAllText(Path.Combine(output.FullName, definition.Id + ".mmd"), Flowchart.ToMermaid(definition));
            File.WriteAllText(dotFile, Flowchart.ToDot(definition));
            if (TryRenderSvg(dotFile, Path.ChangeExtension(dotFile, ".svg")))
            {
                svg++;
            }
        }

        AnsiConsole.WriteLine($"Flowcharts 权力运行流程图 of {list.Count} procedures written to {output.FullName}: Mermaid (.mmd) and Graphviz (.dot)" +
            (svg > 0 ? $", and {svg} SVG rendered with Graphviz dot." : "; install Graphviz (dot on the PATH) for SVG."));
        AnsiConsole.WriteLine();
    }

    private static bool TryRenderSvg(string dotFile, string svgFile)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dot", ["-Tsvg", dotFile, "-o", svgFile])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardError.ReadToEnd();
            return process.WaitForExit(60_000) && process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // dot is not installed
        }
    }
}
