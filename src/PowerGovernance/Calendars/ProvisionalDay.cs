using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// A day whose type is not yet published and is open (待定日期): what the calendar expects, which holiday
/// makes it uncertain, and why, in English and Simplified Chinese.
/// </summary>
public sealed record ProvisionalDay
{
    /// <summary>Creates an uncertain day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="nearHoliday">The holiday whose arrangement may change the day.</param>
    /// <param name="reason">Why the day is uncertain, in English. Must not be blank.</param>
    /// <param name="chineseReason">Why the day is uncertain, in Simplified Chinese. Must not be blank.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">A reason is blank.</exception>
    public ProvisionalDay(LocalDate date, HolidayName nearHoliday, string reason, string chineseReason)
    {
        Date = IsoDates.ToIso(date);
        NearHoliday = Preconditions.CheckNotNull(nearHoliday);
        Reason = Preconditions.CheckNotBlank(reason);
        ChineseReason = Preconditions.CheckNotBlank(chineseReason);
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the holiday whose arrangement may change the day (相关节日).</summary>
    public HolidayName NearHoliday { get; }

    /// <summary>Gets why the day is uncertain, in English.</summary>
    public string Reason { get; }

    /// <summary>Gets why the day is uncertain, in Simplified Chinese (不确定原因).</summary>
    public string ChineseReason { get; }

    /// <summary>Returns the date and the English reason.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => NodaTime.Text.LocalDatePattern.Iso.Format(Date) + ": " + Reason;
}
