using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Calendars.China;

/// <summary>
/// China's working-day calendars (中国法定节假日与调休安排): the State Council General Office's annual notices
/// (国务院办公厅关于…部分节假日安排的通知) and their mid-year amendments, 2004 through 2026, and the same data
/// continued with provisional years built from the holiday law (全国年节及纪念日放假办法).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Official"/> is strict: dates outside its coverage throw <see cref="CalendarCoverageException"/>.
/// <see cref="Provisional"/> keeps working after the published data ends: every later day says how certain it is,
/// and a due date across uncertain days is a range (<see cref="WorkingCalendarExtensions.DueDateRange"/>).
/// </para>
/// <para>
/// In both, the days the holiday law itself gives (Art. 2) are <see cref="DayType.StatutoryHoliday"/>, derived
/// from the law version in force each year, so a host can tell them from the other rest days of a block.
/// </para>
/// </remarks>
public static class ChinaCalendars
{
    /// <summary>The identifier of <see cref="Official"/>: <c>cn-official</c>.</summary>
    public const string OfficialId = "cn-official";

    /// <summary>The identifier of <see cref="Provisional"/>: <c>cn-provisional</c>.</summary>
    public const string ProvisionalId = "cn-provisional";

    private const string OfficialResource = "PowerGovernance.Calendars.China.cn-official.txt";

    private static readonly Lazy<WorkingCalendar> LazyOfficial = new(LoadOfficial);

    private static readonly Lazy<ProvisionalWorkingCalendar> LazyProvisional = new(() => Create(ProvisionalCalendarOptions.Default));

    /// <summary>
    /// Gets the official calendar, covering 2004-01-01 through 2026-12-31, with Saturday and Sunday as
    /// weekend days, every official holiday block (名称 in Chinese and English), every make-up working day
    /// (调休上班日) and the statutory holidays marked. Built once on first use; immutable and thread-safe.
    /// </summary>
    public static WorkingCalendar Official => LazyOfficial.Value;

    /// <summary>
    /// Gets the official calendar continued with provisional years through 2100 (含待公布年度): the published
    /// days as in <see cref="Official"/>, and later days built from the holiday law in force, each labelled
    /// with its certainty. Built once on first use; immutable and thread-safe.
    /// </summary>
    public static ProvisionalWorkingCalendar Provisional => LazyProvisional.Value;

    /// <summary>
    /// Opens the embedded data file of <see cref="Official"/> (UTF-8), for hosts that want to read,
    /// publish or extend it.
    /// </summary>
    /// <returns>A new read-only stream; the caller disposes it.</returns>
    public static Stream OpenOfficialData() =>
        typeof(ChinaCalendars).Assembly.GetManifestResourceStream(OfficialResource)
        ?? throw new InvalidOperationException("The embedded resource '" + OfficialResource + "' is missing from " + typeof(ChinaCalendars).Assembly.FullName + ".");

    /// <summary>
    /// Creates the official calendar continued with provisional years under <paramref name="options"/>.
    /// </summary>
    /// <param name="options">How far and how the provisional years are built.</param>
    /// <returns>The calendar, with identifier <see cref="ProvisionalId"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ProvisionalWorkingCalendar Create(ProvisionalCalendarOptions options) =>
        WithProvisionalYears(Official, [], options);

    /// <summary>
    /// Creates a calendar from the embedded official data, the years a host loaded (a new year's notice, or an
    /// amended year, which take precedence over the embedded data on the days they cover), and provisional years
    /// after them (合并官方数据、宿主加载年度与待公布年度).
    /// </summary>
    /// <param name="hostYears">The host's calendars with their source names and content hashes, in precedence order.</param>
    /// <param name="options">How the provisional years are built; <see cref="ProvisionalCalendarOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The calendar, with identifier <see cref="ProvisionalId"/>; each year's provenance is reported.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hostYears"/> is null.</exception>
    /// <exception cref="InvalidCalendarException">The data cannot be combined (a gap between coverages, a statutory holiday that is a working day); every problem is reported.</exception>
    public static ProvisionalWorkingCalendar Create(IEnumerable<HostCalendar> hostYears, ProvisionalCalendarOptions? options = null) =>
        WithProvisionalYears(Official, hostYears, options ?? ProvisionalCalendarOptions.Default);

    /// <summary>
    /// Continues any published calendar (e.g. one read from a host's file that already holds every year) with
    /// provisional years built from the holiday law.
    /// </summary>
    /// <param name="published">The published arrangement; its coverage must start in 2000 or later.</param>
    /// <param name="hostYears">Further host calendars combined over it, in precedence order.</param>
    /// <param name="options">How the provisional years are built.</param>
    /// <returns>The calendar, with identifier <see cref="ProvisionalId"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidCalendarException">The data cannot be combined; every problem is reported.</exception>
    public static ProvisionalWorkingCalendar WithProvisionalYears(WorkingCalendar published, IEnumerable<HostCalendar> hostYears, ProvisionalCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(hostYears);
        ArgumentNullException.ThrowIfNull(options);
        var hosts = hostYears.ToList();
        var provenance = new SortedDictionary<int, CalendarYearProvenance>();
        foreach (var group in published.Sources.GroupBy(s => s.Year))
        {
            var firstSource = group.First();
            provenance[group.Key] = new CalendarYearProvenance(group.Key, CalendarProvenanceKind.Embedded, string.Join("; ", group.Select(s => s.Title)), firstSource.Issued);
        }

        foreach (var host in hosts)
        {
            ArgumentNullException.ThrowIfNull(host, nameof(hostYears));
            for (var year = host.Calendar.Coverage.Start.Year; year <= host.Calendar.Coverage.End.Year; year++)
            {
                provenance[year] = new CalendarYearProvenance(year, CalendarProvenanceKind.LoadedByHost, host.SourceName, null, host.Sha256);
            }
        }

        var combined = hosts.Count == 0
            ? published
            : MarkStatutory(WorkingCalendar.Combine(published.Id, published.Name, [published, .. hosts.Select(h => h.Calendar)]));
        return ProvisionalYears.Build(ProvisionalId, combined, provenance.Values.ToArray(), options);
    }

    /// <summary>
    /// Marks the statutory holidays (法定节假日) of the holiday law version in force each year on a published
    /// calendar (years from 2000 to 2100; other years are left as they are).
    /// </summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>A copy with the statutory days as <see cref="DayType.StatutoryHoliday"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidCalendarException">A statutory holiday is a working day in the calendar: the arrangement breaks the law.</exception>
    public static WorkingCalendar MarkStatutory(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var days = new List<KeyValuePair<LocalDate, HolidayName>>();
        var seen = new HashSet<LocalDate>();
        var from = Math.Max(calendar.Coverage.Start.Year, HolidayLawVersion.FirstYear);
        var to = Math.Min(calendar.Coverage.End.Year, HolidayLawVersion.LastYear);
        for (var year = from; year <= to; year++)
        {
            foreach (var day in HolidayLawVersion.InForceIn(year).StatutoryDays(year))
            {
                if (calendar.Coverage.Contains(day.Date) && seen.Add(day.Date))
                {
                    days.Add(new KeyValuePair<LocalDate, HolidayName>(day.Date, day.Name));
                }
            }
        }

        return calendar.WithStatutoryHolidays(days);
    }

    private static WorkingCalendar LoadOfficial()
    {
        using var stream = OpenOfficialData();
        return MarkStatutory(WorkingCalendar.Load(stream));
    }
}
