using System.IO;
using NodaTime;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool;

/// <summary>What one run of the tool writes to and reads from: its output streams, its clock and its seams.</summary>
/// <param name="Out">Standard output: the command's result (text, or JSON with <c>--json</c>).</param>
/// <param name="Error">Standard error: bilingual error messages.</param>
/// <param name="Clock">The clock (for <c>today</c>); the host passes the system clock, tests a fake one.</param>
/// <param name="Seams">Calendars, readers, the law check and writers.</param>
internal sealed record ToolContext(TextWriter Out, TextWriter Error, IClock Clock, ToolSeams Seams)
{
    /// <summary>The most items (findings, problems, differing days, explained days) one output lists; the total is always given.</summary>
    public const int MaxItems = 1000;
}
