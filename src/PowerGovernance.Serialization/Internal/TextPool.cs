using System;
using System.Collections.Generic;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// One string per distinct short text within one import: a 权责清单 repeats the same responsibilities and accountability
/// matter codes across thousands of entries (一次性告知补正材料, <c>procrastination</c>), and each is kept once instead of once
/// per entry. Bounded: texts longer than <see cref="MaxLength"/> are not pooled, and after <see cref="MaxEntries"/> distinct
/// texts new ones are returned unpooled, so a hostile file cannot make the pool grow beyond the catalog it builds.
/// </summary>
/// <remarks>Not thread-safe: one pool belongs to one reader.</remarks>
internal sealed class TextPool
{
    /// <summary>The longest text pooled, in UTF-16 code units.</summary>
    internal const int MaxLength = 128;

    /// <summary>The most distinct texts pooled.</summary>
    internal const int MaxEntries = 16_384;

    private readonly HashSet<string> texts = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Creates an empty pool.</summary>
    internal TextPool() => lookup = texts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>Returns the pooled string equal to <paramref name="text"/>, adding it when there is room.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A string equal to <paramref name="text"/>.</returns>
    internal string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

#if NET9_0_OR_GREATER
        if (lookup.TryGetValue(text, out var found))
        {
            return found;
        }

        var made = text.ToString();
#else
        var made = text.ToString();
        if (texts.TryGetValue(made, out var found))
        {
            return found;
        }
#endif
        if (texts.Count < MaxEntries)
        {
            texts.Add(made);
        }

        return made;
    }
}
