using System;
using PowerGovernance.Calendars;
using PowerGovernance.Calendars.China;

namespace PowerGovernance.Tool.Seams;

/// <summary>Where the calendar a command uses comes from.</summary>
internal enum CalendarOrigin
{
    /// <summary>The embedded official calendar (strict: published years only).</summary>
    Official = 0,

    /// <summary>The official calendar continued with provisional years built from the holiday law.</summary>
    Provisional = 1,

    /// <summary>A calendar file given with <c>--calendar</c>.</summary>
    File = 2,
}

/// <summary>The calendar a command uses, and where it comes from.</summary>
/// <param name="Calendar">The calendar.</param>
/// <param name="Origin">Where it comes from.</param>
/// <param name="File">The file, when <see cref="Origin"/> is <see cref="CalendarOrigin.File"/>.</param>
internal sealed record ResolvedCalendar(IWorkingCalendar Calendar, CalendarOrigin Origin, CalendarFile? File);

/// <summary>
/// The one place the tool gets its calendars from (seam): the strict official calendar, the calendar with
/// provisional years, or a file.
/// </summary>
/// <remarks>
/// The provisional China calendar (<c>ChinaCalendars.Provisional</c>, an <see cref="IProvisionalWorkingCalendar"/>)
/// is not part of this build yet: <see cref="Default"/> has none, and <c>--provisional</c> says so. Wiring it in is
/// a change to <see cref="Default"/> only; the tests inject a <see cref="ProvisionalWorkingCalendar"/> of their own.
/// </remarks>
internal sealed class CalendarResolver
{
    private readonly Func<WorkingCalendar> official;
    private readonly Func<IProvisionalWorkingCalendar>? provisional;

    /// <param name="official">Returns the strict official calendar.</param>
    /// <param name="provisional">Returns the calendar with provisional years; <see langword="null"/> when this build has none.</param>
    public CalendarResolver(Func<WorkingCalendar> official, Func<IProvisionalWorkingCalendar>? provisional)
    {
        this.official = official;
        this.provisional = provisional;
    }

    /// <summary>Gets the resolver of this build: <see cref="ChinaCalendars.Official"/>, and no provisional calendar yet.</summary>
    public static CalendarResolver Default { get; } = new(() => ChinaCalendars.Official, provisional: null);

    /// <summary>Gets whether this build has a calendar with provisional years (<c>--provisional</c>).</summary>
    public bool HasProvisional => provisional is not null;

    /// <summary>Returns the strict official calendar.</summary>
    public WorkingCalendar Official() => official();

    /// <summary>Returns the calendar with provisional years.</summary>
    /// <exception cref="ToolException">This build has no provisional calendar.</exception>
    public IProvisionalWorkingCalendar Provisional()
    {
        if (provisional is null)
        {
            throw new ToolException(
                "ProvisionalNotAvailable",
                "--provisional is not available in this version of powergov: it has no calendar with provisional years yet. Use --calendar FILE with a calendar file that covers the year.",
                "此版本的 powergov 尚未提供含待公布年度的暂定日历，无法使用 --provisional。请用 --calendar FILE 加载覆盖该年度的日历文件。");
        }

        return provisional();
    }

    /// <summary>Returns the calendar for a command's <c>--calendar</c> and <c>--provisional</c> options.</summary>
    /// <exception cref="ToolException">Both options are given, the file cannot be read, or no provisional calendar is available.</exception>
    public ResolvedCalendar Resolve(string? file, bool useProvisional, CalendarFileReader reader)
    {
        if (file is not null && useProvisional)
        {
            throw new ToolException(
                "ConflictingOptions",
                "--calendar and --provisional cannot be used together: a calendar file is used as it is, with no provisional years.",
                "--calendar 与 --provisional 不能同时使用：日历文件按原样使用，不含待公布年度。");
        }

        if (file is not null)
        {
            var read = reader.Read(file);
            return new ResolvedCalendar(read.Calendar, CalendarOrigin.File, read);
        }

        return useProvisional
            ? new ResolvedCalendar(Provisional(), CalendarOrigin.Provisional, null)
            : new ResolvedCalendar(Official(), CalendarOrigin.Official, null);
    }
}
