using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Testing;

/// <summary>
/// What "identical calendars" (相同的工作日历) means in round-trip tests: the same coverage and, on every day,
/// the same <see cref="DayType"/> and holiday name; for two <see cref="WorkingCalendar"/>s also the same weekend
/// days and the same <see cref="WorkingCalendar.Sources"/> in the same order. Identifiers and display names are
/// not compared (a format may not carry them): compare them yourself where a format does.
/// </summary>
public static class CalendarDifferences
{
    /// <summary>The most differences listed; a last line says how many more there are.</summary>
    public const int MaxDifferences = 20;

    /// <summary>
    /// Lists how <paramref name="actual"/> differs from <paramref name="expected"/> day by day: coverage, then
    /// day type and holiday name of every day in the coverage both share.
    /// </summary>
    /// <param name="expected">The calendar expected.</param>
    /// <param name="actual">The calendar obtained.</param>
    /// <returns>At most <see cref="MaxDifferences"/> lines, one per difference, e.g. <c>2024-02-10: day type Holiday, expected Weekend</c>; empty when identical.</returns>
    /// <exception cref="ArgumentNullException">A calendar is null.</exception>
    public static IReadOnlyList<string> Differences(IWorkingCalendar expected, IWorkingCalendar actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        CompareDays(expected, actual, differences);
        return Bounded(differences);
    }

    /// <summary>
    /// Lists how <paramref name="actual"/> differs from <paramref name="expected"/>: coverage, weekend days,
    /// sources (same count, same values in the same order), then day type and holiday name of every day.
    /// </summary>
    /// <param name="expected">The calendar expected.</param>
    /// <param name="actual">The calendar obtained.</param>
    /// <returns>At most <see cref="MaxDifferences"/> lines, one per difference; empty when identical.</returns>
    /// <exception cref="ArgumentNullException">A calendar is null.</exception>
    public static IReadOnlyList<string> Differences(WorkingCalendar expected, WorkingCalendar actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        if (!expected.WeekendDays.OrderBy(d => d).SequenceEqual(actual.WeekendDays.OrderBy(d => d)))
        {
            differences.Add("weekend days " + string.Join(" ", actual.WeekendDays) + ", expected " + string.Join(" ", expected.WeekendDays));
        }

        if (expected.Sources.Count != actual.Sources.Count)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{actual.Sources.Count} sources, expected {expected.Sources.Count}"));
        }

        foreach (var (e, a) in expected.Sources.Zip(actual.Sources))
        {
            if (!e.Equals(a))
            {
                differences.Add("source " + a + ", expected " + e);
            }
        }

        CompareDays(expected, actual, differences);
        return Bounded(differences);
    }

    private static void CompareDays(IWorkingCalendar expected, IWorkingCalendar actual, List<string> differences)
    {
        if (!expected.Coverage.Equals(actual.Coverage))
        {
            differences.Add("coverage " + actual.Coverage + ", expected " + expected.Coverage);
        }

        var start = LocalDate.Max(expected.Coverage.Start, actual.Coverage.Start);
        var end = LocalDate.Min(expected.Coverage.End, actual.Coverage.End);
        // Stops at the last day without stepping past it, so that a coverage ending on 9999-12-31 does not overflow.
        for (LocalDate? next = start <= end ? start : null; next is { } day; next = day < end ? day.PlusDays(1) : null)
        {
            var expectedType = expected.GetDayType(day);
            var actualType = actual.GetDayType(day);
            if (expectedType != actualType)
            {
                differences.Add(LocalDatePattern.Iso.Format(day) + ": day type " + actualType + ", expected " + expectedType);
            }

            var expectedName = expected.GetHolidayName(day);
            var actualName = actual.GetHolidayName(day);
            if (!Equals(expectedName, actualName))
            {
                differences.Add(LocalDatePattern.Iso.Format(day) + ": holiday name " + (actualName?.ToString() ?? "none") + ", expected " + (expectedName?.ToString() ?? "none"));
            }
        }
    }

    private static List<string> Bounded(List<string> differences)
    {
        const int max = MaxDifferences;
        if (differences.Count <= max)
        {
            return differences;
        }

        var shown = differences.Take(max).ToList();
        shown.Add(string.Create(CultureInfo.InvariantCulture, $"… and {differences.Count - max} more"));
        return shown;
    }
}
