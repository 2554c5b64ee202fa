using PowerGovernance.Validation;

namespace PowerGovernance.Tool.Output;

/// <summary>
/// Keeps what the tool prints bounded whatever a file holds: each part of a finding is cut (values to
/// <see cref="MaxValueChars"/>, messages to <see cref="MaxMessageChars"/> characters), and the lists are cut to
/// <see cref="ToolContext.MaxItems"/> items by their writers.
/// </summary>
internal static class Bounds
{
    /// <summary>The most characters of a value or a path shown.</summary>
    public const int MaxValueChars = 200;

    /// <summary>The most characters of a message shown.</summary>
    public const int MaxMessageChars = 1000;

    /// <summary>The most characters of a file's path shown (a path given on the command line can be of any length).</summary>
    public const int MaxPathChars = 1000;

    /// <summary>The most characters of an error's message (which may quote a path or a reader's message) shown.</summary>
    public const int MaxErrorChars = 4000;

    /// <summary>Returns the text cut to <paramref name="max"/> characters (never splitting a surrogate pair), ending with an ellipsis when cut.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep] + "…";
    }

    /// <summary>Returns the finding with every text cut.</summary>
    public static Finding Cut(Finding finding) => finding with
    {
        Code = Cut(finding.Code, MaxValueChars),
        Path = Cut(finding.Path, MaxValueChars + 100),
        AttemptedValue = finding.AttemptedValue is null ? null : Cut(finding.AttemptedValue, MaxValueChars),
        Message = Cut(finding.Message, MaxMessageChars),
        ChineseMessage = Cut(finding.ChineseMessage, MaxMessageChars),
    };
}
