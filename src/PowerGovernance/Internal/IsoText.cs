using System;
using NodaTime;
using NodaTime.Text;

namespace PowerGovernance.Internal;

/// <summary>
/// Reads ISO dates and instants with nothing before or after them. NodaTime's pattern parser takes the character
/// U+0000 for the end of the text, so <c>"2024-05-01\0junk"</c> would read as 1 May 2024; text holding any control
/// character (U+0000 to U+001F, U+007F to U+009F) is refused before the pattern sees it.
/// </summary>
/// <remarks>Shared by the kernel and, as a linked source file, by the serialization package and the tool.</remarks>
internal static class IsoText
{
    /// <summary>Whether <paramref name="text"/> holds a control character, which no ISO date, instant or number contains.</summary>
    internal static bool HasControl(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0000', '\u001F') >= 0 || text.IndexOfAnyInRange('\u007F', '\u009F') >= 0;

    /// <summary>Parses an ISO date <c>uuuu-MM-dd</c> (<see cref="LocalDatePattern.Iso"/>), or returns <see langword="null"/>.</summary>
    internal static LocalDate? ParseDate(string? text)
    {
        if (text is null || HasControl(text))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : null;
    }

    /// <summary>Parses an ISO instant in UTC (<see cref="InstantPattern.ExtendedIso"/>), or returns <see langword="null"/>.</summary>
    internal static Instant? ParseInstant(string? text)
    {
        if (text is null || HasControl(text))
        {
            return null;
        }

        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : null;
    }
}
