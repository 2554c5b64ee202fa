using System;
using System.Globalization;
using NodaTime;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// The twenty-four solar terms (二十四节气), computed astronomically: the instant at which the Sun's
/// apparent geocentric ecliptic longitude (太阳视黄经) reaches a multiple of 15°, and its date in China
/// Standard Time (北京时间, UTC+8). 清明 (Qingming, 15°) is a statutory holiday under Art. 2 of the holiday
/// law (全国年节及纪念日放假办法) from 国务院令第513号 on: "清明节，放假1天（农历清明当日）".
/// </summary>
/// <remarks>
/// <para>
/// The Sun's position follows Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), ch. 25 at higher
/// accuracy: the planetary theory VSOP87 truncated as in Meeus's Appendix III, the FK5 correction,
/// nutation in longitude and aberration, good to about one arcsecond (some 25 seconds of time).
/// Terrestrial Time is converted to Universal Time with the ΔT expressions of Espenak and Meeus
/// (NASA/TP-2006-214141), an extrapolation after 2005 that may be a minute or more off by 2100. A
/// term's date is therefore certain unless its instant is within a couple of minutes of midnight in
/// Beijing; between 1901 and 2100 no 清明 is closer than ten minutes.
/// </para>
/// <para>
/// The date is taken at UTC+8 for every year, as the national standard for the Chinese calendar
/// (GB/T 33661-2017 《农历的编算和颁行》) does; summer time, which China kept from 1986 to 1991 but never
/// in early April, is ignored. The results are computed, not looked up: no table of dates is kept.
/// Pure functions of their arguments: no clock is read.
/// </para>
/// </remarks>
public static class SolarTerms
{
    /// <summary>The first year supported (1900).</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year supported (2100), as for the lunar dates (.NET's <see cref="System.Globalization.ChineseLunisolarCalendar"/> ends in January 2101).</summary>
    public const int LastYear = 2100;

    /// <summary>The Sun's apparent longitude at 清明 (Qingming, Clear and Bright): 15°.</summary>
    public const int QingmingLongitude = 15;

    private const double MeanTropicalYear = 365.2422;

    private static readonly Offset ChinaStandardTime = Offset.FromHours(8);

    /// <summary>
    /// Returns the date of 清明 (the solar term Qingming, Sun's apparent longitude 15°) in
    /// <paramref name="year"/> in China Standard Time (UTC+8): April 4, 5 or 6. Under Art. 2 of the holiday
    /// law from 国务院令第513号 on, this day (农历清明当日) is a statutory holiday.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>The date in the ISO calendar, e.g. 2025-04-04.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="FirstYear"/>–<see cref="LastYear"/>.</exception>
    public static LocalDate Qingming(int year) => DateOf(year, QingmingLongitude);

    /// <summary>
    /// Returns the date in China Standard Time (UTC+8) on which the Sun's apparent longitude reaches
    /// <paramref name="longitude"/> degrees in <paramref name="year"/>, i.e. the date of a solar term (节气):
    /// 0° 春分, 15° 清明, 90° 夏至, 180° 秋分, 270° 冬至, 285° 小寒 (early January), 315° 立春 ….
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <param name="longitude">A multiple of 15 from 0 to 345. Each is reached exactly once in every Gregorian year.</param>
    /// <returns>The date in the ISO calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside <see cref="FirstYear"/>–<see cref="LastYear"/>, or
    /// <paramref name="longitude"/> is not a multiple of 15 from 0 to 345.
    /// </exception>
    public static LocalDate DateOf(int year, int longitude) => InstantOf(year, longitude).WithOffset(ChinaStandardTime).Date;

    /// <summary>
    /// Returns the instant at which the Sun's apparent geocentric ecliptic longitude reaches
    /// <paramref name="longitude"/> degrees in <paramref name="year"/> (the moment of a solar term, 交节时刻),
    /// to within about half a minute of the astronomical theory, plus the uncertainty of ΔT after 2005.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <param name="longitude">A multiple of 15 from 0 to 345.</param>
    /// <returns>The instant (Universal Time, which UTC follows to within a second).</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/> is outside <see cref="FirstYear"/>–<see cref="LastYear"/>, or
    /// <paramref name="longitude"/> is not a multiple of 15 from 0 to 345.
    /// </exception>
    public static Instant InstantOf(int year, int longitude)
    {
        ArgumentChecks.CheckYear(
            year,
            FirstYear,
            LastYear,
            "solar terms are computed for 1900–2100, where the ΔT (TT − UT) expressions used hold.",
            "节气只在1900—2100年范围内计算，该范围内所用的ΔT（力学时与世界时之差）公式适用。",
            nameof(year));
        if (longitude < 0 || longitude >= 360 || longitude % 15 != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(longitude),
                longitude,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The longitude {longitude}° is not a solar term: it must be a multiple of 15 from 0 to 345. 黄经{longitude}°不是节气：须为0至345之间15的倍数。"));
        }

        // Start from the mean motion (the Sun is near 280° at the start of January) and iterate on the
        // true apparent longitude until the step is below a millisecond.
        var startOfYear = Instant.FromUtc(year, 1, 1, 0, 0).ToJulianDate();
        var jde = startOfYear + ((((longitude - 280) % 360) + 360) % 360 / 360.0 * MeanTropicalYear);
        for (var i = 0; i < 50; i++)
        {
            var difference = SunLongitude.Reduce(longitude - SunLongitude.ApparentDegrees(jde) + 180.0) - 180.0;
            var step = difference * (MeanTropicalYear / 360.0);
            jde += step;
            if (Math.Abs(step) < 1e-8)
            {
                break;
            }
        }

        var decimalYear = 2000.0 + ((jde - SunLongitude.J2000) / 365.2425);
        var universal = jde - (DeltaT.Seconds(decimalYear) / 86400.0);
        return Instant.FromJulianDate(universal);
    }
}
