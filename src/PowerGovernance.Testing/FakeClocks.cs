using System;
using NodaTime;
using NodaTime.Testing;
using PowerGovernance.Calendars;

namespace PowerGovernance.Testing;

/// <summary>
/// Helpers for NodaTime.Testing's <see cref="FakeClock"/> in China-local terms: start a clock at a local
/// date and time (Asia/Shanghai unless told otherwise) and move it by working days of a calendar.
/// </summary>
public static class FakeClocks
{
    /// <summary>Returns a fake clock standing at <paramref name="local"/> in <paramref name="zone"/>.</summary>
    /// <param name="local">The local date and time, e.g. 2024-09-30 09:00.</param>
    /// <param name="zone">The zone; <see cref="Deadline.ChinaStandardZone"/> (Asia/Shanghai) when <see langword="null"/>.</param>
    /// <returns>The clock; it does not advance by itself.</returns>
    /// <exception cref="SkippedTimeException"><paramref name="local"/> does not exist in the zone (e.g. in a 1986–1991 summer-time gap), or is ambiguous (<see cref="AmbiguousTimeException"/>).</exception>
    public static FakeClock At(LocalDateTime local, DateTimeZone? zone = null) =>
        new(local.InZoneStrictly(zone ?? Deadline.ChinaStandardZone).ToInstant());

    /// <summary>Returns a fake clock standing at the given China-local date and time (Asia/Shanghai).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="hour">The hour, 0 to 23 (default 9, when offices open).</param>
    /// <param name="minute">The minute, 0 to 59.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part of the date or time is out of range.</exception>
    public static FakeClock AtChinaTime(int year, int month, int day, int hour = 9, int minute = 0) =>
        At(new LocalDateTime(year, month, day, hour, minute));

    /// <summary>Returns the clock's current local date in <paramref name="zone"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The zone; Asia/Shanghai when <see langword="null"/>.</param>
    /// <returns>Today's date there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(this IClock clock, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(zone ?? Deadline.ChinaStandardZone).Date;
    }

    /// <summary>
    /// Moves <paramref name="clock"/> to the same local time on the day <paramref name="workingDays"/>
    /// working days later on <paramref name="calendar"/> (the current day not counted, as in
    /// <see cref="IWorkingCalendar.AddWorkingDays"/>), both read in the calendar's zone. Passing 0 leaves the
    /// clock where it is.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <param name="calendar">The office's calendar, e.g. <c>ChinaCalendars.Official</c> (Asia/Shanghai).</param>
    /// <param name="workingDays">The number of working days, 0 or more.</param>
    /// <returns>The new local date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is negative (a clock does not go back).</exception>
    /// <exception cref="CalendarCoverageException">The count leaves the calendar's coverage.</exception>
    public static LocalDate AdvanceWorkingDays(this FakeClock clock, OfficeCalendar calendar, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var zone = calendar.Zone;
        var now = clock.GetCurrentInstant().InZone(zone).LocalDateTime;
        var date = calendar.Calendar.AddWorkingDays(now.Date, workingDays);
        var target = (date + now.TimeOfDay).InZoneLeniently(zone).ToInstant();
        clock.Reset(target);
        return date;
    }

    /// <summary>Moves <paramref name="clock"/> forward to <paramref name="local"/> in <paramref name="zone"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="local">The local date and time; not before the clock's current time.</param>
    /// <param name="zone">The zone; Asia/Shanghai when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="local"/> is before the clock's current time.</exception>
    public static void AdvanceTo(this FakeClock clock, LocalDateTime local, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var target = local.InZoneLeniently(zone ?? Deadline.ChinaStandardZone).ToInstant();
        if (target < clock.GetCurrentInstant())
        {
            throw new ArgumentOutOfRangeException(nameof(local), local, "A fake clock used for deadlines only moves forward.");
        }

        clock.Reset(target);
    }
}
