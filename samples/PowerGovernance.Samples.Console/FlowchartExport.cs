using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security;
using PowerGovernance.Accountability;
using PowerGovernance.Calendars.China;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.BuiltIn;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>Writes flowcharts (权力运行流程图) as Mermaid and DOT, and as SVG when Graphviz <c>dot</c> is on the PATH.</summary>
internal static class FlowchartExport
{
    /// <summary>The flowcharts subcommand: every built-in procedure, the accountability procedure included.</summary>
    /// <param name="narrator">Where to tell what was written, and in which language.</param>
    /// <param name="output">The folder, or <see langword="null"/> for <see cref="SampleFolders.Flowcharts"/>.</param>
    /// <returns>The exit code: 0 written, 1 the folder or a file could not be written.</returns>
    public static int Run(Narrator narrator, DirectoryInfo? output)
    {
        var calendar = ChinaCalendars.Official;
        var written = Write(narrator, [.. BuiltInProcedures.All, AccountabilityProcedure.Definition], output ?? SampleFolders.Flowcharts);
        return written ? SampleExitCodes.Success : SampleExitCodes.OutputNotWritten;
    }

    /// <summary>Writes the charts; false (with a message in both languages on the error writer) when the folder or a file cannot be written.</summary>
    public static bool Write(Narrator narrator, IEnumerable<ProcedureDefinition> definitions, DirectoryInfo output)
    {
        var list = definitions.ToList();
        var svg = 0;
        try
        {
            output.Create();
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
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            narrator.Fail(
                $"The flowcharts cannot be written to {output.FullName}: {e.Message} Choose a folder you can write to with --out (or --flowcharts for the year story).",
                $"无法将流程图写入 {output.FullName}：{e.Message} 请用 --out（年度演示用 --flowcharts）指定一个可写的文件夹。");
            return false;
        }

        narrator.Line(
            $"Flowcharts of {list.Count} procedures written to {output.FullName}: Mermaid (.mmd) and Graphviz (.dot)" +
                (svg > 0 ? $", and {svg} SVG rendered with Graphviz dot." : "; install Graphviz (dot on the PATH) for SVG."),
            $"{list.Count}个流程的权力运行流程图已写入 {output.FullName}：Mermaid（.mmd）和 Graphviz（.dot）" +
                (svg > 0 ? $"，另用 Graphviz dot 生成了{svg}个 SVG。" : "；安装 Graphviz（dot 在 PATH 中）可生成 SVG。"));
        narrator.Line();
        return true;
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
