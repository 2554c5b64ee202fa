using System;
using System.Collections.Generic;

namespace PowerGovernance.Internal;

/// <summary>
/// Element-wise equality and hashing of the collections public records hold, so that two records built
/// separately from equal values are equal (<c>==</c>): lists and sequences in order, dictionaries and sets as
/// sets (of pairs). The file is linked into every package that has such records.
/// </summary>
internal static class ValueEquality
{
    /// <summary>Returns whether two sequences hold equal elements in the same order (both null counts as equal).</summary>
    internal static bool SequenceEqual<T>(IEnumerable<T>? left, IEnumerable<T>? right, IEqualityComparer<T>? comparer = null)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null)
        {
            return false;
        }

        if (left is IReadOnlyCollection<T> l && right is IReadOnlyCollection<T> r && l.Count != r.Count)
        {
            return false;
        }

        comparer ??= EqualityComparer<T>.Default;
        using var a = left.GetEnumerator();
        using var b = right.GetEnumerator();
        while (true)
        {
            var more = a.MoveNext();
            if (more != b.MoveNext())
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (!comparer.Equals(a.Current, b.Current))
            {
                return false;
            }
        }
    }

    /// <summary>Returns a hash of the elements in order, consistent with <see cref="SequenceEqual{T}"/>.</summary>
    internal static int SequenceHash<T>(IEnumerable<T>? items, IEqualityComparer<T>? comparer = null)
    {
        if (items is null)
        {
            return 0;
        }

        comparer ??= EqualityComparer<T>.Default;
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item is null ? 0 : comparer.GetHashCode(item));
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns whether two dictionaries hold the same keys with equal values, in any order.</summary>
    internal static bool DictionaryEqual<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? left, IReadOnlyDictionary<TKey, TValue>? right, IEqualityComparer<TValue>? valueComparer = null)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        valueComparer ??= EqualityComparer<TValue>.Default;
        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || !valueComparer.Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash of the pairs that does not depend on their order, consistent with <see cref="DictionaryEqual{TKey, TValue}"/>.</summary>
    internal static int DictionaryHash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? dictionary, IEqualityComparer<TValue>? valueComparer = null)
    {
        if (dictionary is null)
        {
            return 0;
        }

        valueComparer ??= EqualityComparer<TValue>.Default;
        var hash = dictionary.Count;
        foreach (var pair in dictionary)
        {
            hash = unchecked(hash + HashCode.Combine(pair.Key, pair.Value is null ? 0 : valueComparer.GetHashCode(pair.Value)));
        }

        return hash;
    }

    /// <summary>Returns whether two collections hold the same elements, in any order (each element once).</summary>
    internal static bool SetEqual<T>(IReadOnlyCollection<T>? left, IReadOnlyCollection<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var set = right as IReadOnlySet<T> ?? new HashSet<T>(right);
        foreach (var item in left)
        {
            if (!set.Contains(item))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a hash of the elements that does not depend on their order, consistent with <see cref="SetEqual{T}"/>.</summary>
    internal static int SetHash<T>(IReadOnlyCollection<T>? items)
    {
        if (items is null)
        {
            return 0;
        }

        var hash = items.Count;
        foreach (var item in items)
        {
            hash = unchecked(hash + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }

    /// <summary>Compares lists element by element in order, for collections nested in dictionaries or lists.</summary>
    internal sealed class ListComparer<T> : IEqualityComparer<IReadOnlyList<T>>
    {
        /// <summary>The comparer (it holds no state).</summary>
        internal static readonly ListComparer<T> Instance = new();

        public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y) => SequenceEqual(x, y);

        public int GetHashCode(IReadOnlyList<T> obj) => SequenceHash(obj);
    }
}
