using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Powers;

/// <summary>How one power differs between two catalog versions.</summary>
/// <param name="Kind">Added, amended or abolished (absent from the later version).</param>
/// <param name="Code">The power's code.</param>
/// <param name="Before">The power in the earlier version, or <see langword="null"/> when added.</param>
/// <param name="After">The power in the later version, or <see langword="null"/> when abolished.</param>
/// <param name="ChangedMembers">For an amendment, the members that differ (see <see cref="Power.DifferingMembers"/>); otherwise empty.</param>
public sealed record CatalogDifference(CatalogChangeKind Kind, PowerCode Code, Power? Before, Power? After, IReadOnlyList<string> ChangedMembers)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, <see cref="ChangedMembers"/> element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CatalogDifference? other) =>
        other is not null
        && Kind == other.Kind
        && Code == other.Code
        && Equals(Before, other.Before)
        && Equals(After, other.After)
        && ValueEquality.SequenceEqual(ChangedMembers, other.ChangedMembers);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CatalogDifference)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, Code);
}
