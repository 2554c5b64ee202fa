using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>
/// A due date that may rest on unpublished days (期限届满日区间): the earliest, the most likely and the latest
/// date the official arrangement can make it. On published days the three are equal.
/// </summary>
/// <param name="Earliest">The earliest possible due date: every uncertain day taken as a working day.</param>
/// <param name="MostLikely">The due date on the most likely arrangement.</param>
/// <param name="Latest">The latest possible due date: every uncertain day taken as a rest day.</param>
/// <param name="IsProvisional">
/// Whether the period rests on unpublished days (the days from the day after receipt to <paramref name="Latest"/>
/// include a day beyond the published arrangements, or an uncertain day): then the dates are provisional
/// (暂定) until the notice is published.
/// </param>
public readonly record struct DueDateRange(LocalDate Earliest, LocalDate MostLikely, LocalDate Latest, bool IsProvisional)
{
    /// <summary>Gets whether the due date is known exactly (<see cref="Earliest"/> equals <see cref="Latest"/>).</summary>
    public bool IsExact => Earliest == Latest;

    /// <summary>Gets the width of the range in days (0 when exact).</summary>
    public int WidthInDays => Period.DaysBetween(Earliest, Latest);

    /// <summary>Returns e.g. <c>2027-01-20 (2027-01-19..2027-01-22, provisional)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
    {
        var iso = NodaTime.Text.LocalDatePattern.Iso;
        var likely = iso.Format(MostLikely);
        if (IsExact)
        {
            return IsProvisional ? likely + " (provisional)" : likely;
        }

        return likely + " (" + iso.Format(Earliest) + ".." + iso.Format(Latest) + (IsProvisional ? ", provisional)" : ")");
    }
}
