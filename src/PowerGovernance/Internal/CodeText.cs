using System.Globalization;
using System.Text;

namespace PowerGovernance.Internal;

/// <summary>
/// Shared wording for the messages of the national code types (统一社会信用代码, 行政区划代码, 政务服务事项实施编码):
/// a bounded echo of the text read and a description of one character that does not belong.
/// </summary>
internal static class CodeText
{
    /// <summary>The longest text a code parser looks at; anything longer is refused before any other work.</summary>
    internal const int MaxInputLength = 256;

    /// <summary>How many characters of the text a message echoes.</summary>
    internal const int MaxShown = 40;

    /// <summary>How many single-character problems one text reports at most.</summary>
    internal const int MaxCharacterFindings = 20;

    /// <summary>The text as a message shows it: at most <see cref="MaxShown"/> characters, invisible ones as <c>\uXXXX</c>.</summary>
    internal static string Shown(string text)
    {
        var length = text.Length <= MaxShown ? text.Length : MaxShown;
        var builder = new StringBuilder(length + 8);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Char(text[i]));
        }

        return length < text.Length ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>One character as a message shows it: itself, or <c>\uXXXX</c> when it cannot be seen.</summary>
    internal static string Char(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
            : c.ToString();

    /// <summary>The 1-based position as text.</summary>
    internal static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The half-width ASCII form of a full-width form (U+FF01–U+FF5E), or <see langword="null"/>.</summary>
    internal static char? HalfWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : null;

    /// <summary>The number as culture-invariant text.</summary>
    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
