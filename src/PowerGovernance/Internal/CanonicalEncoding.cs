using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace PowerGovernance.Internal;

/// <summary>
/// The field encoding shared by the audit chain's and the snapshot seal's hash inputs: LEB128 lengths, length-prefixed
/// UTF-8 texts and 8-byte big-endian numbers, written into a span sized with <see cref="Max(string?)"/>.
/// </summary>
internal static class CanonicalEncoding
{
    // A length prefix of at most 5 bytes and at most 3 UTF-8 bytes per UTF-16 char, plus 3 for a trailing lone
    // surrogate (the bound Encoding.UTF8.GetMaxByteCount gives).
    internal static int Max(string? value) => 5 + (value is null ? 0 : 3 * (value.Length + 1));

    // The longest text whose UTF-8 form surely fits a one-byte length (3 bytes per char at most: 42 * 3 = 126 < 128).
    private const int ShortText = 42;

    internal static void Text(Span<byte> buffer, ref int position, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            buffer[position++] = 0;
            return;
        }

        if (value.Length <= ShortText)
        {
            // Most fields (ids, steps, posts, names) are short: encoded char by char, without the transcoder's per-call setup.
            var written = ShortUtf8(value, buffer[(position + 1)..]);
            buffer[position] = (byte)written;
            position += 1 + written;
            return;
        }

        // One pass: encode after a one-byte length; a longer text (128 bytes or more) moves right to make
        // room for its longer LEB128 length.
        var count = Utf8(value, buffer[(position + 1)..]);
        var prefix = count < 0x80 ? 1 : count < 0x4000 ? 2 : count < 0x200000 ? 3 : count < 0x10000000 ? 4 : 5;
        if (prefix > 1)
        {
            buffer.Slice(position + 1, count).CopyTo(buffer[(position + prefix)..]);
        }

        Length(buffer, ref position, count);
        position += count;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as UTF-8 and returns the byte count: the runtime's vectorised transcoder, with a lone
    /// surrogate written as U+FFFD (the same bytes <see cref="Encoding.UTF8"/> gives for every text).
    /// </summary>
    internal static int Utf8(string value, Span<byte> destination)
    {
        var status = System.Text.Unicode.Utf8.FromUtf16(value, destination, out _, out var written, replaceInvalidSequences: true);
        return status == System.Buffers.OperationStatus.Done
            ? written
            : throw new InvalidOperationException("The canonical encoding's buffer is too small for a text (an internal sizing error). 规范编码缓冲区不足（内部错误）。");
    }

    /// <summary>
    /// Writes a short <paramref name="value"/> (at most 42 chars) as UTF-8 and returns the byte count: the same bytes as
    /// <see cref="Utf8"/> (a lone surrogate written as U+FFFD, EF BF BD). ASCII runs go eight chars at a time; the rest char by
    /// char, without the transcoder's per-call setup. <paramref name="destination"/> must hold 3 bytes per char.
    /// </summary>
    internal static int ShortUtf8(string value, Span<byte> destination)
    {
        if (value.Length > ShortText || destination.Length < 3 * value.Length)
        {
            throw new InvalidOperationException("The canonical encoding's buffer is too small for a text (an internal sizing error). 规范编码缓冲区不足（内部错误）。");
        }

        // Unchecked and without bounds checks: every write below stays within 3 bytes per char read, checked above.
        unchecked
        {
            ref var target = ref MemoryMarshal.GetReference(destination);
            ref var source = ref MemoryMarshal.GetReference(value.AsSpan());
            var length = (nuint)value.Length;
            nuint i = 0;
            nuint written = 0;
            if (Vector128.IsHardwareAccelerated)
            {
                for (; i + 8 <= length; i += 8)
                {
                    var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref source), i);
                    if ((chars & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                    {
                        break;
                    }

                    Vector128.Narrow(chars, chars).GetLower().StoreUnsafe(ref target, written);
                    written += 8;
                }
            }

            for (; i < length; i++)
            {
                uint c = Unsafe.Add(ref source, i);
                if (c < 0x80)
                {
                    Unsafe.Add(ref target, written++) = (byte)c;
                    continue;
                }

                if (c < 0x800)
                {
                    Unsafe.Add(ref target, written) = (byte)(0xC0 | (c >> 6));
                    Unsafe.Add(ref target, written + 1) = (byte)(0x80 | (c & 0x3F));
                    written += 2;
                    continue;
                }

                if (c - 0xD800 < 0x800)
                {
                    // A surrogate: a high one followed by a low one is one four-byte character; any other is replaced by U+FFFD.
                    uint low = i + 1 < length ? Unsafe.Add(ref source, i + 1) : 0u;
                    if (c < 0xDC00 && low - 0xDC00 < 0x400)
                    {
                        var scalar = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        Unsafe.Add(ref target, written) = (byte)(0xF0 | (scalar >> 18));
                        Unsafe.Add(ref target, written + 1) = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                        Unsafe.Add(ref target, written + 2) = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                        Unsafe.Add(ref target, written + 3) = (byte)(0x80 | (scalar & 0x3F));
                        written += 4;
                        i++;
                        continue;
                    }

                    c = 0xFFFD;
                }

                Unsafe.Add(ref target, written) = (byte)(0xE0 | (c >> 12));
                Unsafe.Add(ref target, written + 1) = (byte)(0x80 | ((c >> 6) & 0x3F));
                Unsafe.Add(ref target, written + 2) = (byte)(0x80 | (c & 0x3F));
                written += 3;
            }

            return (int)written;
        }
    }

    internal static void Length(Span<byte> buffer, ref int position, int value)
    {
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            buffer[position++] = unchecked((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        buffer[position++] = (byte)remaining;
    }

    /// <summary>Writes a signed number as a zigzag LEB128 integer (1 byte for -64..63, at most 10).</summary>
    internal static void Compact(Span<byte> buffer, ref int position, long value)
    {
        var remaining = unchecked((ulong)((value << 1) ^ (value >> 63)));
        while (remaining >= 0x80)
        {
            buffer[position++] = unchecked((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        buffer[position++] = (byte)remaining;
    }

    internal static void Number(Span<byte> buffer, ref int position, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer[position..], value);
        position += 8;
    }

    /// <summary>
    /// Decodes hexadecimal digits into <paramref name="destination"/> (two per byte); <see langword="false"/> when one is not a
    /// digit.
    /// </summary>
    internal static bool TryDecodeHex(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var high = HexValue(hex[2 * i]);
            var low = HexValue(hex[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
