using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars.China;

/// <summary>Culture-invariant wording shared by the messages of <see cref="NoticeChecker"/>.</summary>
internal static class NoticeText
{
    /// <summary>The date as <c>2024-10-01</c>.</summary>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The date as <c>2024年10月1日</c>.</summary>
    internal static string Chinese(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>The number as culture-invariant text.</summary>
    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The decree in English: <c>State Council Decree No. 795 (国务院令第795号)</c>.</summary>
    internal static string DecreeEnglish(HolidayLawVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"State Council Decree No. {version.DecreeNumber} (国务院令第{version.DecreeNumber}号)");

    /// <summary>The law and decree in Chinese: <c>《全国年节及纪念日放假办法》（国务院令第795号）</c>.</summary>
    internal static string DecreeChinese(HolidayLawVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"《全国年节及纪念日放假办法》（国务院令第{version.DecreeNumber}号）");
}
