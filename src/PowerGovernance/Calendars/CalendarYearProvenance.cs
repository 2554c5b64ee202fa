using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Calendars;

/// <summary>
/// Where one year of a calendar comes from (年度数据来源): the embedded notice (title and issue date),
/// a file the host loaded (source name and SHA-256 of its content), or the holiday law (provisional).
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Kind">Embedded, loaded by the host, or provisional.</param>
/// <param name="Source">The notice's title, the host's source name, or the law version (e.g. <c>国务院令第795号</c>).</param>
/// <param name="Issued">The notice's issue date, when known.</param>
/// <param name="Sha256">For a loaded file, the SHA-256 of its content in lower-case hexadecimal; otherwise <see langword="null"/>.</param>
public sealed record CalendarYearProvenance(int Year, CalendarProvenanceKind Kind, string Source, LocalDate? Issued = null, string? Sha256 = null)
{
    /// <summary>Gets the notice's title, the host's source name, or the law version.</summary>
    public string Source { get; init; } = Preconditions.CheckNotBlank(Source);

    /// <summary>Returns e.g. <c>2027 Provisional 国务院令第795号</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year} {Kind} {Source}")
        + (Issued is { } issued ? " (" + NodaTime.Text.LocalDatePattern.Iso.Format(issued) + ")" : string.Empty)
        + (Sha256 is null ? string.Empty : " sha256:" + Sha256);
}
