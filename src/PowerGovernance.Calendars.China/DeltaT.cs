namespace PowerGovernance.Calendars.China;

/// <summary>
/// ΔT = TT − UT, the difference between Terrestrial Time (in which the Sun's position is computed)
/// and Universal Time (in which clocks run), in seconds, from the polynomial expressions of Espenak
/// and Meeus, <i>Five Millennium Canon of Solar Eclipses</i> (NASA/TP-2006-214141), for 1900–2150.
/// </summary>
/// <remarks>
/// Past values match the observed ΔT to about a second; after 2005 the expressions are an
/// extrapolation (they give some 75 s for 2025, when the observed value is about 69 s; about 203 s
/// for 2100, uncertain by a minute or more). A solar term's date only moves when its instant is that
/// close to midnight.
/// </remarks>
internal static class DeltaT
{
    /// <summary>Returns ΔT in seconds for a decimal year between 1900 and 2150.</summary>
    /// <param name="year">The decimal year, e.g. 2024.25 for the beginning of April 2024.</param>
    internal static double Seconds(double year)
    {
        double t;
        if (year < 1920)
        {
            t = year - 1900;
            return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * t * t * t * t);
        }

        if (year < 1941)
        {
            t = year - 1920;
            return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
        }

        if (year < 1961)
        {
            t = year - 1950;
            return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
        }

        if (year < 1986)
        {
            t = year - 1975;
            return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
        }

        if (year < 2005)
        {
            t = year - 2000;
            return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t) + (0.000651814 * t * t * t * t) + (0.00002373599 * t * t * t * t * t);
        }

        if (year < 2050)
        {
            t = year - 2000;
            return 62.92 + (0.32217 * t) + (0.005589 * t * t);
        }

        var u = (year - 1820) / 100;
        return -20 + (32 * u * u) - (0.5628 * (2150 - year));
    }
}
