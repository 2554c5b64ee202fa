using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Supervision;

namespace PowerGovernance.Evaluation;

/// <summary>What the year-end assessment of a unit (办、站、所, 支部) reads from its records.</summary>
/// <param name="Unit">The unit's name.</param>
/// <param name="CirculatedCriticisms">The dates the unit was criticized in a circular (通报批评).</param>
/// <param name="FailedAccountabilityAssessments">The years in which the unit failed the accountability-system assessment (查究问责制度考评不合格).</param>
/// <param name="Supervision">The unit's on-time statistics from the supervision board for the year, if any.</param>
public sealed record UnitRecord(
    string Unit,
    IReadOnlyList<LocalDate> CirculatedCriticisms,
    IReadOnlyList<int> FailedAccountabilityAssessments,
    OnTimeStatistics? Supervision = null);
