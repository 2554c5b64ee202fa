using NodaTime;

namespace PowerGovernance.Supervision;

/// <summary>A due date that a calendar change moves (因日历变动而变化的期限): which case and clock, old and new date and status.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Clock">Which clock: <see cref="SupervisedClock.Case"/> or <see cref="SupervisedClock.Step"/>.</param>
/// <param name="Step">The case's current step.</param>
/// <param name="OldDueDate">The (most likely) due date on the old calendar.</param>
/// <param name="NewDueDate">The (most likely) due date on the new calendar.</param>
/// <param name="Before">The clock's status on the old calendar.</param>
/// <param name="After">The clock's status on the new calendar.</param>
public sealed record MovedDeadline(string CaseId, SupervisedClock Clock, string Step, LocalDate OldDueDate, LocalDate NewDueDate, DeadlineStatus Before, DeadlineStatus After);
