using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China.Notices;
using PowerGovernance.Tool.Output;
using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Commands;

/// <summary>
/// <c>powergov calendar from-notice AMENDMENT --amends YEARFILE</c>: reads a notice that changes one holiday of a year
/// already loaded (调整通知, e.g. 国务院办公厅关于调整2019年劳动节假期安排的通知) with <see cref="NoticeAmendmentReader"/>
/// against the calendar file, writes the amended calendar to stdout in the format, and to stderr the changed days (each
/// traced to its sentence) and the holiday-law findings on the amended calendar. Exit 0 clean, 1 law errors, 2 unreadable.
/// </summary>
internal static class CalendarAmendmentRun
{
    public static int Execute(ToolContext context, string path, string text, string yearPath, string formatName, bool explain)
    {
        var format = context.Seams.Export.Find(formatName);
        var loaded = context.Seams.Files.Read(yearPath);
        var amendment = NoticeAmendmentReader.Read(text, loaded.Calendar);
        if (!amendment.Succeeded)
        {
            context.Error.Write(string.Create(CultureInfo.InvariantCulture, $"The amendment '{path}' could not be applied to '{yearPath}': {amendment.Findings.Count} problem(s). 调整通知“{path}”无法应用于“{yearPath}”：共 {amendment.Findings.Count} 个问题。\n"));
            FindingListing.Write(context.Error, amendment.Findings);
            return ExitCodes.BadInput;
        }

        var amended = amendment.Amended;
        var year = amendment.Year!.Value;
        if (format.Write is null)
        {
            throw new ToolException("UnsupportedExportFormat", "The format '" + format.Name + "' is not supported by this build.", "此版本不支持“" + format.Name + "”格式。");
        }

        var range = format.Name == "json" ? new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) : amended.Coverage;
        format.Write(amended, range, context.Out);

        var e = context.Error;
        e.Write(string.Create(CultureInfo.InvariantCulture, $"Amendment of {year} {amendment.Holiday!.English} ({amendment.Title ?? amendment.Holiday.Chinese}{(amendment.Issued is { } issued ? ", issued " + Bilingual.Iso(issued) : string.Empty)}): {amendment.Changes.Count} day(s) changed in '{yearPath}'. 调整通知：{year} 年{amendment.Holiday.Chinese}，变动 {amendment.Changes.Count} 天。\n"));
        foreach (var change in amendment.Changes)
        {
            var c = change.Change;
            e.Write("  " + Bilingual.DateWithWeekday(c.Date) + ": " + Describe(c.OldType, c.OldHoliday) + " -> " + Describe(c.NewType, c.NewHoliday)
                + (c.WorkingChanged ? " [working day changed 工作日变动]" : string.Empty)
                + string.Create(CultureInfo.InvariantCulture, $"; sentence {change.Sentence.Number} 第{change.Sentence.Number}句 (line {change.Sentence.Line}): {Bounds.Cut(change.Sentence.Text, 200)}\n"));
        }

        if (explain)
        {
            foreach (var day in amendment.Days)
            {
                e.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{day.Date:uuuu-MM-dd} {(day.Kind == NoticeDayKind.Rest ? "rest 放假" : "work 上班")} {day.Holiday.Chinese}: sentence {day.Sentence.Number} 第{day.Sentence.Number}句 (line {day.Sentence.Line}): {Bounds.Cut(day.Sentence.Text, 200)}\n"));
            }
        }

        e.Write("Due dates on open cases that the changed working days move: run `powergov due` on each case with the amended calendar, or CalendarChangeReport in the host. 受变动工作日影响的在办案件期限：请用调整后的日历对各案件运行 `powergov due`，或在宿主中使用 CalendarChangeReport。\n");
        var findings = context.Seams.Law.Check(amended);
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        if (findings.Count == 0)
        {
            e.Write("The amended calendar was checked against the holiday law; no findings. 调整后的日历已按节假日法规检查，未发现问题。\n");
        }
        else
        {
            e.Write(string.Create(CultureInfo.InvariantCulture, $"The amended calendar: {findings.Count} finding(s), {errors} error(s). 调整后的日历：共 {findings.Count} 项发现，其中错误 {errors} 项。\n"));
            FindingListing.Write(e, findings);
        }

        return errors > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string Describe(DayType type, HolidayName? name) =>
        Bilingual.TypeName(type) + (name is null ? string.Empty : " (" + name.Chinese + ")");
}
