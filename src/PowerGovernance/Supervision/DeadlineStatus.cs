using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.Supervision;

/// <summary>
/// A clock's standing at one moment (时限状态): the state, the due date, and days used and left, in the
/// kind of day of the limit. A value type, so a sweep over many cases allocates nothing per case.
/// </summary>
/// <param name="State">On time, warning, overdue, suspended, or finished on time or late.</param>
/// <param name="Limit">The limit in force: the committed limit plus any extension.</param>
/// <param name="DueDate">The last day of the limit, moved later by suspensions (the period ends at 24:00 that day).</param>
/// <param name="DaysUsed">Days counted so far (or until the case finished), suspensions excluded.</param>
/// <param name="DaysLeft">Days of the limit left; negative when overdue.</param>
/// <param name="DueDateRange">
/// The due date as a range (期限届满日区间): on a calendar with provisional years, the earliest, the most likely
/// (<paramref name="DueDate"/>) and the latest date the unpublished arrangement can make it; exact otherwise.
/// A clock is overdue only past the latest date and warns from the earliest.
/// </param>
public readonly record struct DeadlineStatus(DeadlineState State, TimeLimit Limit, LocalDate DueDate, int DaysUsed, int DaysLeft, DueDateRange DueDateRange)
{
    /// <summary>Gets whether the due date rests on unpublished days (暂定): the state may change when the notice is published.</summary>
    public bool IsProvisional => DueDateRange.IsProvisional;

    /// <summary>Gets whether the clock is yellow or red (预警或超时).</summary>
    public bool NeedsAttention => State is DeadlineState.Warning or DeadlineState.Overdue;
}
