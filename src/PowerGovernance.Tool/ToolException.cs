using System;
using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool;

/// <summary>
/// A failure the tool reports to the person running it (bad arguments, an unreadable file, a date outside
/// the calendar): a stable code, the message in English and in Simplified Chinese, the exit code and,
/// for an unreadable file, every problem found in it. Thrown by commands and seams, caught by
/// <see cref="Commands.CommandRunner"/>, never seen by the user as an exception.
/// </summary>
internal sealed class ToolException : Exception
{
    public ToolException(string code, string english, string chinese, int exitCode = ExitCodes.BadInput, IReadOnlyList<Finding>? findings = null)
        : base(english)
    {
        Code = code;
        Chinese = chinese;
        ExitCode = exitCode;
        Findings = findings ?? [];
    }

    /// <summary>Gets the stable code, e.g. <c>OutsideCoverage</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the message in English (the same as <see cref="Exception.Message"/>).</summary>
    public string English => Message;

    /// <summary>Gets the message in Simplified Chinese.</summary>
    public string Chinese { get; }

    /// <summary>Gets the exit code to return.</summary>
    public int ExitCode { get; }

    /// <summary>Gets the findings of an input file that cannot be read, in file order; empty otherwise.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
