using System;
using System.IO;
using PowerGovernance.Calendars;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// China's official working-day calendar (中国法定节假日与调休安排): the State Council General Office's
/// annual notices (国务院办公厅关于…部分节假日安排的通知) and their mid-year amendments, 2004 through 2026.
/// </summary>
/// <remarks>
/// The data is the embedded, human-readable file <c>cn-official.txt</c> (see the package README for
/// its format and how to add a year). Dates outside <see cref="IWorkingCalendar.Coverage"/> throw
/// <see cref="CalendarCoverageException"/>: the arrangement of a year that has not been published is
/// never guessed.
/// </remarks>
public static class ChinaCalendars
{
    /// <summary>The identifier of <see cref="Official"/>: <c>cn-official</c>.</summary>
    public const string OfficialId = "cn-official";

    private const string OfficialResource = "PowerGovernance.Calendars.China.cn-official.txt";

    private static readonly Lazy<WorkingCalendar> LazyOfficial = new(LoadOfficial);

    /// <summary>
    /// Gets the official calendar, covering 2004-01-01 through 2026-12-31, with Saturday and Sunday as
    /// weekend days, every official holiday block (名称 in Chinese and English) and every make-up
    /// working day (调休上班日). Built once on first use; immutable and thread-safe.
    /// </summary>
    public static WorkingCalendar Official => LazyOfficial.Value;

    /// <summary>
    /// Opens the embedded data file of <see cref="Official"/> (UTF-8), for hosts that want to read,
    /// publish or extend it (e.g. copy it, add next year's notice and load it with
    /// <see cref="WorkingCalendar.Load(Stream)"/>).
    /// </summary>
    /// <returns>A new read-only stream; the caller disposes it.</returns>
    public static Stream OpenOfficialData() =>
        typeof(ChinaCalendars).Assembly.GetManifestResourceStream(OfficialResource)
        ?? throw new InvalidOperationException("The embedded resource '" + OfficialResource + "' is missing from " + typeof(ChinaCalendars).Assembly.FullName + ".");

    private static WorkingCalendar LoadOfficial()
    {
        using var stream = OpenOfficialData();
        return WorkingCalendar.Load(stream);
    }
}
