using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// One statutory holiday for everyone (全体公民放假的节日) on one date, as Art. 2 of the holiday law
/// (全国年节及纪念日放假办法) lists it, e.g. 2025-01-28, Spring Festival (农历除夕).
/// </summary>
/// <remarks>
/// <para>
/// A statutory day is what the law itself fixes; the holiday block a yearly notice
/// (国务院办公厅关于…部分节假日安排的通知) announces around it is usually longer and is read from a
/// <see cref="IWorkingCalendar"/>. Under Art. 6 a statutory day that falls on a Saturday or Sunday
/// (<see cref="IsOnWeekend"/>) is given back on a working day (补假).
/// </para>
/// <para>
/// Two festivals can fall on one date: Mid-Autumn was October 1 in 2020 and October 3 in 2009. A year's
/// list then holds that date twice, once per festival, and still holds
/// <see cref="HolidayLawVersion.StatutoryDayCount"/> entries. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record StatutoryDay
{
    /// <summary>Creates a statutory day.</summary>
    /// <param name="date">The date; a date in another calendar system is converted to ISO.</param>
    /// <param name="festival">The festival it belongs to; 除夕 belongs to <see cref="StatutoryFestival.SpringFestival"/>.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="festival"/> is not a defined value.</exception>
    public StatutoryDay(LocalDate date, StatutoryFestival festival)
    {
        Name = FestivalNames.Of(festival, nameof(festival));
        Date = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        Festival = festival;
    }

    /// <summary>Gets the date (日期), in the ISO calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the festival (节日) the day belongs to.</summary>
    public StatutoryFestival Festival { get; }

    /// <summary>
    /// Gets the festival's name (节日名称) in Chinese and English, as the official calendar names its holiday
    /// blocks: <c>元旦 | New Year's Day</c>, <c>春节 | Spring Festival</c>, <c>清明节 | Qingming Festival</c>,
    /// <c>劳动节 | Labour Day</c>, <c>端午节 | Dragon Boat Festival</c>, <c>中秋节 | Mid-Autumn Festival</c>,
    /// <c>国庆节 | National Day</c>.
    /// </summary>
    public HolidayName Name { get; }

    /// <summary>
    /// Gets whether the day falls on a Saturday or Sunday (适逢星期六、星期日), in which case Art. 6 of the
    /// holiday law requires it to be given back on a working day (应当在工作日补假).
    /// </summary>
    public bool IsOnWeekend => Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    /// <summary>Returns e.g. <c>2025-01-28 春节 | Spring Festival</c>, culture-invariant.</summary>
    /// <returns>The ISO date and the name.</returns>
    public override string ToString() => LocalDatePattern.Iso.Format(Date) + " " + Name;
}
