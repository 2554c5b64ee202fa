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
public readonly record struct DeadlineStatus(DeadlineState State, TimeLimit Limit, LocalDate DueDate, int DaysUsed, int DaysLeft)
{
    /// <summary>Gets whether the clock is yellow or red (预警或超时).</summary>
    public bool NeedsAttention => State is DeadlineState.Warning or DeadlineState.Overdue;
}
