using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Testing;

/// <summary>
/// FsCheck arbitraries (generators with shrinking) for dates inside a calendar's coverage and for
/// <see cref="TimeLimit"/>s, for <c>Prop.ForAll(arbitrary, …)</c>. Dates shrink toward the start of the
/// coverage, limits toward fewer days.
/// </summary>
/// <remarks>
/// The methods here take the calendar as a parameter, so pass their results to <c>Prop.ForAll</c> rather
/// than naming this class in <c>[Property(Arbitrary = …)]</c>; for that, wrap the call in a parameterless
/// static method of your own test class.
/// </remarks>
public static class CalendarArbitraries
{
    /// <summary>Dates inside <paramref name="calendar"/>'s coverage (<see cref="CalendarGenerators.DatesIn(IWorkingCalendar)"/>), with shrinking.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static Arbitrary<LocalDate> DatesIn(IWorkingCalendar calendar) =>
        Arb.From(CalendarGenerators.DatesIn(calendar), date => ShrinkDate(calendar.Coverage.Start, date));

    /// <summary>Days of receipt that leave room for <paramref name="limit"/> (<see cref="CalendarGenerators.DatesIn(IWorkingCalendar, TimeLimit)"/>), with shrinking.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="limit">The time limit that must fit after the date.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The coverage is too short for <paramref name="limit"/>.</exception>
    public static Arbitrary<LocalDate> DatesIn(IWorkingCalendar calendar, TimeLimit limit) =>
        Arb.From(CalendarGenerators.DatesIn(calendar, limit), date => ShrinkDate(calendar.Coverage.Start, date));

    /// <summary>Limits of either kind of 0 to <paramref name="maxDays"/> days (<see cref="CalendarGenerators.TimeLimits(int)"/>), shrinking toward fewer days.</summary>
    /// <param name="maxDays">The longest limit, 0 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> is out of range.</exception>
    public static Arbitrary<TimeLimit> TimeLimits(int maxDays) =>
        Arb.From(CalendarGenerators.TimeLimits(maxDays), ShrinkLimit);

    /// <summary>Quarter limits (<see cref="CalendarGenerators.QuarterLimits"/>), shrinking toward fewer following quarters.</summary>
    /// <param name="maxFollowingQuarters">The most following quarters, 0 to <see cref="TimeLimit.MaxFollowingQuarters"/>.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFollowingQuarters"/> is out of range.</exception>
    public static Arbitrary<TimeLimit> QuarterLimits(int maxFollowingQuarters) =>
        Arb.From(CalendarGenerators.QuarterLimits(maxFollowingQuarters), ShrinkLimit);

    /// <summary>Limits of every kind (<see cref="CalendarGenerators.TimeLimits(int, int)"/>), shrinking toward fewer days or following quarters, keeping the kind.</summary>
    /// <param name="maxDays">The longest day limit, 0 to <see cref="TimeLimit.MaxDays"/>.</param>
    /// <param name="maxFollowingQuarters">The most following quarters, 0 to <see cref="TimeLimit.MaxFollowingQuarters"/>.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static Arbitrary<TimeLimit> TimeLimits(int maxDays, int maxFollowingQuarters) =>
        Arb.From(CalendarGenerators.TimeLimits(maxDays, maxFollowingQuarters), ShrinkLimit);

    /// <summary>A day of receipt and a limit of any kind whose due date is inside the coverage (<see cref="CalendarGenerators.ReceiptsWithLimits(IWorkingCalendar, int, int)"/>), shrinking the limit, then the date.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="maxDays">The longest day limit.</param>
    /// <param name="maxFollowingQuarters">The most following quarters.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDays"/> or <paramref name="maxFollowingQuarters"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The coverage is too short for the longest limit of a kind.</exception>
    public static Arbitrary<(LocalDate Received, TimeLimit Limit)> ReceiptsWithLimits(IWorkingCalendar calendar, int maxDays, int maxFollowingQuarters) =>
        Arb.From(CalendarGenerators.ReceiptsWithLimits(calendar, maxDays, maxFollowingQuarters), pair => ShrinkReceipt(calendar.Coverage.Start, pair));

    /// <summary>A day of receipt and a limit whose due date is inside the coverage (<see cref="CalendarGenerators.ReceiptsWithLimits(IWorkingCalendar, int)"/>), shrinking the limit, then the date.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="maxDays">The longest limit.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The coverage is too short for <paramref name="maxDays"/>.</exception>
    public static Arbitrary<(LocalDate Received, TimeLimit Limit)> ReceiptsWithLimits(IWorkingCalendar calendar, int maxDays) =>
        Arb.From(CalendarGenerators.ReceiptsWithLimits(calendar, maxDays), pair => ShrinkReceipt(calendar.Coverage.Start, pair));

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate first, LocalDate date)
    {
        for (var days = Period.DaysBetween(first, date); days > 0; days /= 2)
        {
            yield return date.PlusDays(-days);
        }
    }

    private static IEnumerable<TimeLimit> ShrinkLimit(TimeLimit limit)
    {
        if (limit.Days == 0)
        {
            yield break;
        }

        for (var days = limit.Days / 2; ; days /= 2)
        {
            yield return limit.Kind switch
            {
                TimeLimitKind.WorkingDays => TimeLimit.WorkingDays(days),
                TimeLimitKind.EndOfQuarter => TimeLimit.EndOfQuarter(days),
                _ => TimeLimit.NaturalDays(days),
            };
            if (days == 0)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<(LocalDate Received, TimeLimit Limit)> ShrinkReceipt(LocalDate first, (LocalDate Received, TimeLimit Limit) pair)
    {
        // A shorter limit and an earlier date both keep the due date inside the coverage.
        foreach (var limit in ShrinkLimit(pair.Limit))
        {
            yield return (pair.Received, limit);
        }

        foreach (var date in ShrinkDate(first, pair.Received))
        {
            yield return (date, pair.Limit);
        }
    }
}
