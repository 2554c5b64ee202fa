using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Tool.Commands;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool;

/// <summary>
/// <c>powergov</c>'s entry point, used by <c>Program.Main</c> and by the tests: parses the arguments, runs the
/// command and returns the exit code (<see cref="ExitCodes"/>). It never throws: bad arguments and unreadable
/// input exit with 2 and a message in English and Simplified Chinese, and so does an unexpected exception.
/// </summary>
internal static class PowergovApp
{
    // No response files: an argument starting with '@' is an argument, never a file to read.
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    /// <summary>Runs the tool with this build's calendars, readers and writers.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go (text, or JSON with <c>--json</c>).</param>
    /// <param name="stderr">Where error messages go.</param>
    /// <param name="clock">The clock, for <c>today</c>.</param>
    /// <returns>0 clean, 1 findings that are errors, 2 bad arguments or unreadable input.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock) => Run(args, stdout, stderr, clock, ToolSeams.Default);

    /// <summary>Runs the tool with the given seams (tests inject calendars, readers, law checks and writers).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where error messages go.</param>
    /// <param name="clock">The clock, for <c>today</c>.</param>
    /// <param name="seams">Calendars, readers, law check and writers.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, ToolSeams seams)
    {
        // The same output on every machine: invariant formatting, and the parser's and .NET's own messages in
        // English (the parser's errors are rendered a second time in Chinese below).
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var context = new ToolContext(stdout, stderr, clock, seams);
            var root = PowergovCommands.Create(context);
            var parse = root.Parse(args, Parser);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                return CommandRunner.ReportUsage(context, args.Contains("--json", StringComparer.Ordinal), parse.Errors, ChineseErrors(root, args));
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return CommandRunner.ReportCrash(stderr, e);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>The parser's errors in Simplified Chinese (System.CommandLine ships zh-Hans messages), or none when the culture is unavailable.</summary>
    private static IReadOnlyList<ParseError> ChineseErrors(Command root, string[] args)
    {
        CultureInfo chinese;
        try
        {
            chinese = CultureInfo.GetCultureInfo("zh-Hans");
        }
        catch (CultureNotFoundException)
        {
            return [];
        }

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = chinese;
            return root.Parse(args, Parser).Errors;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
