using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading.Tasks;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Samples.Web.Flowcharts;

/// <summary>
/// Draws a procedure's flowchart as SVG (流程图) by running Graphviz <c>dot -Tsvg</c> (Debian's <c>graphviz</c>, installed by
/// build/start-chromium) on <see cref="Flowchart.ToDot"/>; each definition version is drawn once and kept.
/// </summary>
internal sealed class GraphvizRenderer
{
    private readonly ConcurrentDictionary<(string Id, int Version), Lazy<Task<string>>> drawn = new();

    /// <summary>Gets the SVG of <paramref name="definition"/>.</summary>
    /// <param name="definition">The procedure.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="InvalidOperationException"><c>dot</c> is missing or failed; the message says so in English and Chinese.</exception>
    public Task<string> SvgAsync(ProcedureDefinition definition)
    {
        var entry = drawn.GetOrAdd((definition.Id, definition.Version), _ => new Lazy<Task<string>>(() => RunDot(Flowchart.ToDot(definition, new FlowchartOptions { IncludeEnglishNames = true }))));
        if (entry.Value.IsFaulted)
        {
            drawn.TryRemove(new((definition.Id, definition.Version), entry));
        }

        return entry.Value;
    }

    private static async Task<string> RunDot(string dot)
    {
        var start = new ProcessStartInfo("dot", ["-Tsvg"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Graphviz `dot` was not found: run build/start-chromium (it installs graphviz) or apt-get install graphviz. 未找到Graphviz的dot程序，请运行build/start-chromium或安装graphviz。", e);
        }

        using (process)
        {
            if (process is null)
            {
                throw new InvalidOperationException("Graphviz `dot` could not be started. 无法启动Graphviz的dot程序。");
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(dot);
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Graphviz `dot` failed (exit code {process.ExitCode}): {await error} Graphviz的dot程序运行失败。");
            }

            return await output;
        }
    }
}
