using NodaTime;

namespace PowerGovernance.Evaluation;

/// <summary>One period of the supervision cadence: what is assessed and which dates it covers.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Dates">The dates covered, both ends included.</param>
public sealed record AssessmentPeriod(AssessmentKind Kind, DateInterval Dates);
