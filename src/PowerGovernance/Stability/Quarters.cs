using System.Globalization;
using NodaTime;

namespace PowerGovernance.Stability;

/// <summary>Calendar months and quarters for the stability office's schedules: whole periods, names in both languages.</summary>
internal static class Quarters
{
    private static readonly string[] ChineseOrdinals = ["一", "二", "三", "四"];

    /// <summary>Returns the quarter (January–March, April–June, July–September, October–December) holding <paramref name="date"/>.</summary>
    internal static DateInterval Of(LocalDate date)
    {
        var start = new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);
        return new DateInterval(start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>Returns the calendar month holding <paramref name="date"/>.</summary>
    internal static DateInterval MonthOf(LocalDate date)
    {
        var start = new LocalDate(date.Year, date.Month, 1);
        return new DateInterval(start, start.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>Returns the quarter's number, 1 to 4.</summary>
    internal static int Number(DateInterval quarter) => ((quarter.Start.Month - 1) / 3) + 1;

    /// <summary>Returns e.g. <c>2026年第一季度</c>.</summary>
    internal static string Chinese(DateInterval quarter) =>
        quarter.Start.Year.ToString(CultureInfo.InvariantCulture) + "年第" + ChineseOrdinals[Number(quarter) - 1] + "季度";

    /// <summary>Returns e.g. <c>Q1 2026</c>.</summary>
    internal static string English(DateInterval quarter) =>
        "Q" + Number(quarter).ToString(CultureInfo.InvariantCulture) + " " + quarter.Start.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns e.g. <c>2026年1月</c>.</summary>
    internal static string ChineseMonth(DateInterval month) =>
        month.Start.Year.ToString(CultureInfo.InvariantCulture) + "年" + month.Start.Month.ToString(CultureInfo.InvariantCulture) + "月";

    /// <summary>Returns e.g. <c>2026-01</c>.</summary>
    internal static string EnglishMonth(DateInterval month) => month.Start.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    /// <summary>Returns the ISO date, e.g. <c>2026-02-23</c>.</summary>
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
