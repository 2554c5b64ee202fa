using System;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Appeals;

/// <summary>
/// The period in which a person may appeal a decision (申诉期、复议申请期), counted from the date they received it
/// under the usual rules (<see cref="WorkingCalendarExtensions.DueDate"/>: the day of receipt not counted; a
/// natural-day period whose last day is not a working day ends on the next working day). Filing an appeal does
/// not suspend the decision unless <see cref="SuspendsDecision"/> says so (申诉期间，决定不停止执行).
/// </summary>
public sealed class AppealWindow
{
    private readonly IWorkingCalendar calendar;

    /// <summary>Creates a window.</summary>
    /// <param name="calendar">The working calendar to count on.</param>
    /// <param name="received">The date of receipt of the decision.</param>
    /// <param name="limit">The appeal period.</param>
    /// <param name="reviewLimit">The period for deciding the appeal, from its receipt; or null when not known.</param>
    /// <param name="suspendsDecision">Whether an appeal suspends the decision (default no).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">The window runs outside the calendar's coverage.</exception>
    public AppealWindow(IWorkingCalendar calendar, LocalDate received, TimeLimit limit, TimeLimit? reviewLimit = null, bool suspendsDecision = false)
    {
        this.calendar = Preconditions.CheckNotNull(calendar);
        Received = received;
        Limit = limit;
        ReviewLimit = reviewLimit;
        SuspendsDecision = suspendsDecision;
        LastDay = calendar.DueDate(received, limit);
    }

    /// <summary>The date the decision was received.</summary>
    public LocalDate Received { get; }

    /// <summary>The appeal period.</summary>
    public TimeLimit Limit { get; }

    /// <summary>The period for deciding the appeal, if known.</summary>
    public TimeLimit? ReviewLimit { get; }

    /// <summary>Whether filing an appeal suspends the decision; by default it does not.</summary>
    public bool SuspendsDecision { get; }

    /// <summary>The last day on which an appeal is in time (申诉期限届满日).</summary>
    public LocalDate LastDay { get; }

    /// <summary>Whether the decision is in force (执行), given whether an appeal is pending.</summary>
    /// <param name="appealPending">Whether an appeal has been filed and not yet decided.</param>
    /// <returns><see langword="true"/> unless an appeal is pending and the office's rule makes it suspend the decision.</returns>
    public bool DecisionInForce(bool appealPending) => !(appealPending && SuspendsDecision);

    /// <summary>Checks an appeal filed on <paramref name="filed"/>.</summary>
    /// <param name="filed">The filing date.</param>
    /// <returns>Whether it is in time and, if not, by how many days it is late.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filed"/> is before the decision was received.</exception>
    /// <exception cref="CalendarCoverageException">The filing date is outside the calendar's coverage.</exception>
    public AppealFiling File(LocalDate filed)
    {
        if (filed < Received)
        {
            throw new ArgumentOutOfRangeException(nameof(filed), filed, "An appeal cannot be filed before the decision was received (" + LocalDatePattern.Iso.Format(Received) + "). / 申诉不能早于收到决定之日（" + LocalDatePattern.Iso.Format(Received) + "）。");
        }

        if (filed <= LastDay)
        {
            _ = calendar.IsWorkingDay(filed); // a filing date outside the coverage is an error, not a guess
            return new AppealFiling(filed, LastDay, true, 0, 0);
        }

        var days = Period.DaysBetween(LastDay, filed);
        var working = calendar.CountWorkingDays(LastDay, filed);
        return new AppealFiling(filed, LastDay, false, days, working);
    }

    /// <summary>The last day for deciding an appeal received on <paramref name="appealReceived"/>.</summary>
    /// <param name="appealReceived">The date the appeal was received.</param>
    /// <returns>The review deadline.</returns>
    /// <exception cref="InvalidOperationException">The window has no <see cref="ReviewLimit"/>.</exception>
    /// <exception cref="CalendarCoverageException">The deadline is outside the calendar's coverage.</exception>
    public LocalDate ReviewDeadline(LocalDate appealReceived) =>
        ReviewLimit is { } review
            ? calendar.DueDate(appealReceived, review)
            : throw new InvalidOperationException("This appeal window has no review limit. / 该申诉期未设定复核期限。");

    /// <inheritdoc />
    public override string ToString() => "Appeal " + Limit + " from " + LocalDatePattern.Iso.Format(Received) + ": last day " + LocalDatePattern.Iso.Format(LastDay);
}
