using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>A day whose type or holiday differs between two calendars (变动日期), e.g. a provisional day the notice set otherwise.</summary>
/// <param name="Date">The day.</param>
/// <param name="OldType">The day's type in the old calendar.</param>
/// <param name="NewType">The day's type in the new calendar.</param>
/// <param name="OldHoliday">The day's holiday in the old calendar, if any.</param>
/// <param name="NewHoliday">The day's holiday in the new calendar, if any.</param>
public sealed record ChangedDay(LocalDate Date, DayType OldType, DayType NewType, HolidayName? OldHoliday, HolidayName? NewHoliday)
{
    /// <summary>Gets whether the day changed between working and rest (the change that moves deadlines).</summary>
    public bool WorkingChanged => (OldType is DayType.WorkingWeekday or DayType.MakeUpWorkingDay) != (NewType is DayType.WorkingWeekday or DayType.MakeUpWorkingDay);
}
