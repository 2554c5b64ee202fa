using System.Collections.Generic;
using System.Collections.Immutable;

namespace PowerGovernance.Internal;

/// <summary>
/// Read-only lists for shared immutable objects: an <see cref="ImmutableArray{T}"/> boxed once, so that a caller cannot
/// cast the list back to a writable array or <see cref="List{T}"/> (its <see cref="IList{T}"/> setter throws).
/// </summary>
internal static class ImmutableLists
{
    /// <summary>Returns <paramref name="items"/> itself when it already is a boxed <see cref="ImmutableArray{T}"/>, otherwise a copy as one.</summary>
    internal static IReadOnlyList<T> Of<T>(IEnumerable<T> items) =>
        items is ImmutableArray<T> ? (IReadOnlyList<T>)items : ImmutableArray.CreateRange(items);
}
