using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;

namespace PowerGovernance.Evaluation;

/// <summary>What the year-end assessment of a person reads from their records.</summary>
/// <param name="Person">The person.</param>
/// <param name="FailedAccountabilityAssessments">The years in which the person failed the accountability-system assessment.</param>
/// <param name="Sanctions">The sanctions imposed on the person, with their decision dates.</param>
public sealed record PersonRecord(
    string Person,
    IReadOnlyList<int> FailedAccountabilityAssessments,
    IReadOnlyList<KeyValuePair<LocalDate, Sanction>> Sanctions);
