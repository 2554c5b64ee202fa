namespace PowerGovernance.Supervision;

/// <summary>A case on the board's yellow or red list, with its case and step clocks.</summary>
/// <param name="Case">The case.</param>
/// <param name="CaseStatus">The case clock.</param>
/// <param name="StepStatus">The current step's clock.</param>
public sealed record SupervisedCase(Procedures.CaseSnapshot Case, DeadlineStatus CaseStatus, DeadlineStatus StepStatus);
