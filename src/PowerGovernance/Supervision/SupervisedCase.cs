namespace PowerGovernance.Supervision;

/// <summary>A case on one of the board's lists, with its committed and legal clocks for the case and the current step.</summary>
/// <param name="Case">The case.</param>
/// <param name="CaseStatus">The case's committed clock (承诺时限).</param>
/// <param name="StepStatus">The current step's committed clock (the case's, when the step has no limit or the case is closed).</param>
/// <param name="LegalStatus">The case's legal clock (法定时限).</param>
/// <param name="LegalStepStatus">The current step's legal clock, or <see langword="null"/> when the law does not limit the step or the case is closed.</param>
public sealed record SupervisedCase(Procedures.CaseSnapshot Case, DeadlineStatus CaseStatus, DeadlineStatus StepStatus, DeadlineStatus LegalStatus, DeadlineStatus? LegalStepStatus);
