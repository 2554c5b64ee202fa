using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Supervision;

/// <summary>
/// The supervision board at one instant (电子监察看板): the yellow and red lists of the committed clocks, the cases past
/// a legal limit (违法超期, a distinct and graver severity), on-time statistics for both, and the cases the board could
/// not read.
/// </summary>
/// <remarks>
/// A case the board cannot read (a null entry, an incomplete snapshot, an unknown definition or step, a due date
/// the calendar does not cover, any exception while reading it) is a technical problem, not a legal finding: it is
/// counted in <see cref="UnreadableCount"/> and <see cref="UnreadableByCode"/> only, never in <see cref="Yellow"/>,
/// <see cref="Red"/>, <see cref="StepOverdue"/>, <see cref="LegallyOverdue"/> or the statistics. <see cref="Unreadable"/> details at most
/// <see cref="SupervisionBoard.MaxUnreadableListedPerCode"/> cases per code, in the order swept.
/// </remarks>
/// <param name="At">The instant swept.</param>
/// <param name="Period">The period whose finished cases count in the statistics.</param>
/// <param name="Swept">How many entries were swept, unreadable ones included.</param>
/// <param name="Yellow">Open cases whose case clock is in warning.</param>
/// <param name="Red">Open cases whose case clock is overdue.</param>
/// <param name="StepOverdue">Open cases whose current step is over its own committed limit, even if the case is on time.</param>
/// <param name="LegallyOverdue">Open cases past the case's legal limit or the current step's legal limit (违法超期), whatever their committed clocks say.</param>
/// <param name="ByPower">Statistics per power code.</param>
/// <param name="ByUnit">Statistics per undertaking unit (from the catalog; <c>(unknown)</c> when the power names none).</param>
/// <param name="ByPost">Statistics per post of the current (or final) step.</param>
/// <param name="UnreadableCount">How many entries could not be read (无法读取的办件数), all of them.</param>
/// <param name="UnreadableByCode">How many entries could not be read, per <see cref="UnreadableCaseCodes"/> code; codes that did not occur are absent.</param>
/// <param name="Unreadable">The unreadable entries in detail, in the order swept: at most <see cref="SupervisionBoard.MaxUnreadableListedPerCode"/> per code.</param>
public sealed record BoardReport(
    Instant At,
    DateInterval Period,
    int Swept,
    IReadOnlyList<SupervisedCase> Yellow,
    IReadOnlyList<SupervisedCase> Red,
    IReadOnlyList<SupervisedCase> StepOverdue,
    IReadOnlyList<SupervisedCase> LegallyOverdue,
    IReadOnlyDictionary<string, OnTimeStatistics> ByPower,
    IReadOnlyDictionary<string, OnTimeStatistics> ByUnit,
    IReadOnlyDictionary<string, OnTimeStatistics> ByPost,
    int UnreadableCount,
    IReadOnlyDictionary<string, int> UnreadableByCode,
    IReadOnlyList<UnreadableCase> Unreadable)
{
    /// <summary>Gets whether every entry was read (全部办件均已读取): <see cref="UnreadableCount"/> is zero.</summary>
    public bool IsComplete => UnreadableCount == 0;

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element and the dictionaries as sets of pairs (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(BoardReport? other) =>
        other is not null
        && At == other.At
        && Period == other.Period
        && Swept == other.Swept
        && ValueEquality.SequenceEqual(Yellow, other.Yellow)
        && ValueEquality.SequenceEqual(Red, other.Red)
        && ValueEquality.SequenceEqual(StepOverdue, other.StepOverdue)
        && ValueEquality.SequenceEqual(LegallyOverdue, other.LegallyOverdue)
        && ValueEquality.DictionaryEqual(ByPower, other.ByPower)
        && ValueEquality.DictionaryEqual(ByUnit, other.ByUnit)
        && ValueEquality.DictionaryEqual(ByPost, other.ByPost)
        && UnreadableCount == other.UnreadableCount
        && ValueEquality.DictionaryEqual(UnreadableByCode, other.UnreadableByCode)
        && ValueEquality.SequenceEqual(Unreadable, other.Unreadable);

    /// <summary>Returns a hash code consistent with <see cref="Equals(BoardReport)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(At, Period, Swept, UnreadableCount);
}
