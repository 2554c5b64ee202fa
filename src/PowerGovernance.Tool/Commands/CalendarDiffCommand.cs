using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Tool.Output;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// <c>powergov calendar diff OLD NEW</c>: the days whose type or holiday name differ between two calendar files,
/// over the dates both cover, and the dates only one covers. A difference is not an error: exit 0.
/// </summary>
internal static class CalendarDiffCommand
{
    public static Command Create(ToolContext context)
    {
        var oldFile = new Argument<string>("old") { Description = "The old calendar file. 旧日历文件。" };
        var newFile = new Argument<string>("new") { Description = "The new calendar file. 新日历文件。" };
        var json = DueCommand.JsonOption();
        var command = new Command("diff", "List the days whose type or holiday differ between two calendar files. 比较两个日历文件中日期类型或节日名称不同的日期。")
        {
            oldFile,
            newFile,
            json,
        };
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            return CommandRunner.Run(context, asJson, () => Execute(context, result.GetValue(oldFile)!, result.GetValue(newFile)!, asJson));
        });
        return command;
    }

    private static int Execute(ToolContext context, string oldPath, string newPath, bool json)
    {
        var before = context.Seams.Files.Read(oldPath);
        var after = context.Seams.Files.Read(newPath);
        var a = before.Calendar;
        var b = after.Calendar;
        var start = a.Coverage.Start > b.Coverage.Start ? a.Coverage.Start : b.Coverage.Start;
        var end = a.Coverage.End < b.Coverage.End ? a.Coverage.End : b.Coverage.End;
        var common = start <= end ? new DateInterval(start, end) : null;
        var changed = CalendarComparison.ChangedDays(a, b);
        var count = changed.Count;
        var differences = changed.Take(ToolContext.MaxItems).ToArray();
        var onlyOld = Minus(a.Coverage, b.Coverage);
        var onlyNew = Minus(b.Coverage, a.Coverage);
        var same = a.Identity.ContentHash == b.Identity.ContentHash;
        if (json)
        {
            ToolJson.Write(context.Out, new DiffJson(
                new DiffSideJson(oldPath, CalendarJson.Of(a, CalendarOrigin.File, before)),
                new DiffSideJson(newPath, CalendarJson.Of(b, CalendarOrigin.File, after)),
                same,
                common is null ? null : RangeJson.Of(common),
                onlyOld.Select(RangeJson.Of).ToArray(),
                onlyNew.Select(RangeJson.Of).ToArray(),
                count,
                count > differences.Length,
                differences.Select(day => new DayDiffJson(
                    Bilingual.Iso(day.Date),
                    Bilingual.TypeCode(day.OldType),
                    Bilingual.TypeCode(day.NewType),
                    NameJson.Of(day.OldHoliday),
                    NameJson.Of(day.NewHoliday))).ToArray()));
            return ExitCodes.Clean;
        }

        var o = context.Out;
        o.Write("Old 旧: " + oldPath + ": " + a.Identity.Id + " " + Bilingual.Range(a.Coverage) + " sha256:" + a.Identity.ContentHash + "\n");
        o.Write("New 新: " + newPath + ": " + b.Identity.Id + " " + Bilingual.Range(b.Coverage) + " sha256:" + b.Identity.ContentHash + "\n");
        o.Write("Common coverage 共同覆盖范围: " + (common is null ? "none 无" : Bilingual.Range(common)) + "\n");
        o.Write("Only in old 仅旧文件覆盖: " + Ranges(onlyOld) + "\n");
        o.Write("Only in new 仅新文件覆盖: " + Ranges(onlyNew) + "\n");
        if (count == 0)
        {
            o.Write(common is null
                ? "The files cover no date in common; nothing to compare. 两个文件没有共同覆盖的日期，无可比较。\n"
                : "No day differs in the common coverage. 共同覆盖范围内没有不同的日期。\n");
            return ExitCodes.Clean;
        }

        o.Write(string.Create(CultureInfo.InvariantCulture, $"{count} day(s) differ. {count} 天不同。\n"));
        foreach (var day in differences)
        {
            o.Write("  " + Bilingual.DateWithWeekday(day.Date) + ": " + Describe(day.OldType, day.OldHoliday) + " -> " + Describe(day.NewType, day.NewHoliday) + "\n");
        }

        if (count > differences.Length)
        {
            var more = count - differences.Length;
            o.Write(string.Create(CultureInfo.InvariantCulture, $"  … and {more} more (--json lists the first {ToolContext.MaxItems} too). 另有 {more} 天未列出。\n"));
        }

        return ExitCodes.Clean;
    }

    private static string Describe(DayType type, HolidayName? name) =>
        Bilingual.TypeName(type) + (name is null ? string.Empty : " (" + name + ")");

    private static string Ranges(List<DateInterval> ranges) =>
        ranges.Count == 0 ? "none 无" : string.Join(", ", ranges.Select(Bilingual.Range));

    /// <summary>The dates of <paramref name="a"/> that are not in <paramref name="b"/>: zero, one or two ranges.</summary>
    private static List<DateInterval> Minus(DateInterval a, DateInterval b)
    {
        var result = new List<DateInterval>();
        if (b.End < a.Start || b.Start > a.End)
        {
            result.Add(a);
            return result;
        }

        if (a.Start < b.Start)
        {
            result.Add(new DateInterval(a.Start, b.Start.PlusDays(-1)));
        }

        if (a.End > b.End)
        {
            result.Add(new DateInterval(b.End.PlusDays(1), a.End));
        }

        return result;
    }
}
