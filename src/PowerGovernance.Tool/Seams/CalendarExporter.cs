using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tool.Seams;

/// <summary>A format the tool writes calendars in, and its writer when this build has one.</summary>
/// <param name="Name">The format's name on the command line, e.g. <c>text</c>.</param>
/// <param name="DisplayName">The format's name for people.</param>
/// <param name="Write">
/// Writes the days of <c>range</c> (inside the calendar's coverage) of the calendar; <see langword="null"/> while the
/// writer is not part of this build (the format is then reported as not yet supported).
/// </param>
internal sealed record CalendarExportFormat(string Name, string DisplayName, Action<WorkingCalendar, DateInterval, TextWriter>? Write);

/// <summary>
/// The one place calendars are written (seam), by format name: <c>text</c> (the kernel's text format),
/// <c>json</c> (holiday-cn) and <c>ics</c> (iCalendar).
/// </summary>
/// <remarks>
/// None of the writers is part of this build yet (the text writer is coming to the kernel, the others to
/// PowerGovernance.Serialization): every format is known, and reported as not yet supported. Wiring a writer in
/// is a change to <see cref="Default"/> only.
/// </remarks>
internal sealed class CalendarExporter
{
    private readonly IReadOnlyList<CalendarExportFormat> formats;

    public CalendarExporter(IEnumerable<CalendarExportFormat> formats)
    {
        this.formats = formats.ToArray();
    }

    /// <summary>Gets the exporter of this build: the three formats, none with a writer yet.</summary>
    public static CalendarExporter Default { get; } = new(
    [
        new CalendarExportFormat("text", "PowerGovernance text calendar (.txt) 文本日历", null),
        new CalendarExportFormat("json", "holiday-cn JSON (.json)", null),
        new CalendarExportFormat("ics", "iCalendar (.ics)", null),
    ]);

    /// <summary>Gets the formats, in the order they are listed to the user.</summary>
    public IReadOnlyList<CalendarExportFormat> Formats => formats;

    /// <summary>Returns the format with the given name (exact, lower case).</summary>
    /// <exception cref="ToolException">No format has that name.</exception>
    public CalendarExportFormat Find(string name)
    {
        foreach (var format in formats)
        {
            if (string.Equals(format.Name, name, StringComparison.Ordinal))
            {
                return format;
            }
        }

        var known = string.Join(", ", formats.Select(f => f.Name));
        throw new ToolException(
            "UnknownExportFormat",
            "'" + name + "' is not an export format. Use one of: " + known + ".",
            "“" + name + "”不是可用的导出格式。可用格式：" + known + "。");
    }
}
