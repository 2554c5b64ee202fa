using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using PowerGovernance.Tool.Output;
using PowerGovernance.Tool.Seams;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// <c>powergov calendar check FILE</c>: reads a calendar file (every problem located), then checks it against the
/// holiday law when this build can. Exit 0 clean, 1 law findings that are errors, 2 unreadable.
/// </summary>
internal static class CalendarCheckCommand
{
    public static Command Create(ToolContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "The calendar file: .txt (text format), .json (holiday-cn) or .ics (iCalendar). 日历文件：.txt（文本格式）、.json（holiday-cn）或 .ics（iCalendar）。",
        };
        var json = DueCommand.JsonOption();
        var command = new Command("check", "Check a calendar file: readable, consistent, and in line with the holiday law year by year. 检查日历文件：可读、自洽，并逐年符合节假日法规。")
        {
            file,
            json,
        };
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            return CommandRunner.Run(context, asJson, () => Execute(context, result.GetValue(file)!, asJson));
        });
        return command;
    }

    private static int Execute(ToolContext context, string path, bool json)
    {
        CalendarFile read;
        try
        {
            read = context.Seams.Files.Read(path);
        }
        catch (ToolException e) when (e.Code == CalendarFileReader.UnreadableCode)
        {
            return Unreadable(context, path, json, e);
        }

        var law = context.Seams.Law;
        var findings = law.Check(read.Calendar);
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        var (note, noteZh) = law.IsAvailable
            ? ("Checked the file's structure, and each whole year against the holiday law in force that year (" + law.Name + ").",
               "已检查文件结构，并按各年度施行的节假日法规（" + law.Name + "）逐年检查。")
            : ("Structural check only: the file is readable and consistent (valid dates inside the coverage, no overlapping holidays, make-up working days on weekends). This version of powergov does not yet check calendars against the holiday law.",
               "仅做结构检查：文件可读且自洽（日期有效且在覆盖范围内、放假区间不重叠、调休上班日均为周末）。此版本的 powergov 尚未按节假日法规检查日历。");
        if (json)
        {
            ToolJson.Write(context.Out, new CheckJson(
                path,
                read.Format.Name,
                true,
                CalendarJson.Of(read.Calendar, CalendarOrigin.File, read),
                law.IsAvailable,
                law.IsAvailable ? "structure+law" : "structure",
                note,
                noteZh,
                findings.Count,
                errors,
                findings.Count > ToolContext.MaxItems,
                FindingJson.Of(findings.Take(ToolContext.MaxItems), FindingJson.LawSource)));
        }
        else
        {
            var o = context.Out;
            var calendar = read.Calendar;
            o.Write("File 文件: " + path + " (" + read.Format.DisplayName + ")\n");
            o.Write("Calendar 日历: " + calendar.Id + (calendar.Name is null ? string.Empty : " — " + calendar.Name) + "\n");
            o.Write("Coverage 覆盖范围: " + Bilingual.Range(calendar.Coverage) + string.Create(CultureInfo.InvariantCulture, $", {calendar.WorkingDayCount} working days 个工作日, {calendar.Sources.Count} source(s) 个来源文件\n"));
            o.Write("SHA-256: " + calendar.Identity.ContentHash + "\n");
            o.Write(note + "\n" + noteZh + "\n");
            WriteSummary(context, findings, errors);
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static int Unreadable(ToolContext context, string path, bool json, ToolException e)
    {
        const string Note = "The file cannot be read; every problem is listed with its line. Nothing was checked against the holiday law.";
        const string NoteZh = "文件无法读取，已逐条列出全部问题及行号；未按节假日法规检查。";
        if (json)
        {
            ToolJson.Write(context.Out, new CheckJson(
                path,
                context.Seams.Files.FormatOf(path).Name,
                false,
                null,
                false,
                "structure",
                Note,
                NoteZh,
                e.Findings.Count,
                e.Findings.Count,
                e.Findings.Count > ToolContext.MaxItems,
                FindingJson.Of(e.Findings.Take(ToolContext.MaxItems), FindingJson.FileSource)));
        }
        else
        {
            context.Out.Write("File 文件: " + path + "\n");
            context.Out.Write(Note + "\n" + NoteZh + "\n");
            WriteSummary(context, e.Findings, e.Findings.Count);
        }

        context.Error.Write("error [" + e.Code + "]: " + Bounds.Cut(e.English, Bounds.MaxErrorChars) + "\n错误 [" + e.Code + "]：" + Bounds.Cut(e.Chinese, Bounds.MaxErrorChars) + "\n");
        return e.ExitCode;
    }

    private static void WriteSummary(ToolContext context, IReadOnlyList<Finding> findings, int errors)
    {
        if (findings.Count == 0)
        {
            context.Out.Write("No findings. 未发现问题。\n");
            return;
        }

        context.Out.Write(string.Create(CultureInfo.InvariantCulture, $"{findings.Count} finding(s), {errors} error(s). 共 {findings.Count} 项发现，其中错误 {errors} 项。\n"));
        FindingListing.Write(context.Out, findings);
    }
}
