using System.Globalization;

namespace PowerGovernance.Internal;

/// <summary>
/// Whether a required text (a reason, a statement, a name) says anything a reader can see: white space,
/// zero-width and other format characters (U+200B, U+200C, U+200D, U+2060, U+FEFF, bidirectional marks),
/// control characters and unassigned code points do not count, so a reason made only of them is missing.
/// </summary>
internal static class VisibleText
{
    /// <summary>True when some character of <paramref name="text"/> is visible: not white space and not of the Unicode categories Format, Control, Surrogate or unassigned (OtherNotAssigned); a well-formed surrogate pair counts by its code point's category.</summary>
    internal static bool HasVisibleText(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (c > 0x20 && c != 0x7F)
                {
                    return true;
                }

                continue;
            }

            UnicodeCategory category;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                category = CharUnicodeInfo.GetUnicodeCategory(c);
            }

            if (!char.IsWhiteSpace(c) && category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned))
            {
                return true;
            }
        }

        return false;
    }
}
