using System.Collections.Generic;

namespace PowerGovernance.Powers;

/// <summary>How one power differs between two catalog versions.</summary>
/// <param name="Kind">Added, amended or abolished (absent from the later version).</param>
/// <param name="Code">The power's code.</param>
/// <param name="Before">The power in the earlier version, or <see langword="null"/> when added.</param>
/// <param name="After">The power in the later version, or <see langword="null"/> when abolished.</param>
/// <param name="ChangedMembers">For an amendment, the members that differ (see <see cref="Power.DifferingMembers"/>); otherwise empty.</param>
public sealed record CatalogDifference(CatalogChangeKind Kind, PowerCode Code, Power? Before, Power? After, IReadOnlyList<string> ChangedMembers);
