using System;
using System.Buffers.Binary;
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

    internal static void Text(Span<byte> buffer, ref int position, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            buffer[position++] = 0;
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
