using System;
using System.Globalization;
using NodaTime;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// Dates of the Chinese lunar calendar (农历) from .NET's <see cref="ChineseLunisolarCalendar"/>, which
/// covers 1901-02-19 to 2101-01-28, converted to ISO <see cref="LocalDate"/> values.
/// </summary>
/// <remarks>
/// .NET numbers the months of a lunar year 1 to 12, or 1 to 13 when the year has a leap month
/// (闰月): <see cref="Calendar.GetLeapMonth(int, int)"/> returns the leap month's number, e.g. 5 for 闰四月,
/// after which 五月 is month 6. A festival on "五月初五" or "八月十五" is in the ordinary month of that
/// number, never in the leap month that follows it.
/// </remarks>
internal static class ChineseLunarDates
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>Returns 正月初一 (the first day of the first month) of lunar year <paramref name="year"/>, which falls in January or February of the same Gregorian year.</summary>
    internal static LocalDate NewYear(int year) => DateOf(year, 1, 1);

    /// <summary>Returns 除夕 (New Year's Eve): the day before 正月初一 of lunar year <paramref name="year"/>, the 29th or 30th of the twelfth month of the year before.</summary>
    internal static LocalDate NewYearsEve(int year) => NewYear(year).PlusDays(-1);

    /// <summary>Returns day <paramref name="day"/> of the ordinary (non-leap) month <paramref name="month"/> of lunar year <paramref name="year"/>.</summary>
    internal static LocalDate DateOf(int year, int month, int day)
    {
        var leapMonth = Calendar.GetLeapMonth(year);
        var index = leapMonth != 0 && leapMonth <= month ? month + 1 : month;
        return LocalDate.FromDateTime(Calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
