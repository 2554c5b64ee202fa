namespace PowerGovernance.Calendars.China;

/// <summary>Which China calendar a host registers (日历模式).</summary>
public enum ChinaCalendarMode
{
    /// <summary>
    /// <see cref="ChinaCalendars.Provisional"/>: the official data continued with provisional years from the holiday
    /// law; deadlines keep working after the published data ends and say when they are provisional. The default.
    /// </summary>
    Provisional = 0,

    /// <summary><see cref="ChinaCalendars.Official"/>: only published years; a date after them throws <see cref="CalendarCoverageException"/>.</summary>
    Strict = 1,
}
