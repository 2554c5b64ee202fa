using System;
using System.Globalization;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// Argument checks of this package, throwing .NET's own argument exceptions with the parameter name
/// and a culture-invariant message in English and Simplified Chinese that states the allowed range.
/// </summary>
internal static class ArgumentChecks
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="year"/> is in [<paramref name="first"/>, <paramref name="last"/>].</summary>
    /// <param name="year">The year given.</param>
    /// <param name="first">The first supported year.</param>
    /// <param name="last">The last supported year.</param>
    /// <param name="why">Why the range ends there, in English.</param>
    /// <param name="whyChinese">Why the range ends there, in Simplified Chinese.</param>
    /// <param name="paramName">The parameter's name.</param>
    internal static void CheckYear(int year, int first, int last, string why, string whyChinese, string paramName)
    {
        if (year < first || year > last)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                year,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The year {year} is outside the supported years {first}–{last}: {why} 年份{year}不在支持的{first}—{last}年范围内：{whyChinese}"));
        }
    }
}
