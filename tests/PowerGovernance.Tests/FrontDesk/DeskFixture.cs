using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Tests.FrontDesk;

/// <summary>The official China calendar and instants in China time for the front-desk rule tests.</summary>
internal static class DeskFixture
{
    public static WorkingCalendar Calendar => ChinaCalendars.Official;

    /// <summary>An instant on a local date in China (10:00 by default).</summary>
    public static Instant At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Deadline.ChinaStandardZone).ToInstant();
}
