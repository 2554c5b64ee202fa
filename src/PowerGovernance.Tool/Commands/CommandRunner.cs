using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using PowerGovernance.Tool.Output;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// Runs a command's body and turns every <see cref="ToolException"/> into its bilingual message on stderr (and,
/// with <c>--json</c>, an <see cref="ErrorJson"/> on stdout) and its exit code. Also reports bad arguments and
/// internal errors the same way.
/// </summary>
internal static class CommandRunner
{
    public static int Run(ToolContext context, bool json, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ToolException e)
        {
            Report(context, json, e);
            return e.ExitCode;
        }
    }

    /// <summary>Writes a failure: the bilingual message and every problem to stderr; with <paramref name="json"/>, the error as JSON to stdout.</summary>
    public static void Report(ToolContext context, bool json, ToolException e)
    {
        WriteError(context.Error, e.Code, e.English, e.Chinese);
        FindingListing.Write(context.Error, e.Findings);
        if (json)
        {
            var problems = FindingJson.Of(e.Findings.Take(ToolContext.MaxItems), FindingJson.FileSource);
            ToolJson.Write(context.Out, new ErrorJson(new ErrorBodyJson(e.Code, e.English, e.Chinese, e.ExitCode, problems)));
        }
    }

    /// <summary>Reports arguments the parser rejected, in both languages, and returns <see cref="ExitCodes.BadInput"/>.</summary>
    /// <param name="context">The run.</param>
    /// <param name="json">Whether the command line asked for JSON.</param>
    /// <param name="errors">The parser's errors in English.</param>
    /// <param name="chineseErrors">The same errors in Chinese; when empty, the English ones are quoted in the Chinese message.</param>
    public static int ReportUsage(ToolContext context, bool json, IReadOnlyList<ParseError> errors, IReadOnlyList<ParseError> chineseErrors)
    {
        var english = string.Join(" ", errors.Take(10).Select(e => e.Message));
        var chinese = chineseErrors.Count == errors.Count ? string.Concat(chineseErrors.Take(10).Select(e => ChineseSentence(e.Message))) : english;
        return ReportAndReturn(
            context,
            json,
            new ToolException(
                "InvalidArguments",
                "Invalid arguments: " + english + " Run 'powergov --help' for usage.",
                "参数无效：" + chinese + " 运行 powergov --help 查看用法。"));
    }

    /// <summary>Reports an exception the tool did not expect and returns <see cref="ExitCodes.BadInput"/>; never throws.</summary>
    public static int ReportCrash(TextWriter error, Exception e)
    {
        try
        {
            WriteError(
                error,
                "InternalError",
                "Internal error (" + e.GetType().Name + "): " + e.Message + " This is a bug in powergov; please report it with the command line you ran.",
                "内部错误（" + e.GetType().Name + "）：" + e.Message + " 这是 powergov 的缺陷，请连同所运行的命令行一并报告。");
        }
        catch (Exception)
        {
            // Standard error itself failed (e.g. a closed pipe): nothing is left to report to.
        }

        return ExitCodes.BadInput;
    }

    // Some of the parser's Chinese messages end with an ASCII full stop; end each with one Chinese full stop.
    private static string ChineseSentence(string message)
    {
        var text = message.TrimEnd().TrimEnd('.');
        return text.EndsWith('。') ? text : text + "。";
    }

    private static int ReportAndReturn(ToolContext context, bool json, ToolException e)
    {
        Report(context, json, e);
        return e.ExitCode;
    }

    /// <summary>Writes an error's two lines, each message cut to <see cref="Bounds.MaxErrorChars"/> characters whatever it quotes.</summary>
    private static void WriteError(TextWriter writer, string code, string english, string chinese)
    {
        writer.Write("error [" + Bounds.Cut(code, Bounds.MaxValueChars) + "]: " + Bounds.Cut(english, Bounds.MaxErrorChars) + "\n");
        writer.Write("错误 [" + Bounds.Cut(code, Bounds.MaxValueChars) + "]：" + Bounds.Cut(chinese, Bounds.MaxErrorChars) + "\n");
    }
}
