using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime;
using PowerGovernance.Tool.Output;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// <c>powergov calendar export</c>: writes the official calendar (or a calendar file) in a format, to stdout,
/// for whole years from <c>--from</c> to <c>--to</c> (clipped to the calendar's coverage).
/// </summary>
internal static class CalendarExportCommand
{
    public static Command Create(ToolContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "The format: text (default), json (holiday-cn) or ics (iCalendar). 导出格式。",
            DefaultValueFactory = _ => "text",
        };
        var from = new Option<string?>("--from") { Description = "The first year to export (default: the calendar's first). 起始年度。", HelpName = "YEAR" };
        var to = new Option<string?>("--to") { Description = "The last year to export (default: the calendar's last). 截止年度。", HelpName = "YEAR" };
        var calendar = new Option<string?>("--calendar")
        {
            Description = "Export this calendar file instead of the official calendar. 导出指定的日历文件而非官方日历。",
            HelpName = "FILE",
        };
        var json = DueCommand.JsonOption();
        var command = new Command("export", "Write the official calendar (or a calendar file) in a format, to stdout. 将官方日历（或日历文件）按指定格式输出。")
        {
            format,
            from,
            to,
            calendar,
            json,
        };
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            return CommandRunner.Run(context, asJson, () => Execute(
                context,
                result.GetValue(format)!,
                result.GetValue(from),
                result.GetValue(to),
                result.GetValue(calendar),
                asJson));
        });
        return command;
    }

    private static int Execute(ToolContext context, string formatName, string? fromText, string? toText, string? file, bool json)
    {
        var format = context.Seams.Export.Find(formatName);
        var fromYear = fromText is null ? (int?)null : ArgumentParsers.ParseYear("--from", fromText);
        var toYear = toText is null ? (int?)null : ArgumentParsers.ParseYear("--to", toText);
        var resolved = context.Seams.Calendars.Resolve(file, useProvisional: false, context.Seams.Files);
        var calendar = resolved.File?.Calendar ?? context.Seams.Calendars.Official();
        var coverage = calendar.Coverage;
        var first = fromYear ?? coverage.Start.Year;
        var last = toYear ?? coverage.End.Year;
        foreach (var year in new[] { first, last })
        {
            if (year < coverage.Start.Year || year > coverage.End.Year)
            {
                throw new ToolException(
                    "YearOutsideCoverage",
                    string.Create(CultureInfo.InvariantCulture, $"The year {year} is outside calendar '{calendar.Id}', which covers {Bilingual.Range(coverage)}."),
                    string.Create(CultureInfo.InvariantCulture, $"{year} 年不在日历 {calendar.Id} 的覆盖范围（{Bilingual.Range(coverage)}）内。"));
            }
        }

        if (first > last)
        {
            throw new ToolException(
                "ReversedYears",
                string.Create(CultureInfo.InvariantCulture, $"--from {first} is after --to {last}."),
                string.Create(CultureInfo.InvariantCulture, $"起始年度 {first} 晚于截止年度 {last}。"));
        }

        if (format.Write is null)
        {
            throw new ToolException(
                "FormatNotYetSupported",
                "Writing " + format.DisplayName + " is not yet supported by this version of powergov.",
                "此版本的 powergov 尚不支持导出 " + format.DisplayName + "。");
        }

        var start = new LocalDate(first, 1, 1);
        var end = new LocalDate(last, 12, 31);
        var range = new DateInterval(start < coverage.Start ? coverage.Start : start, end > coverage.End ? coverage.End : end);
        using var content = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            format.Write(calendar, range, content);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The format cannot hold this calendar (e.g. holiday-cn needs whole years and a Saturday–Sunday weekend).
            throw new ToolException(
                "CannotWrite",
                "Calendar '" + calendar.Id + "' cannot be written as " + format.DisplayName + ": " + e.Message,
                "日历 " + calendar.Id + " 无法导出为 " + format.DisplayName + "：" + e.Message);
        }

        if (content.GetStringBuilder() is { Length: > 0 } text && text[^1] != '\n')
        {
            content.Write('\n');
        }
        if (json)
        {
            ToolJson.Write(context.Out, new ExportJson(format.Name, RangeJson.Of(range), CalendarJson.Of(calendar, resolved.Origin, resolved.File), null, content.ToString()));
        }
        else
        {
            context.Out.Write(content.ToString());
        }

        return ExitCodes.Clean;
    }
}
