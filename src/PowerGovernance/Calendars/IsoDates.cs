using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>Calendars work on ISO dates; a date in another calendar system is converted first.</summary>
internal static class IsoDates
{
    internal static LocalDate ToIso(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
}
