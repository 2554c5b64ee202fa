using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// One version of the holiday law, 全国年节及纪念日放假办法 (the State Council's measures on national
/// festivals and commemoration days), as revised by a State Council decree (国务院令): which days are
/// holidays for everyone (全体公民放假的节日, Art. 2) and whether Art. 7 limits consecutive working days.
/// </summary>
/// <remarks>
/// <para>
/// The versions are <see cref="Of1999"/> (国务院令第270号), <see cref="Of2007"/> (第513号), <see cref="Of2013"/>
/// (第644号) and <see cref="Of2024"/> (第795号). In every version, Art. 6 provides that a holiday for everyone
/// falling on a Saturday or Sunday is given back on a working day (应当在工作日补假), while holidays for part
/// of the population (Art. 3: women, youth, children, serving soldiers) are not; those never change office
/// working days and are not modelled here.
/// </para>
/// <para>
/// The law fixes the statutory days only; the yearly notice of the State Council General Office
/// (国务院办公厅关于…部分节假日安排的通知) fixes the blocks, the days given back and the weekends worked, and
/// is read from a <see cref="IWorkingCalendar"/> such as <see cref="ChinaCalendars.Official"/>.
/// </para>
/// <para>Instances are immutable and thread-safe; no clock is read.</para>
/// </remarks>
public sealed class HolidayLawVersion
{
    /// <summary>
    /// The most consecutive working days before and after a statutory holiday under Art. 7 of
    /// <see cref="Of2024"/> (法定节假日假期前后连续工作一般不超过6天): 6. Art. 7 allows exceptions in special cases
    /// (除个别特殊情形外), so exceeding it is a matter for review, not a breach by itself.
    /// </summary>
    public const int MaxConsecutiveWorkingDays = 6;

    /// <summary>
    /// The first year supported by <see cref="StatutoryDays"/> and <see cref="InForceIn"/>: 2000, the first
    /// whole year under 国务院令第270号 (in force from 1999-09-18; before it, the 1949 measures applied).
    /// </summary>
    public const int FirstYear = 2000;

    /// <summary>
    /// The last year supported by <see cref="StatutoryDays"/> and <see cref="InForceIn"/>: 2100, where .NET's
    /// Chinese lunisolar calendar (<see cref="ChineseLunisolarCalendar"/>) and <see cref="SolarTerms"/> end.
    /// </summary>
    public const int LastYear = 2100;

    private const string RangeReason = "the versions known here govern whole years from 2000 on (国务院令第270号 took effect on 1999-09-18), and lunar dates are computed only up to 2100.";
    private const string RangeReasonChinese = "本库所载版本自2000年起适用于整年（国务院令第270号自1999年9月18日起施行），农历日期只计算到2100年。";

