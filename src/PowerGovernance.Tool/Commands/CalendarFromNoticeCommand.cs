using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using PowerGovernance.Calendars.China;
using PowerGovernance.Calendars.China.Notices;
using PowerGovernance.Tool.Output;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// <c>powergov calendar from-notice FILE</c>: reads the text of a holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知)
/// with <see cref="NoticeReader"/>, writes the year to stdout in a format and the findings (the reading's, the holiday law's,
/// the differences from the provisional year) to stderr. Exit 0 clean, 1 law findings that are errors, 2 unreadable.
/// </summary>
internal static class CalendarFromNoticeCommand
{
    /// <summary>The largest notice file read, in bytes (four bytes for each character <see cref="NoticeReader"/> reads).</summary>
    private const int MaxFileBytes = NoticeReader.MaxTextLength * 4;

    public static Command Create(ToolContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "The notice's text, UTF-8. 通知原文（UTF-8 文本）。",
        };
        var format = new Option<string>("--format")
        {
            Description = "The format of the year written to stdout: text (default), json (holiday-cn) or ics (iCalendar). 输出格式。",
            DefaultValueFactory = _ => "text",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Print to stderr, per day, the sentence it came from. 在标准错误中逐日列出其来源语句。",
        };
        var amends = new Option<string?>("--amends")
        {
            Description = "Read FILE as an amendment (调整通知, e.g. 关于调整2019年劳动节假期安排的通知) of the year in this calendar file; write the amended calendar and report the changed days. 将通知作为对该日历文件所载年度的调整来读取，输出调整后的日历并报告变动日期。",
        };
        var command = new Command("from-notice", "Read a holiday notice's text into a checked year of the calendar. 读取节假日安排通知原文，生成经校验的年度日历。")
        {
            file,
            format,
            explain,
            amends,
        };
        command.SetAction(result => CommandRunner.Run(context, false, () => result.GetValue(amends) is { } yearFile
            ? CalendarAmendmentRun.Execute(context, result.GetValue(file)!, ReadText(result.GetValue(file)!), yearFile, result.GetValue(format)!, result.GetValue(explain))
            : Execute(context, result.GetValue(file)!, result.GetValue(format)!, result.GetValue(explain))));
        return command;
    }

    private static int Execute(ToolContext context, string path, string formatName, bool explain)
    {
        var format = context.Seams.Export.Find(formatName);
        var text = ReadText(path);
        var reading = NoticeReader.Read(text);
        if (!reading.Succeeded || reading.Year is not { } year)
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"The notice '{path}' could not be read: {reading.Findings.Count} problem(s). 通知“{path}”无法读取：共 {reading.Findings.Count} 个问题。\n"));
            FindingListing.Write(context.Error, reading.Findings);
            return ExitCodes.BadInput;
        }

        var findings = reading.Check();
        if (reading.Issued is null)
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"The notice has no signature date (成文日期); the source is recorded as issued on {year - 1}-01-01. 通知无成文日期，来源的发布日期记为 {year - 1}-01-01。\n"));
        }

        var calendar = reading.ToCalendar(
            "cn-notice-" + year.ToString(CultureInfo.InvariantCulture),
            "国务院办公厅关于" + year.ToString(CultureInfo.InvariantCulture) + "年部分节假日安排的通知",
            reading.Issued ?? new LocalDate(year - 1, 1, 1));
        var range = format.Name == "json" ? new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) : calendar.Coverage;
        if (format.Write is null)
        {
            throw new ToolException("UnsupportedExportFormat", "The format '" + format.Name + "' is not supported by this build.", "此版本不支持“" + format.Name + "”格式。");
        }

        format.Write(calendar, range, context.Out);
        if (explain)
        {
            foreach (var day in reading.Days)
            {
                context.Error.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{day.Date:uuuu-MM-dd} {(day.Kind == NoticeDayKind.Rest ? "rest 放假" : "work 上班")} {day.Holiday.Chinese}: sentence {day.Sentence.Number} 第{day.Sentence.Number}句 (line {day.Sentence.Line}): {Bounds.Cut(day.Sentence.Text, 200)}\n"));
            }
        }

        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        if (findings.Count == 0)
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"Read {year}: {reading.Days.Count} days, checked against the holiday law; no findings. 已读取 {year} 年：{reading.Days.Count} 天，已按节假日法规检查，未发现问题。\n"));
        }
        else
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"Read {year}: {reading.Days.Count} days; {findings.Count} finding(s), {errors} error(s). 已读取 {year} 年：{reading.Days.Count} 天；共 {findings.Count} 项发现，其中错误 {errors} 项。\n"));
            FindingListing.Write(context.Error, findings);
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string ReadText(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ToolException("FileNotFound", "The notice file '" + path + "' does not exist.", "通知文件“" + path + "”不存在。");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new ToolException(
                    "FileTooLarge",
                    string.Create(CultureInfo.InvariantCulture, $"The notice file '{path}' is {info.Length} bytes; at most {MaxFileBytes} bytes are read."),
                    string.Create(CultureInfo.InvariantCulture, $"通知文件“{path}”大小为 {info.Length} 字节，超过上限 {MaxFileBytes} 字节。"));
            }

            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ToolException("FileNotReadable", "The notice file '" + path + "' cannot be read: " + e.Message, "通知文件“" + path + "”无法读取：" + e.Message);
        }
    }
}
