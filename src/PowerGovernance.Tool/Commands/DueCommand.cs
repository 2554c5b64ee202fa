using System.CommandLine;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Tool.Output;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Commands;

/// <summary><c>powergov due DATE LIMIT</c>: the due date of a time limit counted from a day of receipt.</summary>
internal static class DueCommand
{
    public static Command Create(ToolContext context)
    {
        var date = new Argument<string>("date")
        {
            Description = "The day of receipt (收件日), not counted: an ISO date yyyy-MM-dd, or 'today' (China Standard Time). 收件日（当日不计入）：ISO 日期 yyyy-MM-dd，或 today。",
        };
        var limit = new Argument<string>("limit")
        {
            Description = "The time limit (期限): 20wd, '20个工作日' or '20 working days' (working days); 60d, '60日' or '60 natural days' (natural days); q, '本季度末' or 'end of quarter' (the end of the quarter of the day of receipt), q+1, '下1个季度末' or 'end of quarter 1 later' (the end of the next quarter). 期限：工作日、自然日或季度末。",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Explain the count day by day, in English and Chinese. 逐日说明期限计算（中英文）。",
        };
        var provisional = new Option<bool>("--provisional")
        {
            Description = "Use the calendar with provisional years (built from the holiday law) for years not yet published; the due date is then a range. 对尚未公布安排的年度按节假日法规暂定计算，届满日为区间。",
        };
        var calendar = new Option<string?>("--calendar")
        {
            Description = "Use this calendar file (.txt, .json holiday-cn, .ics) instead of the official calendar; with --provisional, its years are added to the official ones (e.g. next year's notice) and provisional years follow. 使用指定的日历文件代替官方日历；与 --provisional 同用时，文件中的年度并入官方日历，其后为暂定年度。",
            HelpName = "FILE",
        };
        var json = JsonOption();
        var command = new Command("due", "Compute a due date (期限届满日) on China's official working-day calendar. 按官方工作日历计算期限届满日。")
        {
            date,
            limit,
            explain,
            provisional,
            calendar,
            json,
        };
        command.SetAction(result =>
        {
            var asJson = result.GetValue(json);
            return CommandRunner.Run(context, asJson, () => Execute(
                context,
                result.GetValue(date)!,
                result.GetValue(limit)!,
                result.GetValue(explain),
                result.GetValue(provisional),
                result.GetValue(calendar),
                asJson));
        });
        return command;
    }

    /// <summary>The <c>--json</c> option every command has.</summary>
    public static Option<bool> JsonOption() => new("--json")
    {
        Description = "Write machine-readable JSON to stdout (camelCase, ISO dates). 以 JSON 格式输出到标准输出。",
    };

    private static int Execute(ToolContext context, string dateText, string limitText, bool explain, bool useProvisional, string? file, bool json)
    {
        var received = ArgumentParsers.ParseDate(dateText, context.Clock);
        var limit = ArgumentParsers.ParseLimit(limitText);
        var resolved = context.Seams.Calendars.Resolve(file, useProvisional, context.Seams.Files);
        var calendar = resolved.Calendar;
        if (!calendar.Coverage.Contains(received))
        {
            throw CoverageMessages.DateOutside(resolved, received, context.Seams.Calendars.HasProvisional);
        }

        DueDateRange range;
        DueDateExplanation? plain = null;
        DueDateRangeExplanation? ranged = null;
        try
        {
            range = calendar.DueDateRange(received, limit);
            if (explain && calendar is IProvisionalWorkingCalendar)
            {
                ranged = calendar.ExplainDueDateRange(received, limit);
            }
            else if (explain)
            {
                plain = calendar.ExplainDueDate(received, limit);
            }
        }
        catch (CalendarCoverageException)
        {
            throw CoverageMessages.ResultOutside(resolved, received, limit, context.Seams.Calendars.HasProvisional);
        }

        if (json)
        {
            ToolJson.Write(context.Out, new DueJson(
                Bilingual.Iso(received),
                LimitJson.Of(limit),
                Bilingual.Iso(range.MostLikely),
                range.IsProvisional,
                Bilingual.Iso(range.Earliest),
                Bilingual.Iso(range.Latest),
                range.IsExact,
                CalendarJson.Of(calendar, resolved.Origin, resolved.File),
                explain ? Explanation(plain, ranged) : null));
            return ExitCodes.Clean;
        }

        WriteText(context, resolved, received, limit, range);
        if (ranged is not null)
        {
            context.Out.Write("\n" + ranged.ToString(ExplanationLanguage.English) + "\n" + ranged.ToString(ExplanationLanguage.SimplifiedChinese));
        }
        else if (plain is not null)
        {
            context.Out.Write("\n" + plain.ToString(ExplanationLanguage.English) + "\n" + plain.ToString(ExplanationLanguage.SimplifiedChinese));
        }

        return ExitCodes.Clean;
    }

    private static void WriteText(ToolContext context, ResolvedCalendar resolved, LocalDate received, TimeLimit limit, DueDateRange range)
    {
        var o = context.Out;
        if (!range.IsProvisional)
        {
            o.Write("Due date 届满日: " + Bilingual.DateWithWeekday(range.MostLikely) + "\n");
        }
        else if (range.IsExact)
        {
            o.Write("Due date (provisional) 届满日（暂定）: " + Bilingual.DateWithWeekday(range.MostLikely) + "\n");
            o.Write("The period reaches years not yet published, but the law fixes every day it crosses. 期限涉及尚未公布的年度，但所涉日期均由法律确定。\n");
        }
        else
        {
            o.Write("Due date (provisional, most likely) 届满日（暂定，最可能）: " + Bilingual.DateWithWeekday(range.MostLikely) + "\n");
            o.Write("Earliest 最早: " + Bilingual.DateWithWeekday(range.Earliest) + "; latest 最晚: " + Bilingual.DateWithWeekday(range.Latest) + "\n");
            o.Write("The holiday arrangement for some of these days is not yet published; the range is what the notice can make the due date. 部分日期的放假安排尚未公布，区间为公布后届满日可能的范围。\n");
        }

        o.Write("Received 收件日: " + Bilingual.DateWithWeekday(received) + ", not counted 当日不计入\n");
        o.Write("Limit 期限: " + Bilingual.Limit(limit) + "\n");
        var origin = resolved.Origin switch
        {
            CalendarOrigin.File => "file 文件 " + resolved.File!.Path + ", ",
            CalendarOrigin.Provisional when resolved.File is not null => "provisional, with file 暂定，含文件 " + resolved.File.Path + ", ",
            CalendarOrigin.Provisional => "provisional 暂定, ",
            _ => "official 官方, ",
        };
        o.Write("Calendar 日历: " + origin + resolved.Calendar.Identity + "\n");
    }

    private static ExplanationJson Explanation(DueDateExplanation? plain, DueDateRangeExplanation? ranged)
    {
        var days = (ranged?.MostLikely ?? plain!).Days;
        var english = ranged?.ToString(ExplanationLanguage.English) ?? plain!.ToString(ExplanationLanguage.English);
        var chinese = ranged?.ToString(ExplanationLanguage.SimplifiedChinese) ?? plain!.ToString(ExplanationLanguage.SimplifiedChinese);
        return new ExplanationJson(
            english,
            chinese,
            days.Count,
            days.Count > ToolContext.MaxItems,
            days.Take(ToolContext.MaxItems).Select(ExplainedDayJson.Of).ToArray(),
            ranged?.UncertainDays.Select(UncertainDayJson.Of).ToArray() ?? [],
            ranged?.Years.Select(YearJson.Of).ToArray() ?? []);
    }
}
