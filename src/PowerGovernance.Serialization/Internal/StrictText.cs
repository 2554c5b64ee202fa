using System;
using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Strict checks shared by the calendar readers: UTF-8 with the location of the first invalid sequence, exact ISO dates.</summary>
internal static class StrictText
{
    /// <summary>The offset of the first invalid UTF-8 sequence in <paramref name="bytes"/>, or -1 when they are valid UTF-8.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> buffer = stackalloc char[1024];
        var consumed = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[consumed..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            consumed += read;
            switch (status)
            {
                case OperationStatus.Done:
                    return -1;
                case OperationStatus.DestinationTooSmall:
                    continue;
                default:
                    return consumed;
            }
        }
    }

    /// <summary>Reports the first invalid UTF-8 sequence of <paramref name="input"/> (offsets count the whole input, a byte order mark included); returns false when there is one.</summary>
    internal static bool CheckUtf8(CalendarInput input, CalendarProblems problems)
    {
        var skip = input.Bytes.Length - input.Content.Length;
        var invalid = FirstInvalidUtf8(input.Content);
        if (invalid < 0)
        {
            return true;
        }

        var offset = skip + invalid;
        var bytes = input.Bytes.AsSpan();
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        problems.Add(
            "input",
            "0x" + Convert.ToHexString(bytes.Slice(offset, Math.Min(4, bytes.Length - offset))),
            CalendarRuleCodes.InvalidEncoding,
            string.Create(CultureInfo.InvariantCulture, $"The input is not UTF-8: invalid byte sequence at byte offset {offset} (line {line}). Save the file as UTF-8."),
            string.Create(CultureInfo.InvariantCulture, $"输入不是UTF-8编码：第{line}行（字节偏移{offset}）有无效的字节序列。请将文件另存为UTF-8。"),
            line);
        return false;
    }

    /// <summary>
    /// Parses exactly <c>yyyy-MM-dd</c> (ten ASCII characters, a date that exists, nothing before or after; NodaTime's
    /// parser alone would take <c>2024-05-01\0junk</c>, as it treats a NUL as the end of the text).
    /// </summary>
    internal static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i is not (4 or 7) && !char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>The weekday with exactly this English name (Monday … Sunday, as written), or null.</summary>
    internal static IsoDayOfWeek? Weekday(string token) => token switch
    {
        "Monday" => IsoDayOfWeek.Monday,
        "Tuesday" => IsoDayOfWeek.Tuesday,
        "Wednesday" => IsoDayOfWeek.Wednesday,
        "Thursday" => IsoDayOfWeek.Thursday,
        "Friday" => IsoDayOfWeek.Friday,
        "Saturday" => IsoDayOfWeek.Saturday,
        "Sunday" => IsoDayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>The index of the first control character other than tab, or of an unpaired surrogate, in <paramref name="text"/>; -1 when there is none.</summary>
    internal static int FirstForbiddenChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((char.IsControl(c) && c != '\t') || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
