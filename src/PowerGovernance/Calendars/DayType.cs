namespace PowerGovernance.Calendars;

/// <summary>
/// The kind of a day on a working calendar (日期类型).
/// </summary>
/// <remarks>
/// <see cref="WorkingWeekday"/> and <see cref="MakeUpWorkingDay"/> are working days (工作日);
/// <see cref="Weekend"/> and <see cref="Holiday"/> are not.
/// </remarks>
public enum DayType
{
    /// <summary>An ordinary working day that is not a weekend day (工作日).</summary>
    WorkingWeekday = 0,

    /// <summary>
    /// A weekend day that has been made a working day to compensate for a holiday
    /// (调休上班日, e.g. Sunday 2024-09-29 before National Day).
    /// </summary>
    MakeUpWorkingDay = 1,

    /// <summary>An ordinary weekend day (休息日/周末).</summary>
    Weekend = 2,

    /// <summary>
    /// A day of an official or local holiday block (法定节假日/放假日), including weekend days
    /// inside the block, or a local closure.
    /// </summary>
    Holiday = 3,
}
