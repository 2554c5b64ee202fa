namespace PowerGovernance.Calendars.China;

/// <summary>
/// The stable codes (规则代码) of the findings of <see cref="NoticeChecker"/>: the check of a year's holiday
/// arrangement (节假日安排) against the holiday law (全国年节及纪念日放假办法) in force. A code never changes
/// once released; hosts can filter, count or translate findings by it.
/// </summary>
public static class NoticeCheckCodes
{
    /// <summary>
    /// Error, path the date (e.g. <c>2024-10-01</c>): a statutory day for everyone (Art. 2) is a working day
    /// in the calendar (法定节假日被安排为工作日).
    /// </summary>
    public const string StatutoryDayWorked = nameof(StatutoryDayWorked);

    /// <summary>
    /// Error, path the date: a make-up working day (调休上班日, <see cref="DayType.MakeUpWorkingDay"/>) falls on a
    /// weekday, where a make-up day is a Saturday or Sunday made a working day (调休上班日不在周末).
    /// </summary>
    public const string MakeUpDayNotOnWeekend = nameof(MakeUpDayNotOnWeekend);

    /// <summary>
    /// Error, path the date: a working day lies inside a named holiday block (放假期间中夹有工作日); a block the
    /// notice announces is one run of rest days.
    /// </summary>
    public const string HolidayBlockInterrupted = nameof(HolidayBlockInterrupted);

    /// <summary>
    /// Error, path the year (e.g. <c>2024</c>): the year's weekdays off, net of its make-up working days, are
    /// fewer than the statutory days, so a statutory day on a Saturday or Sunday was not given back on a
    /// working day as Art. 6 requires (适逢周末的法定节假日未在工作日补假).
    /// </summary>
    public const string StatutoryDayNotGivenBack = nameof(StatutoryDayNotGivenBack);

    /// <summary>
    /// Warning, path the first day of the run: more than <see cref="HolidayLawVersion.MaxConsecutiveWorkingDays"/>
    /// consecutive working days right before or after a statutory holiday block (节假日前后连续工作超过6天).
    /// Art. 7 of 国务院令第795号 allows special cases, so this is never an error; it is reported only under a
    /// version with <see cref="HolidayLawVersion.HasConsecutiveWorkingDaysRule"/>.
    /// </summary>
    public const string LongWorkingRun = nameof(LongWorkingRun);

    /// <summary>
    /// Warning, path the year: the year's working days are outside <see cref="NoticeChecker.UsualMinWorkingDays"/>–
    /// <see cref="NoticeChecker.UsualMaxWorkingDays"/> (全年工作日天数异常), which every year from 2004 to 2026 met;
    /// a plausibility check of the data, not a rule of law.
    /// </summary>
    public const string UnusualWorkingDayTotal = nameof(UnusualWorkingDayTotal);

    /// <summary>
    /// Info, path the day: the arrangement differs on this day from the most likely provisional year built from the
    /// holiday law (与依法推算的最可能安排不同), a day inside the provisional range: expected variation.
    /// </summary>
    public const string DiffersFromProvisional = nameof(DiffersFromProvisional);

    /// <summary>
    /// Warning, path the day: the arrangement changes a day the provisional year held certain (超出依法推算的区间):
    /// due dates computed provisionally before the notice may have been outside their range; check the day
    /// against the notice.
    /// </summary>
    public const string OutsideProvisionalRange = nameof(OutsideProvisionalRange);
}
