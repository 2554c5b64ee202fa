using System;
using NodaTime;

namespace PowerGovernance.Calendars.China.Notices;

/// <summary>
/// Reads a lunar annotation of a date in a notice (<c>农历除夕</c>, <c>农历正月初七</c>, <c>农历腊月二十八</c>, <c>大年初六</c>)
/// and tells whether it agrees with the date, from the Chinese lunar calendar.
/// </summary>
internal static class NoticeLunarAnnotation
{
    private const string Digits = "一二三四五六七八九";

    /// <summary>
    /// Whether <paramref name="part"/> is a lunar date this reader understands (<paramref name="understood"/>), and if so
    /// whether it is <paramref name="date"/> in the lunar year of the date or the one before (a 腊月 day in January).
    /// </summary>
    internal static bool Agrees(string part, LocalDate date, out bool understood)
    {
        understood = false;
        var text = part.Trim();
        if (text.StartsWith("农历", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        if (text.Contains('至', StringComparison.Ordinal) || date.Year < 1902 || date.Year > 2100)
        {
            return true;
        }

        int month;
        int day;
        if (text == "除夕")
        {
            understood = true;
            return ChineseLunarDates.NewYearsEve(date.Year) == date || ChineseLunarDates.NewYearsEve(date.Year + 1) == date;
        }

        if (text.StartsWith("大年", StringComparison.Ordinal))
        {
            month = 1;
            text = text[2..];
        }
        else
        {
            var monthEnd = text.IndexOf('月', StringComparison.Ordinal);
            if (monthEnd <= 0)
            {
                return true;
            }

            month = MonthNumber(text[..monthEnd]);
            text = text[(monthEnd + 1)..];
        }

        day = DayNumber(text);
        if (month is < 1 or > 12 || day is < 1 or > 30)
        {
            return true;
        }

        understood = true;
        foreach (var lunarYear in new[] { date.Year - 1, date.Year })
        {
            if (SafeDateOf(lunarYear, month, day) == date)
            {
                return true;
            }
        }

        return false;
    }

    private static LocalDate? SafeDateOf(int year, int month, int day)
    {
        try
        {
            return ChineseLunarDates.DateOf(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Day 30 of a month that has 29 days.
            return null;
        }
    }

    private static int MonthNumber(string name) => name switch
    {
        "正" or "一" => 1,
        "冬" or "十一" => 11,
        "腊" or "十二" => 12,
        "十" => 10,
        _ when name.Length == 1 => Digits.IndexOf(name[0], StringComparison.Ordinal) + 1,
        _ => 0,
    };

    private static int DayNumber(string name)
    {
        if (name.Length == 2 && name[0] == '初')
        {
            return name[1] == '十' ? 10 : Digits.IndexOf(name[1], StringComparison.Ordinal) + 1;
        }

        return name switch
        {
            "十" or "初十" => 10,
            "二十" => 20,
            "三十" => 30,
            _ when name.Length == 2 && name[0] == '十' => 10 + Digits.IndexOf(name[1], StringComparison.Ordinal) + 1,
            _ when name.Length == 2 && name[0] == '廿' => 20 + Digits.IndexOf(name[1], StringComparison.Ordinal) + 1,
            _ when name.Length == 3 && name.StartsWith("二十", StringComparison.Ordinal) => 20 + Digits.IndexOf(name[2], StringComparison.Ordinal) + 1,
            _ => 0,
        };
    }
}
