namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>The sample's exit codes.</summary>
internal static class SampleExitCodes
{
    /// <summary>The story (or the charts) were told and written.</summary>
    public const int Success = 0;

    /// <summary>Output could not be written, e.g. a flowchart folder that cannot be created.</summary>
    public const int OutputNotWritten = 1;

    /// <summary>Bad arguments (e.g. <c>--lang fr</c>) or an input that cannot be read (e.g. a broken catalog spreadsheet).</summary>
    public const int BadInput = 2;
}
