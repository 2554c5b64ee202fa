using System;
using System.Collections;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// Who plays which role in a case (案件当事人及办案人员), in the order the audit chain assigned them: immutable, with value
/// equality. The engine adds a party when a trigger that <see cref="TriggerBuilder.Assigns"/> a role is accepted, and never
/// removes one, so that a person who investigated stays an investigator (and may never review) even after stepping aside.
/// </summary>
public sealed class CaseParties : IReadOnlyList<CaseParty>, IEquatable<CaseParties>
{
    private readonly CaseParty[] parties;

    private CaseParties(CaseParty[] parties) => this.parties = parties;

    /// <summary>Gets the parties of a case without any (a procedure that declares no roles).</summary>
    public static CaseParties None { get; } = new([]);

    /// <summary>Gets the number of parties.</summary>
    public int Count => parties.Length;

    /// <summary>Gets the party at <paramref name="index"/>, in the order assigned.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public CaseParty this[int index] =>
        (uint)index < (uint)parties.Length ? parties[index] : throw new ArgumentOutOfRangeException(nameof(index), index, "The index must be at least 0 and less than Count. 索引须不小于0且小于Count。");

    /// <summary>Returns parties holding <paramref name="parties"/>, in order, for a host reloading a stored snapshot.</summary>
    /// <param name="parties">The parties as stored.</param>
    /// <returns>The parties; <see cref="None"/> when empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parties"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A role id is not lower-case letters, digits and hyphens, or a person's id is not valid (see <see cref="Actor(string, string[])"/>).</exception>
    public static CaseParties Of(IEnumerable<CaseParty> parties)
    {
        var list = new List<CaseParty>();
        foreach (var party in Preconditions.CheckNotNull(parties))
        {
            Preconditions.CheckNotNull(party, nameof(parties));
            if (party.Role is null || !CaseRole.IsId(party.Role))
            {
                throw new ArgumentException("A party's role is the id of a role: lower-case letters, digits and hyphens; got '" + PersonIds.Shown(party.Role ?? string.Empty) + "'. 角色标识须为小写字母、数字或连字符。", nameof(parties));
            }

            PersonIds.Check(party.Person, nameof(parties));
            list.Add(party);
        }

        return list.Count == 0 ? None : new CaseParties([.. list]);
    }

    /// <summary>Returns whether <paramref name="person"/> plays <paramref name="role"/> (ordinal comparison of both ids).</summary>
    /// <param name="person">The person's id.</param>
    /// <param name="role">The role's id.</param>
    /// <returns><see langword="true"/> when assigned.</returns>
    public bool Plays(string person, string role)
    {
        foreach (var party in parties)
        {
            if (string.Equals(party.Person, person, StringComparison.Ordinal) && string.Equals(party.Role, role, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the people in <paramref name="role"/>, in the order assigned.</summary>
    /// <param name="role">The role's id.</param>
    /// <returns>The people's ids.</returns>
    public IReadOnlyList<string> InRole(string role)
    {
        List<string>? found = null;
        foreach (var party in parties)
        {
            if (string.Equals(party.Role, role, StringComparison.Ordinal))
            {
                (found ??= []).Add(party.Person);
            }
        }

        return found is null ? [] : found.AsReadOnly();
    }

    /// <inheritdoc />
    public IEnumerator<CaseParty> GetEnumerator() => ((IEnumerable<CaseParty>)parties).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns whether <paramref name="other"/> holds the same parties in the same order.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(CaseParties? other) => other is not null && parties.AsSpan().SequenceEqual(other.parties);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CaseParties other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var party in parties)
        {
            hash.Add(party);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the parties, e.g. <c>subject: 王某; investigator: 赵某</c>.</summary>
    /// <returns>The parties; empty for none.</returns>
    public override string ToString() => string.Join("; ", (IEnumerable<CaseParty>)parties);

    /// <summary>These parties and one more, appended.</summary>
    internal CaseParties With(string role, string person) => new([.. parties, new CaseParty(role, person)]);

    /// <summary>The underlying array, for the seal's encoding (never handed out).</summary>
    internal ReadOnlySpan<CaseParty> Span => parties;
}