    private static readonly HolidayLawVersion Version1999 = new(
        270,
        1999,
        new LocalDate(1999, 9, 18),
        hasConsecutiveWorkingDaysRule: false,
        [
            StatutoryDayRule.Gregorian(StatutoryFestival.NewYear, 1, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 2),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 3),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 1),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 2),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 3),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 1),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 2),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 3),
        ]);

    private static readonly HolidayLawVersion Version2007 = new(
        513,
        2007,
        new LocalDate(2008, 1, 1),
        hasConsecutiveWorkingDaysRule: false,
        [
            StatutoryDayRule.Gregorian(StatutoryFestival.NewYear, 1, 1),
            StatutoryDayRule.NewYearsEve(),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 2),
            StatutoryDayRule.Qingming(),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.DragonBoat, 5, 5),
            StatutoryDayRule.Lunar(StatutoryFestival.MidAutumn, 8, 15),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 1),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 2),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 3),
        ]);

    private static readonly HolidayLawVersion Version2013 = new(
        644,
        2013,
        new LocalDate(2014, 1, 1),
        hasConsecutiveWorkingDaysRule: false,
        [
            StatutoryDayRule.Gregorian(StatutoryFestival.NewYear, 1, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 2),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 3),
            StatutoryDayRule.Qingming(),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.DragonBoat, 5, 5),
            StatutoryDayRule.Lunar(StatutoryFestival.MidAutumn, 8, 15),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 1),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 2),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 3),
        ]);

    private static readonly HolidayLawVersion Version2024 = new(
        795,
        2024,
        new LocalDate(2025, 1, 1),
        hasConsecutiveWorkingDaysRule: true,
        [
            StatutoryDayRule.Gregorian(StatutoryFestival.NewYear, 1, 1),
            StatutoryDayRule.NewYearsEve(),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 1),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 2),
            StatutoryDayRule.Lunar(StatutoryFestival.SpringFestival, 1, 3),
            StatutoryDayRule.Qingming(),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 1),
            StatutoryDayRule.Gregorian(StatutoryFestival.LabourDay, 5, 2),
            StatutoryDayRule.Lunar(StatutoryFestival.DragonBoat, 5, 5),
            StatutoryDayRule.Lunar(StatutoryFestival.MidAutumn, 8, 15),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 1),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 2),
            StatutoryDayRule.Gregorian(StatutoryFestival.NationalDay, 10, 3),
        ]);

    private static readonly ReadOnlyCollection<HolidayLawVersion> AllVersions =
        Array.AsReadOnly([Version1999, Version2007, Version2013, Version2024]);

    private readonly StatutoryDayRule[] rules;

    private HolidayLawVersion(int decreeNumber, int year, LocalDate inForceFrom, bool hasConsecutiveWorkingDaysRule, StatutoryDayRule[] rules)
    {
        DecreeNumber = decreeNumber;
        Year = year;
        InForceFrom = inForceFrom;
        HasConsecutiveWorkingDaysRule = hasConsecutiveWorkingDaysRule;
        this.rules = rules;
    }

    /// <summary>
    /// Gets the version of 国务院令第270号 (1999), in force from 1999-09-18, day of publication. Art. 2:
    /// 新年 1 day (January 1); 春节 3 days (农历正月初一、初二、初三); 劳动节 3 days (May 1–3); 国庆节 3 days
    /// (October 1–3): 10 days a year.
    /// </summary>
    public static HolidayLawVersion Of1999 => Version1999;

    /// <summary>
    /// Gets the version of 国务院令第513号 (published 2007-12-14), in force from 2008-01-01. Art. 2: 新年 1 day;
    /// 春节 3 days (农历除夕、正月初一、初二); 清明节 1 day (农历清明当日); 劳动节 1 day (May 1); 端午节 1 day
    /// (农历端午当日); 中秋节 1 day (农历中秋当日); 国庆节 3 days: 11 days a year.
    /// </summary>
    public static HolidayLawVersion Of2007 => Version2007;

    /// <summary>
    /// Gets the version of 国务院令第644号 (published 2013-12-11), in force from 2014-01-01. Art. 2 as in
    /// 第513号, but 春节 3 days are 农历正月初一、初二、初三 (除夕 no longer): 11 days a year.
    /// </summary>
    public static HolidayLawVersion Of2013 => Version2013;

    /// <summary>
    /// Gets the version of 国务院令第795号 (published 2024-11-10), in force from 2025-01-01. Art. 2: 元旦 1 day;
    /// 春节 4 days (农历除夕、正月初一至初三); 清明节 1 day; 劳动节 2 days (May 1–2); 端午节, 中秋节 1 day each;
    /// 国庆节 3 days (October 1–3): 13 days a year. Art. 7, added by this decree, asks that consecutive working
    /// days before and after a statutory holiday generally not exceed <see cref="MaxConsecutiveWorkingDays"/>.
    /// </summary>
    public static HolidayLawVersion Of2024 => Version2024;

    /// <summary>Gets the four versions in the order they came into force.</summary>
    public static IReadOnlyList<HolidayLawVersion> Versions => AllVersions;

    /// <summary>Gets the number of the State Council decree (国务院令第…号), e.g. 795.</summary>
    public int DecreeNumber { get; }

    /// <summary>Gets the year the decree was made (修订年份), e.g. 2024.</summary>
    public int Year { get; }

    /// <summary>Gets the day the version came into force (施行日期), e.g. 2025-01-01.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>
    /// Gets the number of statutory days a year for everyone (全体公民放假的天数) under Art. 2: 10 (1999), 11 (2007
    /// and 2013) or 13 (2024). It is also the number of entries of <see cref="StatutoryDays"/>.
    /// </summary>
    public int StatutoryDayCount => rules.Length;

    /// <summary>
    /// Gets whether the version has the rule on consecutive working days around a holiday (Art. 7 of
    /// 国务院令第795号: 法定节假日假期前后连续工作一般不超过6天); only <see cref="Of2024"/> has it.
    /// </summary>
    public bool HasConsecutiveWorkingDaysRule { get; }

    /// <summary>
    /// Returns the version in force on <paramref name="date"/>: the latest whose <see cref="InForceFrom"/> is on or
    /// before it.
    /// </summary>
    /// <param name="date">A date from 1999-09-18 to 2100-12-31; a date in another calendar system is converted to ISO.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before 1999-09-18 or after 2100-12-31.</exception>
    public static HolidayLawVersion InForceOn(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        var first = Version1999.InForceFrom;
        var last = new LocalDate(LastYear, 12, 31);
        if (iso < first || iso > last)
        {
            var pattern = LocalDatePattern.Iso;
            throw new ArgumentOutOfRangeException(
                nameof(date),
                pattern.Format(iso),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The date {pattern.Format(iso)} is outside the supported dates {pattern.Format(first)} to {pattern.Format(last)}: {RangeReason} 日期{pattern.Format(iso)}不在支持的{pattern.Format(first)}至{pattern.Format(last)}范围内：{RangeReasonChinese}"));
        }

        return AllVersions.Last(v => v.InForceFrom <= iso);
    }

    /// <summary>
    /// Returns the version in force on January 1 of <paramref name="year"/>, which governs that year's holiday
    /// notice: <see cref="Of1999"/> for 2000–2007, <see cref="Of2007"/> for 2008–2013, <see cref="Of2013"/> for
    /// 2014–2024, <see cref="Of2024"/> from 2025.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before <see cref="FirstYear"/> or after <see cref="LastYear"/>.</exception>
    public static HolidayLawVersion InForceIn(int year)
    {
        ArgumentChecks.CheckYear(year, FirstYear, LastYear, RangeReason, RangeReasonChinese, nameof(year));
        return InForceOn(new LocalDate(year, 1, 1));
    }

    /// <summary>
    /// Returns the statutory days for everyone (全体公民放假的节日) that this version's Art. 2 gives in
    /// <paramref name="year"/>, in date order (by festival on a shared date): always
    /// <see cref="StatutoryDayCount"/> entries. Lunar dates are those of .NET's
    /// <see cref="ChineseLunisolarCalendar"/> (端午 五月初五 and 中秋 八月十五 in the ordinary month, never a leap
    /// month; 除夕 the day before 正月初一); 清明 is computed by <see cref="SolarTerms.Qingming"/>.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>. The version's rules are applied
    /// whether or not it was in force that year; use <see cref="InForceIn"/> for the version that was.</param>
    /// <returns>A new read-only list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before <see cref="FirstYear"/> or after <see cref="LastYear"/>.</exception>
    public IReadOnlyList<StatutoryDay> StatutoryDays(int year)
    {
        ArgumentChecks.CheckYear(year, FirstYear, LastYear, RangeReason, RangeReasonChinese, nameof(year));
        var days = new StatutoryDay[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            days[i] = rules[i].DayIn(year);
        }

        Array.Sort(days, static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Festival.CompareTo(b.Festival));
        return Array.AsReadOnly(days);
    }

    /// <summary>Returns e.g. <c>国务院令第795号 (2024)</c>.</summary>
    /// <returns>The decree and its year.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"国务院令第{DecreeNumber}号 ({Year})");
}
