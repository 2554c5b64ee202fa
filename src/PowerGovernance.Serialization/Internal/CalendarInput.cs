using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>The exact input of a calendar reader, at most <see cref="LoadedCalendar.MaxInputBytes"/>, and its SHA-256.</summary>
internal sealed class CalendarInput
{
    private CalendarInput(byte[] bytes)
    {
        Bytes = bytes;
        Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
    }

    /// <summary>Gets the bytes read (a byte order mark included).</summary>
    internal byte[] Bytes { get; }

    /// <summary>Gets the SHA-256 of <see cref="Bytes"/>, lower-case hexadecimal.</summary>
    internal string Sha256 { get; }

    /// <summary>Gets the bytes without a leading UTF-8 byte order mark.</summary>
    internal ReadOnlySpan<byte> Content =>
        Bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Bytes.AsSpan(3) : Bytes;

    internal static CalendarInput FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > LoadedCalendar.MaxInputBytes || Encoding.UTF8.GetByteCount(text) > LoadedCalendar.MaxInputBytes)
        {
            throw TooLarge();
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                throw UnpairedSurrogate(text, i);
            }
        }

        return new CalendarInput(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A text with an unpaired surrogate has no UTF-8 form (it would silently become U+FFFD): refused with its line and position.</summary>
    private static InvalidCalendarException UnpairedSurrogate(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        var problems = new CalendarProblems();
        problems.Add(
            "input",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)text[index]:X4}"),
            CalendarRuleCodes.InvalidEncoding,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The text holds an unpaired surrogate at character {index} (line {line}); it has no UTF-8 form."),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"文本第{line}行（第{index}个字符）含有不成对的代理项，无法编码为UTF-8。"),
            line);
        return problems.Exception(null);
    }

    internal static CalendarInput FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > LoadedCalendar.MaxInputBytes)
            {
                throw TooLarge();
            }

            memory.Write(buffer, 0, read);
        }

        return new CalendarInput(memory.ToArray());
    }

    private static InvalidCalendarException TooLarge()
    {
        var problems = new CalendarProblems();
        problems.Add("input", null, CalendarRuleCodes.InputTooLarge, "The input is larger than 16777216 bytes (16 MiB); it was not read.", "输入超过16 MiB，未予读取。", null);
        return problems.Exception(null);
    }
}
