using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>
/// One line of a holiday arrangement (节假日安排条目) as a calendar file lists it: a holiday block
/// (<c>holiday</c>) or a make-up working day (<c>workday</c>). <see cref="WorkingCalendar.GetEntries"/>
/// reconstructs them from a calendar's day table.
/// </summary>
/// <param name="Kind">A holiday block or a make-up working day.</param>
/// <param name="First">The first day (both ends inclusive).</param>
/// <param name="Last">The last day; equal to <paramref name="First"/> for a make-up working day.</param>
/// <param name="Name">The holiday, or for a make-up working day the holiday it makes up for.</param>
/// <param name="Year">
/// The year whose arrangement (and so whose <see cref="CalendarSource"/>) the entry belongs to: the year of
/// <paramref name="Last"/>, except that an entry in December belongs to the next year when an entry with the
/// same name ends in January of that year (e.g. the New Year make-up working day 2005-12-31 元旦 belongs to 2006).
/// </param>
public sealed record CalendarEntry(CalendarEntryKind Kind, LocalDate First, LocalDate Last, HolidayName Name, int Year);
