using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>
/// A working calendar that continues past its published years with provisional ones (含待公布年度的工作日历):
/// every day says how certain it is, and every due date across uncertain days is a range.
/// </summary>
/// <remarks>
/// <para>
/// The members of <see cref="IWorkingCalendar"/> answer with the <em>most likely</em> arrangement.
/// <see cref="Earliest"/> and <see cref="Latest"/> are the same calendar with every uncertain day taken as a
/// working day and as a rest day: a due date counted on them is the earliest and the latest the published
/// notice can make it, because adding working days never makes a deadline later.
/// </para>
/// <para>Implementations are immutable and safe to share between threads.</para>
/// </remarks>
public interface IProvisionalWorkingCalendar : IWorkingCalendar
{
    /// <summary>Gets the dates set by published arrangements (已公布范围); later dates are provisional.</summary>
    DateInterval PublishedCoverage { get; }

    /// <summary>Gets the calendar with every uncertain day a working day: due dates as early as the notice can make them.</summary>
    IWorkingCalendar Earliest { get; }

    /// <summary>Gets the calendar with every uncertain day a rest day: due dates as late as the notice can make them.</summary>
    IWorkingCalendar Latest { get; }

    /// <summary>Gets where each year comes from: embedded, loaded by the host, or provisional.</summary>
    System.Collections.Generic.IReadOnlyList<CalendarYearProvenance> Provenance { get; }

    /// <summary>Returns how certain the calendar is about <paramref name="date"/>.</summary>
    /// <param name="date">A date inside <see cref="IWorkingCalendar.Coverage"/>.</param>
    /// <returns>The certainty.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the coverage.</exception>
    DayCertainty GetCertainty(LocalDate date);

    /// <summary>Returns why <paramref name="date"/> is uncertain, or <see langword="null"/> when it is not.</summary>
    /// <param name="date">A date inside <see cref="IWorkingCalendar.Coverage"/>.</param>
    /// <returns>The uncertain day, or <see langword="null"/>.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside the coverage.</exception>
    ProvisionalDay? GetUncertainty(LocalDate date);

    /// <summary>
    /// Counts the days in (<paramref name="start"/>, <paramref name="end"/>] that are not published
    /// (certain or uncertain), in O(1). Zero when <paramref name="end"/> is not after <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The exclusive start.</param>
    /// <param name="end">The inclusive end.</param>
    /// <returns>The number of unpublished days.</returns>
    /// <exception cref="CalendarCoverageException">A date is outside the coverage.</exception>
    int CountUnpublishedDays(LocalDate start, LocalDate end);

    /// <summary>Counts the uncertain days in (<paramref name="start"/>, <paramref name="end"/>], in O(1).</summary>
    /// <param name="start">The exclusive start.</param>
    /// <param name="end">The inclusive end.</param>
    /// <returns>The number of uncertain days; zero when <paramref name="end"/> is not after <paramref name="start"/>.</returns>
    /// <exception cref="CalendarCoverageException">A date is outside the coverage.</exception>
    int CountUncertainDays(LocalDate start, LocalDate end);
}
