namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>Options for drawing a procedure's flowchart (权力运行流程图选项).</summary>
/// <remarks>The defaults draw the published Chinese chart; <see cref="Default"/> holds them.</remarks>
public sealed class FlowchartOptions
{
    /// <summary>Gets the default options: Chinese names only.</summary>
    public static FlowchartOptions Default { get; } = new();

    /// <summary>
    /// Gets whether the English names of the procedure and its steps are shown under the Chinese ones
    /// (中英文对照); default <see langword="false"/>.
    /// </summary>
    public bool IncludeEnglishNames { get; init; }
}
