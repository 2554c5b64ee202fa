using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Serialization;

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
/// This build: <c>text</c> with <see cref="WorkingCalendar.Save"/>; <c>json</c> with <see cref="HolidayCnJson"/> (one
/// year object for a single year, the standard holiday-cn file; an array of years, our extension, for several);
/// <c>ics</c> with <see cref="CalendarIcs"/>. A range of years narrower than the calendar is written from
/// <see cref="WorkingCalendar.Slice"/>. A writer may throw <see cref="ArgumentException"/> or <see cref="InvalidOperationException"/>
/// for a calendar its format cannot hold; the command reports that as an error.
/// </remarks>
internal sealed class CalendarExporter
{
    private readonly IReadOnlyList<CalendarExportFormat> formats;

    public CalendarExporter(IEnumerable<CalendarExportFormat> formats)
    {
        this.formats = formats.ToArray();
    }

    /// <summary>Gets the exporter of this build (see the remarks on the type).</summary>
    public static CalendarExporter Default { get; } = new(
    [
        new CalendarExportFormat("text", "PowerGovernance text calendar (.txt) 文本日历", (calendar, range, writer) => calendar.Slice(range).Save(writer)),
        new CalendarExportFormat("json", "holiday-cn JSON (.json)", WriteHolidayCn),
        new CalendarExportFormat("ics", "iCalendar (.ics)", (calendar, range, writer) => writer.Write(CalendarIcs.Write(calendar.Slice(range)))),
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

    private static void WriteHolidayCn(WorkingCalendar calendar, DateInterval range, TextWriter writer)
    {
        var oneWholeYear = range.Start.Year == range.End.Year
            && range.Start == new LocalDate(range.Start.Year, 1, 1)
            && range.End == new LocalDate(range.End.Year, 12, 31);
        writer.Write(oneWholeYear ? HolidayCnJson.Write(calendar, range.Start.Year) : HolidayCnJson.Write(calendar.Slice(range)));
    }
}
