using NodaTime;

namespace PowerGovernance.Calendars;

/// <summary>
/// A working-day calendar (工作日历): which days of a known range of dates are working days,
/// and working-day arithmetic over them.
/// </summary>
/// <remarks>
/// <para>
/// A calendar knows only the dates in <see cref="Coverage"/>, because official holiday
/// arrangements are published year by year. Every member throws
/// <see cref="CalendarCoverageException"/> for a date outside the coverage, or when a result
/// would fall outside it; a calendar never guesses "Monday to Friday".
/// </para>
/// <para>
/// Dates in a non-ISO calendar system are converted to ISO first. Implementations must be
/// immutable and safe to share between threads.
/// </para>
/// </remarks>
public interface IWorkingCalendar
{
    /// <summary>Gets the calendar's stable identifier, e.g. <c>cn-official</c>.</summary>
    string Id { get; }

    /// <summary>Gets the calendar's identity: its identifier and the SHA-256 of its content (see <see cref="CalendarIdentity.Of"/>).</summary>
    CalendarIdentity Identity { get; }

    /// <summary>Gets the dates this calendar knows (both ends inclusive).</summary>
    DateInterval Coverage { get; }

    /// <summary>Returns whether <paramref name="date"/> is a working day (工作日), including make-up working days.</summary>
    /// <param name="date">A date inside <see cref="Coverage"/>.</param>
    /// <returns><see langword="true"/> for <see cref="DayType.WorkingWeekday"/> and <see cref="DayType.MakeUpWorkingDay"/>.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    bool IsWorkingDay(LocalDate date);

    /// <summary>Returns the kind of <paramref name="date"/>.</summary>
    /// <param name="date">A date inside <see cref="Coverage"/>.</param>
    /// <returns>The day type.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    DayType GetDayType(LocalDate date);

    /// <summary>
    /// Returns the holiday a day belongs to: for a <see cref="DayType.Holiday"/>, the holiday itself;
    /// for a <see cref="DayType.MakeUpWorkingDay"/>, the holiday it makes up for; otherwise <see langword="null"/>.
    /// </summary>
    /// <param name="date">A date inside <see cref="Coverage"/>.</param>
    /// <returns>The holiday's name, or <see langword="null"/>.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    HolidayName? GetHolidayName(LocalDate date);

    /// <summary>
    /// Returns the <paramref name="count"/>-th working day after <paramref name="start"/>
    /// (<paramref name="start"/> itself is never counted); a negative count goes backwards
    /// (the |count|-th working day before <paramref name="start"/>); zero returns <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The day to count from; it may be a non-working day.</param>
    /// <param name="count">The number of working days to move.</param>
    /// <returns>A working day, or <paramref name="start"/> when <paramref name="count"/> is zero.</returns>
    /// <exception cref="CalendarCoverageException">
    /// <paramref name="start"/> is outside <see cref="Coverage"/>, or the result would be.
    /// </exception>
    LocalDate AddWorkingDays(LocalDate start, int count);

    /// <summary>
    /// Counts the working days in the half-open range (<paramref name="start"/>, <paramref name="end"/>]:
    /// <paramref name="start"/> is not counted, <paramref name="end"/> is. When <paramref name="end"/>
    /// is before <paramref name="start"/> the result is the negated count of (<paramref name="end"/>, <paramref name="start"/>].
    /// </summary>
    /// <param name="start">The exclusive start.</param>
    /// <param name="end">The inclusive end.</param>
    /// <returns>The number of working days, negative when <paramref name="end"/> &lt; <paramref name="start"/>.</returns>
    /// <remarks>
    /// <c>CountWorkingDays(start, AddWorkingDays(start, n)) == n</c> for every positive <c>n</c>, and for
    /// negative <c>n</c> when <paramref name="start"/> is a working day. Backwards from a non-working day
    /// the count is one less in magnitude, because <paramref name="start"/> is the inclusive end of the
    /// range (<c>end</c>, <c>start</c>] and is not a working day.
    /// </remarks>
    /// <exception cref="CalendarCoverageException">Either date is outside <see cref="Coverage"/>.</exception>
    int CountWorkingDays(LocalDate start, LocalDate end);

    /// <summary>Returns the first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">A date inside <see cref="Coverage"/>.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="CalendarCoverageException">The date or the result is outside <see cref="Coverage"/>.</exception>
    LocalDate NextWorkingDay(LocalDate date);

    /// <summary>Returns the last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">A date inside <see cref="Coverage"/>.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="CalendarCoverageException">The date or the result is outside <see cref="Coverage"/>.</exception>
    LocalDate PreviousWorkingDay(LocalDate date);
}
