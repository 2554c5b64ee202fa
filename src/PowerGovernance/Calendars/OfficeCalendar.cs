using System;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// The office's calendar (办公日历): the working calendar its time limits are counted on and the time zone whose dates
/// and midnights count, <see cref="Deadline.ChinaStandardZone"/> (Asia/Shanghai) unless the office says otherwise.
/// Every service that counts days or reads "today" from a clock takes one.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. A <see cref="WorkingCalendar"/> or a <see cref="ProvisionalWorkingCalendar"/> converts
/// implicitly to an office calendar in China Standard Time, so <c>new CaseSupervisor(ChinaCalendars.Official)</c> reads
/// as before; for another zone, or for a calendar known only as <see cref="IWorkingCalendar"/>, use the constructor.
/// </para>
/// <para>
/// Two office calendars are equal when they hold the same calendar instance and the same zone.
/// </para>
/// </remarks>
public sealed record OfficeCalendar
{
    /// <summary>Creates an office calendar.</summary>
    /// <param name="calendar">The working calendar time limits are counted on.</param>
    /// <param name="zone">The time zone whose dates count; <see cref="Deadline.ChinaStandardZone"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public OfficeCalendar(IWorkingCalendar calendar, DateTimeZone? zone = null)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        Zone = zone ?? Calendars.Deadline.ChinaStandardZone;
    }

    /// <summary>Gets the working calendar time limits are counted on.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>Gets the time zone whose dates count: "today" is the date there, and a period ends at 24:00 there.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Converts a working calendar to an office calendar in China Standard Time (Asia/Shanghai).</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static implicit operator OfficeCalendar(WorkingCalendar calendar) => new((IWorkingCalendar)calendar, null);

    /// <summary>Converts a provisional working calendar to an office calendar in China Standard Time (Asia/Shanghai).</summary>
    /// <param name="calendar">The provisional working calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static implicit operator OfficeCalendar(ProvisionalWorkingCalendar calendar) => new((IWorkingCalendar)calendar, null);

    /// <summary>Returns the same working calendar in another time zone.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The office calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public OfficeCalendar WithZone(DateTimeZone zone) => new(Calendar, Preconditions.CheckNotNull(zone));

    /// <summary>Returns the office's date at <paramref name="instant"/>: the date in <see cref="Zone"/>.</summary>
    /// <param name="instant">The instant, e.g. from the host's <see cref="IClock"/>.</param>
    /// <returns>The local date.</returns>
    public LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>
    /// Returns the deadline of <paramref name="limit"/> counted from the day of receipt <paramref name="received"/> (not
    /// itself counted, see <see cref="WorkingCalendarExtensions.DueDate"/>), ending at 24:00 of its due date in <see cref="Zone"/>.
    /// </summary>
    /// <param name="received">The day of receipt.</param>
    /// <param name="limit">The time limit.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="CalendarCoverageException">A date needed for the calculation is outside the calendar's coverage.</exception>
    public Deadline Deadline(LocalDate received, TimeLimit limit) => new(Calendar.DueDate(received, limit), Zone);

    /// <summary>Returns the calendar's id and the zone, e.g. <c>cn-official (Asia/Shanghai)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Calendar.Id + " (" + Zone.Id + ")";
}
