using System;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;
using PowerGovernance.Tool.Seams;

namespace PowerGovernance.Tool.Tests;

/// <summary>Seams with test data: a small calendar with a provisional year, and law checks and writers that say what they saw.</summary>
internal static class TestSeams
{
    private static readonly HolidayName SpringFestival = new("春节", "Spring Festival");

    /// <summary>
    /// A made-up calendar over 2026–2027 (Saturday and Sunday off), published through 2026-12-31. In 2027 the most
    /// likely arrangement has Spring Festival off from Saturday 2027-02-06 to Tuesday 2027-02-09, and three days are
    /// open: Saturday 2027-01-30 (the notice may make it a working day) and Wednesday 2027-02-10 and Thursday
    /// 2027-02-11 (the notice may give them off).
    /// </summary>
    public static ProvisionalWorkingCalendar Provisional2027 { get; } = CreateProvisional();

    /// <summary>The default seams, with <see cref="Provisional2027"/> as the provisional calendar (a file given too is ignored).</summary>
    public static ToolSeams WithProvisional { get; } = ToolSeams.Default with
    {
        Calendars = new CalendarResolver(() => ChinaCalendars.Official, _ => Provisional2027),
    };

    /// <summary>The default seams, as a build without a provisional calendar.</summary>
    public static ToolSeams WithoutProvisional { get; } = ToolSeams.Default with
    {
        Calendars = new CalendarResolver(() => ChinaCalendars.Official, provisional: null),
    };

    private static ProvisionalWorkingCalendar CreateProvisional()
    {
        var mostLikely = new WorkingCalendarBuilder("test-provisional")
            .WithCoverage(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31))
            .WithWeekendDays(IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
            .AddHoliday(new LocalDate(2027, 2, 6), new LocalDate(2027, 2, 9), SpringFestival)
            .Build();
        ProvisionalDay Open(int month, int day, string reason, string chinese) =>
            new(new LocalDate(2027, month, day), SpringFestival, reason, chinese);
        return ProvisionalWorkingCalendar.Create(
            "test-provisional",
            mostLikely,
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            [
                Open(1, 30, "The weekend before Spring Festival may be made a working day.", "春节前的周末可能调为上班日。"),
                Open(2, 10, "The notice may give the day after Spring Festival off.", "通知可能安排春节后一日放假。"),
                Open(2, 11, "The notice may give the second day after Spring Festival off.", "通知可能安排春节后第二日放假。"),
            ],
            [
                new CalendarYearProvenance(2026, CalendarProvenanceKind.Embedded, "test notice for 2026", new LocalDate(2025, 11, 4)),
                new CalendarYearProvenance(2027, CalendarProvenanceKind.Provisional, "国务院令第795号"),
            ]);
    }
}
