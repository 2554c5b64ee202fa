using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PowerGovernance.Internal;

/// <summary>
/// Reads enumeration values by their exact names only (ordinal, letter case as declared): no numbers, no
/// white space around the name, no other letter cases, and no comma-joined combinations unless the caller
/// reads a <see cref="FlagsAttribute"/> enumeration with <see cref="TryParseFlags{TEnum}"/>. <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/>
/// accepts all of those (<c>"Minor,Serious"</c> is <c>EspeciallySerious</c>), so it is never used on input.
/// </summary>
/// <remarks>Shared by the kernel and, as a linked source file, by the serialization package.</remarks>
internal static class StrictEnum
{
    /// <summary>Reads <paramref name="text"/> as the exact name of a member of <typeparamref name="TEnum"/>.</summary>
    internal static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Cache<TEnum>.ByName.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Reads a flags value written as exact member names joined by <paramref name="separator"/> (e.g. <c>", "</c>),
    /// each name once; a single name (including a zero-valued one such as <c>None</c>) is read as it is.
    /// </summary>
    internal static bool TryParseFlags<TEnum>(string? text, string separator, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        if (Cache<TEnum>.ByName.TryGetValue(text, out value))
        {
            return true;
        }

        ulong bits = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in text.Split(separator))
        {
            if (!Cache<TEnum>.ByName.TryGetValue(name, out var member) || !seen.Add(name))
            {
                value = default;
                return false;
            }

            var memberBits = ToBits(member);
            if (memberBits == 0)
            {
                value = default;
                return false; // a zero member (None) combined with others
            }

            bits |= memberBits;
        }

        value = (TEnum)Enum.ToObject(typeof(TEnum), bits);
        return true;
    }

    /// <summary>Whether <paramref name="value"/> is a declared member (or, for a flags enumeration, a combination of declared members).</summary>
    internal static bool IsNamed<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        if (!Cache<TEnum>.IsFlags)
        {
            return false;
        }

        var bits = ToBits(value);
        return bits != 0 && (bits & ~Cache<TEnum>.AllBits) == 0;
    }

    /// <summary>The member names joined with <c>", "</c>, for messages.</summary>
    internal static string NameList<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.NameList;

    /// <summary>The value's bits, whatever the underlying type (never overflows, unlike <see cref="Convert.ToUInt64(object)"/> on a negative member).</summary>
    internal static ulong ToBits<TEnum>(TEnum value)
        where TEnum : struct, Enum => Unsafe.SizeOf<TEnum>() switch
        {
            1 => Unsafe.As<TEnum, byte>(ref value),
            2 => Unsafe.As<TEnum, ushort>(ref value),
            4 => Unsafe.As<TEnum, uint>(ref value),
            _ => Unsafe.As<TEnum, ulong>(ref value),
        };

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly string NameList = string.Join(", ", Enum.GetNames<TEnum>());

        internal static readonly FrozenDictionary<string, TEnum> ByName = Build();

        internal static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);

        internal static readonly ulong AllBits = AllMemberBits();

        private static FrozenDictionary<string, TEnum> Build()
        {
            var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var name in Enum.GetNames<TEnum>())
            {
                byName[name] = Enum.Parse<TEnum>(name, ignoreCase: false);
            }

            return byName.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private static ulong AllMemberBits()
        {
            ulong bits = 0;
            foreach (var member in Enum.GetValues<TEnum>())
            {
                bits |= ToBits(member);
            }

            return bits;
        }
    }
}
