using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Powers;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// Materials the first receiver took in because the handler was away (首问责任制 3: 若经办人不在……先将被服务对象的有关材料收入，
/// 做好记录，随后移交给经办人): the power and post they belong to, what was taken in, by whom and when, the day they are due to be
/// handed over (the first working day after on which someone acts in the post, from the <see cref="PostRoster"/>), and the
/// handing over once done.
/// </summary>
/// <param name="Power">The power the matter concerns.</param>
/// <param name="Post">The undertaking post, from the catalog.</param>
/// <param name="Materials">What was taken in (材料清单).</param>
/// <param name="TakenBy">The first receiver who took them in (首问接待人).</param>
/// <param name="TakenAt">When they were taken in.</param>
/// <param name="DueOn">The first working day after <paramref name="TakenAt"/> on which someone acts in the post: hand over by then.</param>
/// <param name="HandedTo">Who received them, or <see langword="null"/> while waiting.</param>
/// <param name="HandedAt">When they were handed over, or <see langword="null"/> while waiting.</param>
public sealed record MaterialsHandover(PowerCode Power, string Post, IReadOnlyList<string> Materials, string TakenBy, Instant TakenAt, LocalDate DueOn, string? HandedTo, Instant? HandedAt)
{
    /// <summary>Gets what was taken in (a read-only copy of the list given).</summary>
    public IReadOnlyList<string> Materials { get; init; } = ImmutableLists.Of(Materials);

    /// <summary>Returns whether <paramref name="other"/> has equal members, the list element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(MaterialsHandover? other) =>
        other is not null && Power == other.Power && Post == other.Post && ValueEquality.SequenceEqual(Materials, other.Materials)
        && TakenBy == other.TakenBy && TakenAt == other.TakenAt && DueOn == other.DueOn && HandedTo == other.HandedTo && HandedAt == other.HandedAt;

    /// <summary>Returns a hash code consistent with <see cref="Equals(MaterialsHandover)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Power, Post, TakenAt);
}
