namespace PowerGovernance.Calendars.China;

/// <summary>
/// A holiday for everyone (全体公民放假的节日) listed in Art. 2 of the holiday law
/// (全国年节及纪念日放假办法). Which festivals a version lists, and for how many days, is given by
/// <see cref="HolidayLawVersion"/>.
/// </summary>
public enum StatutoryFestival
{
    /// <summary>New Year's Day (元旦, called 新年 before 国务院令第795号), January 1.</summary>
    NewYear = 0,

    /// <summary>
    /// Spring Festival (春节): 正月初一 and the days after it, and, under 国务院令第513号 and 第795号,
    /// New Year's Eve (除夕, the last day of the twelfth lunar month).
    /// </summary>
    SpringFestival = 1,

    /// <summary>Qingming Festival (清明节), the day of the solar term 清明; from 国务院令第513号 on.</summary>
    Qingming = 2,

    /// <summary>Labour Day (劳动节), May 1 (May 1–3 under 国务院令第270号, May 1–2 under 第795号).</summary>
    LabourDay = 3,

    /// <summary>Dragon Boat Festival (端午节), the fifth day of the fifth lunar month; from 国务院令第513号 on.</summary>
    DragonBoat = 4,

    /// <summary>Mid-Autumn Festival (中秋节), the fifteenth day of the eighth lunar month; from 国务院令第513号 on.</summary>
    MidAutumn = 5,

    /// <summary>National Day (国庆节), October 1–3.</summary>
    NationalDay = 6,
}
