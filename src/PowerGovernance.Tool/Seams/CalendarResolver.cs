using System;
using System.Globalization;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Tool.Seams;

/// <summary>Where the calendar a command uses comes from.</summary>
internal enum CalendarOrigin
{
    /// <summary>The embedded official calendar (strict: published years only).</summary>
    Official = 0,

    /// <summary>The official calendar continued with provisional years built from the holiday law (with the years of a file, when one is given).</summary>
    Provisional = 1,

    /// <summary>A calendar file given with <c>--calendar</c>, used as it is.</summary>
    File = 2,
}

/// <summary>The calendar a command uses, and where it comes from.</summary>
/// <param name="Calendar">The calendar.</param>
/// <param name="Origin">Where it comes from.</param>
/// <param name="File">The file given with <c>--calendar</c>, if any.</param>
internal sealed record ResolvedCalendar(IWorkingCalendar Calendar, CalendarOrigin Origin, CalendarFile? File);

/// <summary>
/// The one place the tool gets its calendars from (seam): the strict official calendar, the calendar with
/// provisional years (optionally with a host's file for the years it covers), or a file as it is.
/// </summary>
/// <remarks>
/// This build: <see cref="ChinaCalendars.Official"/>; <see cref="ChinaCalendars.Provisional"/> for <c>--provisional</c>;
/// and for <c>--provisional --calendar FILE</c>, <see cref="ChinaCalendars.Create(System.Collections.Generic.IEnumerable{HostCalendar}, ProvisionalCalendarOptions?)"/>
/// with the file as a host year (it takes precedence on the days it covers; provisional years follow it).
/// </remarks>
internal sealed class CalendarResolver
{
    private readonly Func<WorkingCalendar> official;
    private readonly Func<CalendarFile?, IProvisionalWorkingCalendar>? provisional;

    /// <param name="official">Returns the strict official calendar.</param>
    /// <param name="provisional">
    /// Returns the calendar with provisional years, over the official data and, when given, the file's years; it may
    /// throw <see cref="InvalidCalendarException"/> when the file cannot be combined. <see langword="null"/> when this
    /// build has no provisional calendar.
    /// </param>
    public CalendarResolver(Func<WorkingCalendar> official, Func<CalendarFile?, IProvisionalWorkingCalendar>? provisional)
    {
        this.official = official;
        this.provisional = provisional;
    }

    /// <summary>Gets the resolver of this build (see the remarks on the type).</summary>
    public static CalendarResolver Default { get; } = new(
        () => ChinaCalendars.Official,
        file => file is null
            ? ChinaCalendars.Provisional
            : ChinaCalendars.Create([new HostCalendar(file.Calendar, file.Path, file.Sha256)]));

    /// <summary>Gets whether this build has a calendar with provisional years (<c>--provisional</c>).</summary>
    public bool HasProvisional => provisional is not null;

    /// <summary>Returns the strict official calendar.</summary>
    public WorkingCalendar Official() => official();

    /// <summary>Returns the calendar for a command's <c>--calendar</c> and <c>--provisional</c> options.</summary>
    /// <exception cref="ToolException">The file cannot be read or combined, or no provisional calendar is available.</exception>
    public ResolvedCalendar Resolve(string? file, bool useProvisional, CalendarFileReader reader)
    {
        var read = file is null ? null : reader.Read(file);
        if (!useProvisional)
        {
            return read is null
                ? new ResolvedCalendar(Official(), CalendarOrigin.Official, null)
                : new ResolvedCalendar(read.Calendar, CalendarOrigin.File, read);
        }

        if (provisional is null)
        {
            throw new ToolException(
                "ProvisionalNotAvailable",
                "--provisional is not available in this version of powergov: it has no calendar with provisional years. Use --calendar FILE with a calendar file that covers the year.",
                "此版本的 powergov 没有含待公布年度的暂定日历，无法使用 --provisional。请用 --calendar FILE 加载覆盖该年度的日历文件。");
        }

        try
        {
            return new ResolvedCalendar(provisional(read), CalendarOrigin.Provisional, read);
        }
        catch (InvalidCalendarException e) when (read is not null)
        {
            throw new ToolException(
                "CannotCombine",
                string.Create(CultureInfo.InvariantCulture, $"The calendar file '{read.Path}' cannot be combined with the official calendar ({e.Findings.Count} problem(s)): its years must follow on from the official years without a gap, and keep the holiday law's statutory days off."),
                string.Create(CultureInfo.InvariantCulture, $"日历文件“{read.Path}”无法与官方日历合并（{e.Findings.Count} 个问题）：其年度须与官方年度衔接、无间隔，且法定节假日须为休息日。"),
                ExitCodes.BadInput,
                e.Findings);
        }
    }
}
