using System;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// The Sun's apparent geocentric ecliptic longitude (太阳视黄经), as in Meeus, <i>Astronomical
/// Algorithms</i> (2nd ed.), ch. 25 "higher accuracy": the Earth's heliocentric longitude from VSOP87
/// plus 180°, the conversion to the FK5 frame, nutation in longitude (ch. 22, the short series good to
/// 0.5″) and aberration (−20.4898″ / R).
/// </summary>
internal static class SunLongitude
{
    /// <summary>The Julian Ephemeris Day of J2000.0 (2000-01-01 12:00 TT).</summary>
    internal const double J2000 = 2451545.0;

    private const double ArcsecondsPerDegree = 3600.0;

    /// <summary>Returns the apparent longitude in degrees, reduced to [0, 360).</summary>
    /// <param name="jde">The instant as a Julian Ephemeris Day (Terrestrial Time).</param>
    internal static double ApparentDegrees(double jde)
    {
        var tau = (jde - J2000) / 365250.0;
        var t = tau * 10.0;

        // Geometric geocentric longitude of the Sun: the Earth's heliocentric longitude plus 180°.
        var theta = Degrees(EarthLongitude.Radians(tau)) + 180.0;

        // Conversion to the FK5 frame (Meeus ch. 32); its latitude term is negligible for the Sun.
        var fk5 = -0.09033;

        // Nutation in longitude (Meeus ch. 22, accuracy 0.5″).
        var omega = Radians(125.04452 - (1934.136261 * t) + (0.0020708 * t * t) + (t * t * t / 450000.0));
        var sunMean = Radians(280.4665 + (36000.7698 * t));
        var moonMean = Radians(218.3165 + (481267.8813 * t));
        var nutation = (-17.20 * Math.Sin(omega)) - (1.32 * Math.Sin(2 * sunMean)) - (0.23 * Math.Sin(2 * moonMean)) + (0.21 * Math.Sin(2 * omega));

        // Annual aberration (Meeus ch. 25).
        var aberration = -20.4898 / EarthDistance(tau);

        return Reduce(theta + ((fk5 + nutation + aberration) / ArcsecondsPerDegree));
    }

    /// <summary>Reduces an angle in degrees to [0, 360).</summary>
    internal static double Reduce(double degrees)
    {
        var reduced = degrees % 360.0;
        return reduced < 0 ? reduced + 360.0 : reduced;
    }

    /// <summary>
    /// The Earth–Sun distance R in astronomical units from the largest terms of VSOP87D (Meeus,
    /// Appendix III); good to about 1e-5 AU, far more than the aberration needs (0.0002″).
    /// </summary>
    private static double EarthDistance(double tau)
    {
        var r0 = 100013989.0
            + (1670700.0 * Math.Cos(3.0984635 + (6283.07585 * tau)))
            + (13956.0 * Math.Cos(3.05525 + (12566.1517 * tau)))
            + (3084.0 * Math.Cos(5.1985 + (77713.7715 * tau)))
            + (1628.0 * Math.Cos(1.1739 + (5753.3849 * tau)))
            + (1576.0 * Math.Cos(2.8469 + (7860.4194 * tau)));
        var r1 = (103019.0 * Math.Cos(1.10749 + (6283.07585 * tau)))
            + (1721.0 * Math.Cos(1.0644 + (12566.1517 * tau)))
            + (702.0 * Math.Cos(3.142));
        var r2 = 4359.0 * Math.Cos(5.7846 + (6283.0758 * tau));
        return (r0 + (r1 * tau) + (r2 * tau * tau)) * 1e-8;
    }

    private static double Degrees(double radians) => radians * (180.0 / Math.PI);

    private static double Radians(double degrees) => degrees * (Math.PI / 180.0);
}
