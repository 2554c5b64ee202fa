using System;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// Reads a later notice that changes one holiday of a year already loaded (调整通知), as an amendment of that year: the
/// 2019 Labour Day notice (国务院办公厅关于调整2019年劳动节假期安排的通知, which restates the block: <c>5月1日至4日放假调休，共4天。
/// 4月28日（星期日）、5月5日（星期日）上班</c>) and the 2020 Spring Festival extension (国务院办公厅关于延长2020年春节假期的通知:
/// <c>延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班</c>).
/// </summary>
/// <remarks>
/// <para>The year and the holiday come from the title (<c>关于调整YYYY年…假期</c>, <c>关于延长YYYY年…假期</c>). A restated block
/// replaces every rest day and make-up working day the loaded year gives that holiday within 30 days of the new block; an
/// extension makes every day from the holiday's last rest day up to the new end a rest day of the holiday (a make-up day
/// inside becomes a rest day), and the day work resumes (<c>…起正常上班</c>) must be the day after.</para>
/// <para>The same cross-checks as <see cref="NoticeReader"/> apply (weekday and lunar annotations, stated totals, dates that
/// do not exist); every problem is reported at once, in English and Simplified Chinese. Pure and thread-safe.</para>
/// </remarks>
public static class NoticeAmendmentReader
{
    /// <summary>Reads an amendment notice against the year it amends.</summary>
    /// <param name="text">The amendment's Chinese text.</param>
    /// <param name="year">The calendar already loaded that covers the amended days (a year read from the yearly notice, a year file, or the official data).</param>
    /// <returns>The amendment: the days changed, each traced to its sentence, the amended calendar and the findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NoticeAmendment Read(string text, WorkingCalendar year)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(year);
        return NoticeAmendmentParser.Parse(text, year);
    }
}
