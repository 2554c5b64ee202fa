namespace PowerGovernance.Calendars;

/// <summary>
/// The kind of a day on a working calendar (日期类型).
/// </summary>
/// <remarks>
/// <see cref="WorkingWeekday"/> and <see cref="MakeUpWorkingDay"/> are working days (工作日);
/// <see cref="Weekend"/>, <see cref="Holiday"/> and <see cref="StatutoryHoliday"/> are not.
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

    /// <summary>
    /// A statutory holiday (法定节假日): a day the holiday law itself gives every citizen, such as
    /// 1 October or the first day of the lunar year, as opposed to the other rest days of a holiday
    /// block (weekends moved by 调休, days given back under the law's rule on weekends). Work on such a
    /// day is paid at no less than 300% (Labour Law Art. 44(3)); on other rest days at no less than 200%.
    /// </summary>
    StatutoryHoliday = 4,
}
