using System;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// A due date in a time zone (期限届满): the period ends at 24:00 local time on <see cref="DueDate"/>,
/// that is, at the start of the next day in <see cref="Zone"/>.
/// </summary>
public readonly struct Deadline : IEquatable<Deadline>
{
    /// <summary>Creates a deadline.</summary>
    /// <param name="dueDate">The last day of the period (inclusive).</param>
    /// <param name="zone">The time zone whose 24:00 ends the period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Deadline(LocalDate dueDate, DateTimeZone zone)
    {
        DueDate = dueDate;
        Zone = Preconditions.CheckNotNull(zone);
    }

    /// <summary>Gets China Standard Time, <c>Asia/Shanghai</c> from the TZDB, the default zone for deadlines.</summary>
    /// <remarks>Taken from the TZDB rather than a fixed +08:00: Shanghai kept daylight saving time until 1991.</remarks>
    public static DateTimeZone ChinaStandardZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the last day of the period, inclusive.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets the time zone whose midnight ends the period.</summary>
    public DateTimeZone Zone => field ?? ChinaStandardZone;

    /// <summary>
    /// Gets the first instant after the period: 24:00 on <see cref="DueDate"/> in <see cref="Zone"/>. For a due date of
    /// <see cref="LocalDate.MaxIsoValue"/> (9999-12-31) whose 24:00 lies beyond the last instant NodaTime can represent
    /// (as in UTC or any zone west of it), it is <see cref="Instant.MaxValue"/>, and <see cref="HasPassed"/> is never true:
    /// the period does not end within representable time (never an overflow).
    /// </summary>
    public Instant End => TryGetEnd(out var end) ? end : Instant.MaxValue;

    /// <summary>Returns whether the period has run out at <paramref name="now"/> (now is at or after <see cref="End"/>).</summary>
    /// <param name="now">The current instant, from the host's <see cref="IClock"/>.</param>
    /// <returns><see langword="true"/> when the deadline has passed.</returns>
    public bool HasPassed(Instant now) => TryGetEnd(out var end) && now >= end;

    /// <inheritdoc />
    public bool Equals(Deadline other) => DueDate == other.DueDate && Zone.Equals(other.Zone);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DueDate, Zone.Id);

    /// <summary>Returns whether two deadlines are equal.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Deadline left, Deadline right) => left.Equals(right);

    /// <summary>Returns whether two deadlines differ.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Deadline left, Deadline right) => !left.Equals(right);

    /// <summary>24:00 on <see cref="DueDate"/> in <see cref="Zone"/>; false when that instant is beyond <see cref="Instant.MaxValue"/>.</summary>
    private bool TryGetEnd(out Instant end)
    {
        if (IsoDates.NextOrNull(DueDate) is { } next)
        {
            end = next.AtStartOfDayInZone(Zone).ToInstant();
            return true;
        }

        // 24:00 on the last representable date: 24 hours after its start, when that is still an instant.
        var lastStart = LocalDate.MaxIsoValue.AtStartOfDayInZone(Zone).ToInstant();
        var fits = Instant.MaxValue - lastStart >= Duration.FromDays(1);
        end = fits ? lastStart + Duration.FromDays(1) : Instant.MaxValue;
        return fits;
    }

    /// <summary>Returns e.g. <c>2024-10-23 24:00 (Asia/Shanghai)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => NodaTime.Text.LocalDatePattern.Iso.Format(DueDate) + " 24:00 (" + Zone.Id + ")";
}
