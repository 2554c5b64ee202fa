using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Tool.Commands;

/// <summary>Strict, culture-invariant parsing of the tool's arguments, with bilingual messages.</summary>
internal static class ArgumentParsers
{
    private const int MaxEcho = 64;

    /// <summary>
    /// Parses a day of receipt: an ISO date <c>yyyy-MM-dd</c> that exists, with nothing before or after it, or <c>today</c> / <c>今天</c> (today in
    /// China Standard Time, Asia/Shanghai, on <paramref name="clock"/>).
    /// </summary>
    /// <exception cref="ToolException">The text is neither.</exception>
    public static LocalDate ParseDate(string text, IClock clock)
    {
        if (text is "today" or "今天")
        {
            return clock.GetCurrentInstant().InZone(Deadline.ChinaStandardZone).Date;
        }

        if (IsoText.ParseDate(text) is { } date)
        {
            return date;
        }

        throw new ToolException(
            "InvalidDate",
            "'" + Echo(text) + "' is not a date. Write the day of receipt as an ISO date yyyy-MM-dd that exists, e.g. 2024-09-27, or 'today'.",
            "“" + Echo(text) + "”不是有效日期。请按 ISO 格式 yyyy-MM-dd 写出实际存在的收件日，例如 2024-09-27，或写 today。");
    }

    /// <summary>
    /// Parses a time limit: <c>20wd</c> (working days), <c>60d</c> (natural days), <c>q</c> (by the end of the quarter the
    /// period starts in, 本季度末) or <c>q+1</c> (by the end of the N-th following quarter, 下N个季度末), or any form
    /// <see cref="TimeLimit.Parse"/> accepts (<c>20个工作日</c>, <c>20 working days</c>, <c>60日</c>, <c>60 natural days</c>,
    /// <c>本季度末</c>, <c>下1个季度末</c>, <c>end of quarter</c>, <c>end of quarter 1 later</c>).
    /// </summary>
    /// <exception cref="ToolException">
    /// The text is none of them, the number of days is above <see cref="TimeLimit.MaxDays"/>, or the number of following
    /// quarters is above <see cref="TimeLimit.MaxFollowingQuarters"/>.
    /// </exception>
    public static TimeLimit ParseLimit(string text)
    {
        if (TryParseShort(text, out var limit) || TryParseShortQuarter(text, out limit) || TimeLimit.TryParse(text, out limit))
        {
            return limit;
        }

        throw new ToolException(
            "InvalidLimit",
            string.Create(CultureInfo.InvariantCulture, $"'{Echo(text)}' is not a time limit. Write a number of days from 0 to {TimeLimit.MaxDays} and its unit: 20wd or '20 working days' or '20个工作日' (working days), 60d or '60 natural days' or '60日' (natural days); or a quarter end: q or 'end of quarter' or '本季度末' (the end of the quarter of the day of receipt), q+1 or 'end of quarter 1 later' or '下1个季度末' (the end of the next quarter; up to q+{TimeLimit.MaxFollowingQuarters})."),
            string.Create(CultureInfo.InvariantCulture, $"“{Echo(text)}”不是有效期限。请写 0 至 {TimeLimit.MaxDays} 之间的天数及单位：20wd、“20个工作日”或“20 working days”（工作日），60d、“60日”或“60 natural days”（自然日）；或写季度末：q、“本季度末”或“end of quarter”（收件日所在季度的最后一日），q+1、“下1个季度末”或“end of quarter 1 later”（下一季度的最后一日；最多 q+{TimeLimit.MaxFollowingQuarters}）。"));
    }

    /// <summary>Parses a year: exactly four ASCII digits, 1000 to 9999.</summary>
    /// <exception cref="ToolException">The text is not such a year.</exception>
    public static int ParseYear(string option, string text)
    {
        if (text.Length == 4 && text[0] != '0' && text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        throw new ToolException(
            "InvalidYear",
            option + " '" + Echo(text) + "' is not a year. Write four digits, e.g. 2024.",
            option + " 的值“" + Echo(text) + "”不是有效年度。请写四位数字，例如 2024。");
    }

    /// <summary>Returns the text as given, cut to 64 characters, control characters shown as <c>\uXXXX</c>, for quoting in a message.</summary>
    public static string Echo(string text)
    {
        var shown = text.Length <= MaxEcho ? text : text[..MaxEcho] + "…";
        if (!IsoText.HasControl(shown))
        {
            return shown;
        }

        var builder = new System.Text.StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            _ = IsoText.HasControl([c]) ? builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool TryParseShort(string text, out TimeLimit limit)
    {
        limit = default;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var unit = text[digits..];
        var working = unit is "wd";
        if (digits == 0 || digits > 5 || !(working || unit is "d"))
        {
            return false;
        }

        var days = int.Parse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        if (days > TimeLimit.MaxDays)
        {
            return false;
        }

        limit = working ? TimeLimit.WorkingDays(days) : TimeLimit.NaturalDays(days);
        return true;
    }

    /// <summary>
    /// The short quarter forms, lower case like <c>20wd</c>: <c>q</c> (本季度末) and <c>q+N</c> with N of 1 to 3 ASCII digits,
    /// 0 to <see cref="TimeLimit.MaxFollowingQuarters"/> (下N个季度末).
    /// </summary>
    private static bool TryParseShortQuarter(string text, out TimeLimit limit)
    {
        limit = default;
        if (text == "q")
        {
            limit = TimeLimit.EndOfQuarter();
            return true;
        }

        if (text.Length is < 3 or > 5 || !text.StartsWith("q+", System.StringComparison.Ordinal) || !text[2..].All(char.IsAsciiDigit))
        {
            return false;
        }

        var quarters = int.Parse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (quarters > TimeLimit.MaxFollowingQuarters)
        {
            return false;
        }

        limit = TimeLimit.EndOfQuarter(quarters);
        return true;
    }
}
