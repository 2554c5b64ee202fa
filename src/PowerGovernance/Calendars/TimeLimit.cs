using System;
using System.Globalization;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// A time limit (办理时限/期限): a number of working days or natural days, counted from the day after
/// the day of receipt. Use <see cref="WorkingCalendarExtensions.DueDate"/> to turn it into a date.
/// </summary>
/// <remarks>
/// The default value is zero working days. Two limits are equal when kind and days are equal;
/// limits of different kinds are not ordered.
/// </remarks>
public readonly struct TimeLimit : IEquatable<TimeLimit>
{
    /// <summary>The longest limit accepted, in days (100 years).</summary>
    public const int MaxDays = 36_500;

    private TimeLimit(TimeLimitKind kind, int days)
    {
        Kind = kind;
        Days = days;
    }

    /// <summary>Gets how the days are counted.</summary>
    public TimeLimitKind Kind { get; }

    /// <summary>Gets the number of days, from 0 to <see cref="MaxDays"/>.</summary>
    public int Days { get; }

    /// <summary>Creates a limit of <paramref name="days"/> working days (个工作日).</summary>
    /// <param name="days">The number of working days, 0 to <see cref="MaxDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    public static TimeLimit WorkingDays(int days)
    {
        Preconditions.CheckArgumentRange(days, 0, MaxDays);
        return new TimeLimit(TimeLimitKind.WorkingDays, days);
    }

    /// <summary>Creates a limit of <paramref name="days"/> natural days (日).</summary>
    /// <param name="days">The number of natural days, 0 to <see cref="MaxDays"/>.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or above <see cref="MaxDays"/>.</exception>
    public static TimeLimit NaturalDays(int days)
    {
        Preconditions.CheckArgumentRange(days, 0, MaxDays);
        return new TimeLimit(TimeLimitKind.NaturalDays, days);
    }

    /// <summary>Returns whether two limits have the same kind and days.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TimeLimit left, TimeLimit right) => left.Equals(right);

    /// <summary>Returns whether two limits differ in kind or days.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(TimeLimit left, TimeLimit right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TimeLimit other) => Kind == other.Kind && Days == other.Days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeLimit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Days);

    /// <summary>Returns the limit in English, e.g. <c>20 working days</c> or <c>90 natural days</c>.</summary>
    /// <returns>The English description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Days} {(Kind == TimeLimitKind.WorkingDays ? "working" : "natural")} day{(Days == 1 ? string.Empty : "s")}");

    /// <summary>Returns the limit in Simplified Chinese, e.g. <c>20个工作日</c> or <c>90日</c>.</summary>
    /// <returns>The Chinese description.</returns>
    public string ToChineseString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Days}{(Kind == TimeLimitKind.WorkingDays ? "个工作日" : "日")}");
}
