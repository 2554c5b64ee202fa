using System;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// The name of a holiday (节假日名称) in Simplified Chinese and English, for example
/// 国庆节 / National Day.
/// </summary>
public sealed class HolidayName : IEquatable<HolidayName>
{
    /// <summary>Creates a holiday name.</summary>
    /// <param name="chinese">The name in Simplified Chinese, e.g. <c>春节</c>. Must not be blank.</param>
    /// <param name="english">The name in English, e.g. <c>Spring Festival</c>. Must not be blank.</param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    public HolidayName(string chinese, string english)
    {
        Chinese = Preconditions.CheckNotBlank(chinese).Trim();
        English = Preconditions.CheckNotBlank(english).Trim();
    }

    /// <summary>Gets the name in Simplified Chinese (中文名称).</summary>
    public string Chinese { get; }

    /// <summary>Gets the name in English.</summary>
    public string English { get; }

    /// <summary>Returns <c>中文 | English</c>, the form used in calendar files.</summary>
    /// <returns>The name in both languages.</returns>
    public override string ToString() => Chinese + " | " + English;

    /// <inheritdoc />
    public bool Equals(HolidayName? other) =>
        other is not null && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidayName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Chinese), StringComparer.Ordinal.GetHashCode(English));
}
