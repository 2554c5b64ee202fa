using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Commands;

/// <summary>The bilingual messages for a date, or a due date, outside the calendar's coverage; each says what to do instead.</summary>
internal static class CoverageMessages
{
    public const string OutsideCoverageCode = "OutsideCoverage";

    public static ToolException DateOutside(ResolvedCalendar resolved, LocalDate date, bool provisionalAvailable)
    {
        var (en, zh) = Describe(resolved);
        // Provisional years continue the calendar forwards; a date before it is simply not covered.
        var (hintEn, hintZh) = Hint(resolved, provisionalAvailable && date > resolved.Calendar.Coverage.End);
        var d = Bilingual.Iso(date);
        return new ToolException(
            OutsideCoverageCode,
            "The day of receipt " + d + " is outside " + en + "." + hintEn,
            "收件日 " + d + " 不在" + zh + "内。" + hintZh);
    }

    public static ToolException ResultOutside(ResolvedCalendar resolved, LocalDate received, TimeLimit limit, bool provisionalAvailable)
    {
        var (en, zh) = Describe(resolved);
        var (hintEn, hintZh) = Hint(resolved, provisionalAvailable);
        var d = Bilingual.Iso(received);
        return new ToolException(
            OutsideCoverageCode,
            "Counting " + limit + " from " + d + " goes past the end of " + en + "." + hintEn,
            "自 " + d + " 起计算" + limit.ToChineseString() + "，超出了" + zh + "。" + hintZh);
    }

    private static (string English, string Chinese) Describe(ResolvedCalendar resolved)
    {
        var calendar = resolved.Calendar;
        var range = Bilingual.Range(calendar.Coverage);
        return resolved.Origin switch
        {
            CalendarOrigin.Official => (
                "the official calendar '" + calendar.Id + "', which covers " + range + " (the years whose holiday arrangements the State Council has published)",
                "官方日历 " + calendar.Id + " 的覆盖范围（" + range + "，即国务院已公布放假安排的年度）"),
            CalendarOrigin.Provisional => (
                "the provisional calendar '" + calendar.Id + "', which covers " + range,
                "暂定日历 " + calendar.Id + " 的覆盖范围（" + range + "）"),
            _ => (
                "the calendar file '" + resolved.File!.Path + "' (calendar '" + calendar.Id + "'), which covers " + range,
                "日历文件“" + resolved.File!.Path + "”（日历 " + calendar.Id + "）的覆盖范围（" + range + "）"),
        };
    }

    // --provisional is suggested only when it can help: this build has the provisional calendar, and the date is
    // after the official years.
    private static (string English, string Chinese) Hint(ResolvedCalendar resolved, bool suggestProvisional) => resolved.Origin switch
    {
        CalendarOrigin.Official when !suggestProvisional => (
            " Use --calendar FILE with a calendar file that covers the year; dates outside the published years are never guessed.",
            "可用 --calendar FILE 加载覆盖该年度的日历文件；未公布年度的日期不会被猜测。"),
        CalendarOrigin.Official => (
            " Use --provisional for a provisional due date built from the holiday law, or --calendar FILE with a calendar file that covers the year; dates outside the published years are never guessed.",
            "可使用 --provisional 按节假日法规计算暂定届满日，或用 --calendar FILE 加载覆盖该年度的日历文件；未公布年度的日期不会被猜测。"),
        CalendarOrigin.File => (
            " Add the year's arrangement to the file, or leave out --calendar to use the official calendar.",
            "请在文件中补充该年度的安排，或不使用 --calendar 而改用官方日历。"),
        _ => (string.Empty, string.Empty),
    };
}
