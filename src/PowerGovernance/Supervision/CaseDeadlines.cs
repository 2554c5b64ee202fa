namespace PowerGovernance.Supervision;

/// <summary>
/// A case's two clocks read on one day: the legal deadline (法定时限), which a court, a reconsideration body or an
/// inspector asks about, and the committed one (承诺时限), which the electronic supervision watches; each for the
/// case and, where the law or the definition limits it, for the current step.
/// </summary>
/// <param name="Legal">The case's legal clock.</param>
/// <param name="Committed">The case's committed clock.</param>
/// <param name="StepLegal">The current step's legal clock, or <see langword="null"/> when the step has no legal limit or the case is closed.</param>
/// <param name="StepCommitted">The current step's committed clock, or <see langword="null"/> when the step has no limit or the case is closed.</param>
public sealed record CaseDeadlines(DeadlineStatus Legal, DeadlineStatus Committed, DeadlineStatus? StepLegal, DeadlineStatus? StepCommitted)
{
    /// <summary>
    /// Gets whether the case is past a legal limit (违法超期): its legal clock is overdue or finished late, or its
    /// current step is over the step's legal limit.
    /// </summary>
    public bool IsLegallyLate =>
        Legal.State is DeadlineState.Overdue or DeadlineState.FinishedLate || StepLegal is { State: DeadlineState.Overdue };
}
