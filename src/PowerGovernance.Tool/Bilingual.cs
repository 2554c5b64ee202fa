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

    /// <summary>Formats an integer without culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
