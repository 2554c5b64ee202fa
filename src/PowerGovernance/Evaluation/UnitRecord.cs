using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Supervision;
using PowerGovernance.Internal;

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
    OnTimeStatistics? Supervision = null)
{
    /// <summary>
    /// Gets the unit's principal head (主要负责人), by person id, or <see langword="null"/> when not given: the head is the unit's first
    /// responsible person (第一责任人) and is reassigned when the unit fails the accountability-system assessment
    /// <see cref="EvaluationPolicy.ConsecutiveFailuresForReassignment"/> years running (<see cref="UnitAssessment.HeadReassignment"/>).
    /// </summary>
    public string? Head { get; init; }

    /// <summary>
    /// Gets the unit's service ratings for the year (好差评统计, from <see cref="ServiceRatingReport"/> grouped by unit), or
    /// <see langword="null"/> when not given; reported by the year-end assessment, not weighed (no rule sets a threshold).
    /// </summary>
    public ServiceRatingStatistics? ServiceRatings { get; init; }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(UnitRecord? other) =>
        other is not null
        && Unit == other.Unit
        && Head == other.Head
        && Equals(ServiceRatings, other.ServiceRatings)
        && ValueEquality.SequenceEqual(CirculatedCriticisms, other.CirculatedCriticisms)
        && ValueEquality.SequenceEqual(FailedAccountabilityAssessments, other.FailedAccountabilityAssessments)
        && Equals(Supervision, other.Supervision);

    /// <summary>Returns a hash code consistent with <see cref="Equals(UnitRecord)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Unit, Supervision, ValueEquality.SequenceHash(FailedAccountabilityAssessments));
}
