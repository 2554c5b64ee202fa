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
    /// Parses a time limit: <c>20wd</c> (working days) or <c>60d</c> (natural days), or any form
    /// <see cref="TimeLimit.Parse"/> accepts (<c>20个工作日</c>, <c>20 working days</c>, <c>60日</c>, <c>60 natural days</c>).
    /// </summary>
    /// <exception cref="ToolException">The text is none of them, or the number is above <see cref="TimeLimit.MaxDays"/>.</exception>
    public static TimeLimit ParseLimit(string text)
    {
        if (TryParseShort(text, out var limit) || TimeLimit.TryParse(text, out limit))
        {
            return limit;
        }

        throw new ToolException(
            "InvalidLimit",
            string.Create(CultureInfo.InvariantCulture, $"'{Echo(text)}' is not a time limit. Write a number of days from 0 to {TimeLimit.MaxDays} and its unit: 20wd or '20 working days' or '20个工作日' (working days), 60d or '60 natural days' or '60日' (natural days)."),
            string.Create(CultureInfo.InvariantCulture, $"“{Echo(text)}”不是有效期限。请写 0 至 {TimeLimit.MaxDays} 之间的天数及单位：20wd、“20个工作日”或“20 working days”（工作日），60d、“60日”或“60 natural days”（自然日）。"));
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
}
