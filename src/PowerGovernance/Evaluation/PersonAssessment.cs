using System;
using System.Collections.Generic;
using PowerGovernance.Validation;
using PowerGovernance.Internal;

namespace PowerGovernance.Evaluation;

/// <summary>The year-end assessment of a person (个人年终考核结果), with the rules that produced it.</summary>
/// <param name="Person">The person.</param>
/// <param name="Year">The year.</param>
/// <param name="AwardsEligible">Whether the person may receive awards this year.</param>
/// <param name="Reassignment">Whether the person is to be reassigned (调整工作岗位).</param>
/// <param name="Rules">The rules applied, in English and Chinese.</param>
public sealed record PersonAssessment(string Person, int Year, bool AwardsEligible, bool Reassignment, IReadOnlyList<AppliedRule> Rules)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="Rules"/> element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(PersonAssessment? other) =>
        other is not null
        && Person == other.Person
        && Year == other.Year
        && AwardsEligible == other.AwardsEligible
        && Reassignment == other.Reassignment
        && ValueEquality.SequenceEqual(Rules, other.Rules);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PersonAssessment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Person, Year, AwardsEligible, Reassignment);
}
