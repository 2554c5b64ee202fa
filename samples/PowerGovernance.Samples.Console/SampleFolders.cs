using System;
using System.IO;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>Where the sample writes: next to the program (its build output folder, never the current directory).</summary>
internal static class SampleFolders
{
    /// <summary>Gets the default folder of the flowcharts: <c>flowcharts</c> next to the program, for the year story and the subcommand alike.</summary>
    public static DirectoryInfo Flowcharts => new(Path.Combine(AppContext.BaseDirectory, "flowcharts"));

    /// <summary>The default for the help text.</summary>
    public const string FlowchartsDescription = "the 'flowcharts' folder next to the program, e.g. bin/Debug/net10.0/flowcharts";
}
