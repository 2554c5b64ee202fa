namespace PowerGovernance.Tool.Seams;

/// <summary>
/// Everything the commands get from outside the kernel's pure calendar arithmetic: calendars, file readers, the
/// law check and the writers. <see cref="Default"/> is this build's; tests replace parts with <c>with</c>.
/// </summary>
/// <param name="Calendars">Where the official and provisional calendars come from.</param>
/// <param name="Files">How calendar files are read.</param>
/// <param name="Law">The check against the holiday law.</param>
/// <param name="Export">How calendars are written.</param>
internal sealed record ToolSeams(CalendarResolver Calendars, CalendarFileReader Files, CalendarLawCheck Law, CalendarExporter Export)
{
    /// <summary>Gets this build's seams.</summary>
    public static ToolSeams Default { get; } = new(CalendarResolver.Default, CalendarFileReader.Default, CalendarLawCheck.Default, CalendarExporter.Default);
}
