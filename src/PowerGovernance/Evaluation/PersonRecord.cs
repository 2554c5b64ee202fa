using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Accountability;
using PowerGovernance.Internal;

namespace PowerGovernance.Evaluation;

/// <summary>What the year-end assessment of a person reads from their records.</summary>
/// <param name="Person">The person.</param>
/// <param name="FailedAccountabilityAssessments">The years in which the person failed the accountability-system assessment.</param>
/// <param name="Sanctions">The sanctions imposed on the person, with their decision dates.</param>
public sealed record PersonRecord(
    string Person,
    IReadOnlyList<int> FailedAccountabilityAssessments,
    IReadOnlyList<KeyValuePair<LocalDate, Sanction>> Sanctions)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(PersonRecord? other) =>
        other is not null
        && Person == other.Person
        && ValueEquality.SequenceEqual(FailedAccountabilityAssessments, other.FailedAccountabilityAssessments)
        && ValueEquality.SequenceEqual(Sanctions, other.Sanctions);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PersonRecord)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Person, ValueEquality.SequenceHash(FailedAccountabilityAssessments));
}
