using System;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// Reads the text of the State Council General Office's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知)
/// into the year's rest days and make-up working days, each traced to the sentence it came from (通知原文解析).
/// </summary>
/// <remarks>
/// <para>It understands the forms the notices have used since 2004: numbered items (<c>一、元旦：</c>, merged items such as
/// <c>国庆节、中秋节：</c>, the older <c>“五一”</c> and <c>“十一”</c>); ranges with 至 or a dash (—, –, -, ～), with the month
/// repeated or not (<c>1月1日—3日放假</c>); days of the previous year (<c>2018年12月30日至2019年1月1日</c>, or December days of
/// the New Year item); single days (<c>4月5日放假，与周末连休</c>; <c>5月1日放假，5月2日（星期一）补休</c>, where the rest runs
/// to the day given back); make-up days (<c>1月26日（周日）、2月8日（周六）上班</c>); and the 2004–2008 wording where weekends are
/// moved (<c>将…两个公休日调至…</c>, <c>…照常公休</c>), whose dates are only checked. Full-width and half-width digits and
/// punctuation are the same to it.</para>
/// <para>The text's own cross-checks are used: a weekday annotation (<c>（周二）</c>, <c>（农历除夕、星期二）</c>) that disagrees
/// with its date, a total (<c>共8天</c>) that disagrees with the range, and a date that does not exist are errors, each
/// located by sentence and line, in English and Simplified Chinese, all reported at once.</para>
/// <para>Work is bounded: at most <see cref="MaxTextLength"/> characters and <see cref="MaxSentences"/> sentences. Pure and thread-safe.</para>
/// </remarks>
public static class NoticeReader
{
    /// <summary>The longest text read (20,000 characters); a notice has about 1,000.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The most sentences read (500).</summary>
    public const int MaxSentences = 500;

    /// <summary>The longest sentence text kept in a <see cref="NoticeSentence"/> (300 characters); longer ones are cut.</summary>
    public const int MaxSentenceLength = 300;

    /// <summary>
    /// Reads a notice, taking its year from the title (<c>国务院办公厅关于2025年部分节假日安排的通知</c>) or from the opening
    /// sentence (<c>现将2025年元旦…</c>).
    /// </summary>
    /// <param name="text">The notice's Chinese text.</param>
    /// <returns>The days read and the findings; <see cref="NoticeReading.Succeeded"/> tells whether it was read without errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static NoticeReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NoticeParser.Parse(text, null);
    }

    /// <summary>Reads a notice for a year the caller knows (e.g. a copy without its title).</summary>
    /// <param name="text">The notice's Chinese text.</param>
    /// <param name="year">The year the notice arranges, from <see cref="HolidayLawVersion.FirstYear"/> to <see cref="HolidayLawVersion.LastYear"/>.</param>
    /// <returns>The days read and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    public static NoticeReading Read(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentChecks.CheckYear(
            year,
            HolidayLawVersion.FirstYear,
            HolidayLawVersion.LastYear,
            "the holiday law is modelled for these years.",
            "放假办法仅对这些年份建模。",
            nameof(year));
        return NoticeParser.Parse(text, year);
    }
}
