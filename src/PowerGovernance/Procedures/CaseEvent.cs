using System;
using System.Collections.Generic;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// One accepted transition of a case (办件过程记录), as appended to the host's audit log. Events form a
/// hash chain: <see cref="Hash"/> covers every other member and the previous event's hash, so any
/// change, removal, insertion or reordering is detected by <see cref="AuditChain.Verify(System.Collections.Generic.IReadOnlyList{CaseEvent})"/>.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">1 for the event that starts the case, then one more per event.</param>
/// <param name="Trigger">The trigger fired (<c>start</c> for the first event).</param>
/// <param name="From">The step before (empty for the first event).</param>
/// <param name="To">The step after.</param>
/// <param name="Actor">Who fired it.</param>
/// <param name="Post">The post in which the actor fired it (承办岗位).</param>
/// <param name="At">When, from the host's clock.</param>
/// <param name="Reason">The written reason, or <see langword="null"/>.</param>
/// <param name="Arguments">Named arguments (e.g. an extension's length, a suspension's cause), sorted by name.</param>
/// <param name="PreviousHash">The previous event's hash (64 zeros for the first event).</param>
/// <param name="Hash">SHA-256 of the canonical encoding (see <see cref="AuditChain"/>), lower-case hex.</param>
/// <param name="Calendar">
/// The working calendar the engine computed the case's deadlines on when it accepted the event (计算期限所用日历):
/// its identifier and content hash, covered by <paramref name="Hash"/>, so the audit trail shows which calendar
/// (which notice, or which provisional year) a deadline rested on. <see langword="null"/> for an event recorded without one.
/// </param>
[System.Text.Json.Serialization.JsonConverter(typeof(PowerGovernance.Internal.Json.CaseEventJsonConverter))]
public sealed record CaseEvent(
    string CaseId,
    long Sequence,
    string Trigger,
    string From,
    string To,
    string Actor,
    string Post,
    Instant At,
    string? Reason,
    IReadOnlyList<KeyValuePair<string, string>> Arguments,
    string PreviousHash,
    string Hash,
    PowerGovernance.Calendars.CalendarIdentity? Calendar = null)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="Arguments"/> pair by pair in order (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CaseEvent? other) =>
        other is not null
        && EqualsBesidesHashAndCalendar(other)
        && Hash == other.Hash
        && Equals(Calendar, other.Calendar);

    /// <summary>
    /// Whether <paramref name="other"/> has equal members apart from <see cref="Hash"/> and <see cref="Calendar"/> (what a replay
    /// compares: <see cref="Equals(CaseEvent)"/> of the two with those two members made equal, without making that copy).
    /// </summary>
    internal bool EqualsBesidesHashAndCalendar(CaseEvent other) =>
        CaseId == other.CaseId
        && Sequence == other.Sequence
        && Trigger == other.Trigger
        && From == other.From
        && To == other.To
        && Actor == other.Actor
        && Post == other.Post
        && At == other.At
        && Reason == other.Reason
        && ArgumentsEqual(Arguments, other.Arguments)
        && PreviousHash == other.PreviousHash;

    /// <summary>Returns a hash code consistent with <see cref="Equals(CaseEvent)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(CaseId, Sequence, Hash);

    /// <summary>
    /// The arguments pair by pair in order, names and values compared ordinally (as the default comparer of the pairs does);
    /// two arrays without an enumerator or a boxed pair, anything else through <see cref="ValueEquality.SequenceEqual{T}"/>.
    /// </summary>
    private static bool ArgumentsEqual(IReadOnlyList<KeyValuePair<string, string>>? left, IReadOnlyList<KeyValuePair<string, string>>? right)
    {
        if (left is not KeyValuePair<string, string>[] a || right is not KeyValuePair<string, string>[] b)
        {
            return ValueEquality.SequenceEqual(left, right);
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i].Key, b[i].Key, StringComparison.Ordinal) || !string.Equals(a[i].Value, b[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
