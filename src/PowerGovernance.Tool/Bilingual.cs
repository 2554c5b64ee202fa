using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tool;

/// <summary>
/// The words the tool prints in both languages (English first, then Simplified Chinese): weekdays, day types,
/// the Chinese for each calendar rule code. Culture-invariant: nothing here reads the current culture.
/// </summary>
internal static class Bilingual
{
    private static readonly string[] ChineseWeekdays = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

    /// <summary>Formats a date as ISO <c>yyyy-MM-dd</c>.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a date with its weekday in both languages, e.g. <c>2024-10-30 (Wednesday 星期三)</c>.</summary>
    public static string DateWithWeekday(LocalDate date) =>
        Iso(date) + " (" + date.DayOfWeek.ToString() + " " + ChineseWeekdays[(int)date.DayOfWeek] + ")";

    /// <summary>Formats a range of dates, e.g. <c>2004-01-01..2026-12-31</c>.</summary>
    public static string Range(DateInterval interval) => Iso(interval.Start) + ".." + Iso(interval.End);

    /// <summary>Returns the machine name of a day type as written in JSON, e.g. <c>makeUpWorkingDay</c>.</summary>
    public static string TypeCode(DayType type) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(type.ToString());

    /// <summary>Returns the day type in English and Chinese, e.g. <c>make-up working day 调休上班日</c>.</summary>
    public static string TypeName(DayType type) =>
        System.Enum.IsDefined(type) ? Terms.EnglishName(type) + " " + Terms.ChineseName(type) : type.ToString();

    /// <summary>Returns a time limit in both languages, e.g. <c>20 working days 20个工作日</c>.</summary>
    public static string Limit(TimeLimit limit) => limit.ToString() + " " + limit.ToChineseString();

    /// <summary>Returns the Chinese explanation of a calendar rule code (<see cref="CalendarRuleCodes"/>); the English message comes with the problem.</summary>
    public static string RuleInChinese(string rule) => rule switch
    {
        CalendarRuleCodes.IdRequired => "缺少日历标识（需要一行 calendar <标识>）。",
        CalendarRuleCodes.CoverageRequired => "缺少覆盖范围（需要一行 coverage <首日> <末日>）。",
        CalendarRuleCodes.CoverageTooLong => "覆盖范围过长。",
        CalendarRuleCodes.ReversedRange => "范围的结束日期早于开始日期。",
        CalendarRuleCodes.OutsideCoverage => "日期不在日历覆盖范围内。",
        CalendarRuleCodes.OverlappingHolidays => "节假日区间相互重叠，同一天不能属于两个放假安排。",
        CalendarRuleCodes.DuplicateMakeUpDay => "调休上班日重复列出。",
        CalendarRuleCodes.HolidayAndMakeUpDay => "同一天不能既是放假日又是调休上班日。",
        CalendarRuleCodes.MakeUpDayNotWeekend => "调休上班日必须是周末，只有周末才能调为上班日。",
        CalendarRuleCodes.AlreadyHolidayInBase => "该日在基础日历中已是节假日。",
        CalendarRuleCodes.Syntax => "该行无法识别（格式错误）。",
        CalendarRuleCodes.InvalidDate => "日期无效：应为实际存在的 ISO 日期 yyyy-MM-dd。",
        CalendarRuleCodes.DuplicateDirective => "该指令只能出现一次。",
        CalendarRuleCodes.InvalidName => "名称格式应为“中文名 | English name”。",
        CalendarRuleCodes.InvalidWeekday => "星期名称无效，应为 Monday 至 Sunday。",
        CalendarRuleCodes.DuplicateUncertainDay => "待定日期重复列出。",
        CalendarRuleCodes.StatutoryDayUncertain => "法定节假日由法律确定，不能列为待定日期。",
        CalendarRuleCodes.StatutoryDayNotRestDay => "标为法定节假日的日期在日历中是工作日。",
        CalendarRuleCodes.CoverageGap => "合并后的覆盖范围不连续。",
        CalendarRuleCodes.InputTooLarge => "输入超过16 MiB，未予读取。",
        CalendarRuleCodes.TooManyProblems => "问题过多，仅报告前若干个。",
        CalendarRuleCodes.UnknownProperty => "该格式没有此属性。",
        CalendarRuleCodes.MissingProperty => "缺少必需的属性。",
        CalendarRuleCodes.DuplicateProperty => "属性重复出现。",
        CalendarRuleCodes.InvalidValue => "取值无效。",
        CalendarRuleCodes.DuplicateDate => "日期重复列出。",
        CalendarRuleCodes.DateOutsideYear => "日期不在所属年度内。",
        CalendarRuleCodes.DuplicateYear => "年度重复。",
        CalendarRuleCodes.MissingYear => "年度之间有缺失。",
        _ => "日历数据不符合规则 " + rule + "。",
    };

    /// <summary>Formats an integer without culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
