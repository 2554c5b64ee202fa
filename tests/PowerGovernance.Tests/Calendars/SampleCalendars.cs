using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests.Calendars;

/// <summary>Small hand-made calendars for kernel tests (independent of the China data package).</summary>
internal static class SampleCalendars
{
    public static readonly HolidayName NationalDay = new("国庆节", "National Day");
    public static readonly HolidayName SpringFestival = new("春节", "Spring Festival");

    /// <summary>
    /// September–October 2024 with the real National Day arrangement: Oct 1–7 off, Sunday Sep 29 and
    /// Saturday Oct 12 worked.
    /// </summary>
    public static WorkingCalendar Autumn2024() =>
        new WorkingCalendarBuilder("test-autumn-2024")
            .WithCoverage(new LocalDate(2024, 9, 1), new LocalDate(2024, 10, 31))
            .AddHoliday(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7), NationalDay)
            .AddMakeUpWorkingDay(new LocalDate(2024, 9, 29), NationalDay)
            .AddMakeUpWorkingDay(new LocalDate(2024, 10, 12), NationalDay)
            .Build();

    /// <summary>July–December 2024 with the real Mid-Autumn and National Day arrangements, for procedure and supervision tests.</summary>
    public static WorkingCalendar SecondHalf2024() =>
        new WorkingCalendarBuilder("test-h2-2024")
            .WithCoverage(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31))
            .AddHoliday(new LocalDate(2024, 9, 15), new LocalDate(2024, 9, 17), new HolidayName("中秋节", "Mid-Autumn Festival"))
            .AddMakeUpWorkingDay(new LocalDate(2024, 9, 14), new HolidayName("中秋节", "Mid-Autumn Festival"))
            .AddHoliday(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7), NationalDay)
            .AddMakeUpWorkingDay(new LocalDate(2024, 9, 29), NationalDay)
            .AddMakeUpWorkingDay(new LocalDate(2024, 10, 12), NationalDay)
            .Build();
}
