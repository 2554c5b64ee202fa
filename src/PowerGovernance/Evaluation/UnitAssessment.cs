using System;
using System.Collections.Generic;
using PowerGovernance.Validation;
using PowerGovernance.Internal;

namespace PowerGovernance.Evaluation;

/// <summary>The year-end assessment of a unit (单位年终考核结果), with the rules that produced it.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Year">The year.</param>
/// <param name="AwardsVetoed">Whether the one-vote veto applies (一票否决).</param>
/// <param name="AwardsEligible">Whether the unit may receive awards this year (评先评优资格).</param>
/// <param name="LateCases">Cases finished late plus open cases overdue, from supervision.</param>
/// <param name="Rules">The rules applied, in English and Chinese.</param>
public sealed record UnitAssessment(string Unit, int Year, bool AwardsVetoed, bool AwardsEligible, int LateCases, IReadOnlyList<AppliedRule> Rules)
{
    /// <summary>
    /// Gets whether the unit's principal head is to be reassigned (调整工作岗位) because the unit failed the accountability-system
    /// assessment <see cref="EvaluationPolicy.ConsecutiveFailuresForReassignment"/> years running, the assessed year included (连续两年不合格的，
    /// 调整工作岗位: a unit cannot change posts, its head, the first responsible person, does).
    /// </summary>
    public bool HeadReassignment { get; init; }

    /// <summary>Gets the unit's principal head as the record names them (<see cref="UnitRecord.Head"/>), or <see langword="null"/>.</summary>
    public string? Head { get; init; }

    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="Rules"/> element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(UnitAssessment? other) =>
        other is not null
        && Unit == other.Unit
        && Year == other.Year
        && AwardsVetoed == other.AwardsVetoed
        && AwardsEligible == other.AwardsEligible
        && LateCases == other.LateCases
        && HeadReassignment == other.HeadReassignment
        && Head == other.Head
        && ValueEquality.SequenceEqual(Rules, other.Rules);

    /// <summary>Returns a hash code consistent with <see cref="Equals(UnitAssessment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Unit, Year, AwardsVetoed, AwardsEligible, LateCases);
}
