using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Unicode;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Checks the encoding of JSON input before it is parsed: a lone surrogate in a .NET string (which the serializer would
/// report as an <see cref="ArgumentException"/> while transcoding) and invalid UTF-8 bytes in a byte array or stream are
/// a <see cref="JsonException"/> with their line and position, never replaced by U+FFFD.
/// </summary>
internal static class JsonInput
{
    /// <summary>Throws at the first lone surrogate of <paramref name="json"/>.</summary>
    internal static void CheckUtf16(string json)
    {
        var span = json.AsSpan();
        var offset = 0;
        while (true)
        {
            var found = span[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0)
            {
                return;
            }

            var i = offset + found;
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                offset = i + 2;
                continue;
            }

            var (line, column) = Locate(span[..i], '\n');
            throw new JsonException(
                string.Create(CultureInfo.InvariantCulture, $"The JSON text holds a lone surrogate U+{(int)span[i]:X4} at line {line + 1}, character {column + 1}: it is not well-formed Unicode text. JSON文本第{line + 1}行第{column + 1}个字符为孤立代理项U+{(int)span[i]:X4}，不是合法的Unicode文本。"),
                "$",
                line,
                column);
        }
    }

    /// <summary>Throws at the first byte of <paramref name="utf8Json"/> that is not well-formed UTF-8.</summary>
    internal static void CheckUtf8(ReadOnlySpan<byte> utf8Json)
    {
        if (Utf8.IsValid(utf8Json))
        {
            return;
        }

        var index = 0;
        while (index < utf8Json.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(utf8Json[index..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            index += consumed;
        }

        var (line, column) = Locate(utf8Json[..index], (byte)'\n');
        throw new JsonException(
            string.Create(CultureInfo.InvariantCulture, $"The JSON bytes are not valid UTF-8 at line {line + 1}, byte {column + 1} (offset {index}, byte 0x{utf8Json[index]:X2}); save the file as UTF-8 (a GBK or GB18030 file must be converted first). JSON字节在第{line + 1}行第{column + 1}个字节（偏移{index}，字节0x{utf8Json[index]:X2}）处不是合法的UTF-8；请将文件保存为UTF-8编码（GBK或GB18030文件须先转换）。"),
            "$",
            line,
            column);
    }

    /// <summary>Reads the rest of <paramref name="stream"/> (left open), checks it is UTF-8 and returns it without a leading byte order mark.</summary>
    internal static ReadOnlyMemory<byte> ReadUtf8(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlyMemory<byte> bytes = buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length));
        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        CheckUtf8(bytes.Span);
        return bytes;
    }

    private static (long Line, long Column) Locate<T>(ReadOnlySpan<T> before, T newline)
        where T : IEquatable<T> =>
        (before.Count(newline), before.Length - before.LastIndexOf(newline) - 1);
}
