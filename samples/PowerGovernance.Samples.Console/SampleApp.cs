using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// The sample's entry point, used by <c>Program</c> and by the tests: parses the arguments, tells the story (or writes the
/// charts) to <c>stdout</c>, and returns the exit code (<see cref="SampleExitCodes"/>). Bad arguments exit with 2 and a
/// message in English and Simplified Chinese on <c>stderr</c>.
/// </summary>
internal static class SampleApp
{
    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Where the story goes.</param>
    /// <param name="stderr">Where error messages go.</param>
    /// <param name="interactive">Whether <paramref name="stdout"/> is a terminal (colours, a progress bar); plain text otherwise.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        // The same output on every machine: invariant number formats, and the parser's own messages in English
        // (rendered a second time in Chinese below).
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var root = SampleCommands.Create(CreateConsole(stdout, interactive), stderr);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                ReportUsage(stderr, parse.Errors, ChineseErrors(root, args));
                return SampleExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter stdout, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Plain text when redirected (CI, a file, a test): no colours or cursor codes; wide enough for the tables.
            console.Profile.Width = 200;
        }

        return console;
    }

    private static void ReportUsage(TextWriter stderr, IReadOnlyList<ParseError> errors, IReadOnlyList<ParseError> chinese)
    {
        // English first, then the Chinese of every message that is not bilingual already.
        var english = errors.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
        var messages = english.Concat(chinese.Select(e => e.Message).Distinct(StringComparer.Ordinal).Where(m => !english.Contains(m)));
        stderr.WriteLine("Invalid arguments; run with --help for the options. 参数无效，可用 --help 查看选项。");
        foreach (var line in messages.SelectMany(m => m.Split('\n')))
        {
            stderr.WriteLine("  " + line);
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
            return root.Parse(args).Errors;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
