using System;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars;

/// <summary>Calendars work on ISO dates; a date in another calendar system is converted first.</summary>
internal static class IsoDates
{
    internal static LocalDate ToIso(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>
    /// Parses exactly <c>yyyy-MM-dd</c>: ten ASCII characters, digits and two hyphens, a date that exists, nothing before
    /// or after. (NodaTime's pattern parser treats a NUL as the end of the text, so <c>2024-05-01\0junk</c> would parse.)
    /// </summary>
    internal static bool TryParseStrict(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i is not (4 or 7) && !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        var result = LocalDatePattern.Iso.Parse(text.ToString());
        if (!result.Success)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    /// <summary>Returns the day after <paramref name="date"/>, or null after <see cref="LocalDate.MaxIsoValue"/> (the end of time).</summary>
    internal static LocalDate? NextOrNull(LocalDate date)
    {
        var iso = ToIso(date);
        return iso == LocalDate.MaxIsoValue ? null : iso.PlusDays(1);
    }

    /// <summary>Whether <paramref name="date"/> plus <paramref name="days"/> (which may be negative) stays within <see cref="LocalDate.MinIsoValue"/>..<see cref="LocalDate.MaxIsoValue"/>.</summary>
    internal static bool CanAddDays(LocalDate date, long days)
    {
        var iso = ToIso(date);
        return days >= 0
            ? Period.DaysBetween(iso, LocalDate.MaxIsoValue) >= days
            : Period.DaysBetween(LocalDate.MinIsoValue, iso) >= -days;
    }
}
