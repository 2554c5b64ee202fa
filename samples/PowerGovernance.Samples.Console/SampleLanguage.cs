using System;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>The language the sample prints in (<c>--lang en|zh</c>).</summary>
internal enum SampleLanguage
{
    /// <summary>English (<c>en</c>, the default).</summary>
    English,

    /// <summary>Simplified Chinese (<c>zh</c>, 简体中文).</summary>
    Chinese,
}

/// <summary>The values <c>--lang</c> accepts.</summary>
internal static class SampleLanguages
{
    /// <summary>The accepted values, the default first.</summary>
    public static readonly string[] Accepted = ["en", "zh"];

    /// <summary>Reads a <c>--lang</c> value (case-insensitive); false when it is not one of <see cref="Accepted"/>.</summary>
    public static bool TryParse(string? value, out SampleLanguage language)
    {
        language = SampleLanguage.English;
        if (string.Equals(value, "en", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(value, "zh", StringComparison.OrdinalIgnoreCase))
        {
            language = SampleLanguage.Chinese;
            return true;
        }

        return false;
    }

    /// <summary>The bilingual error for a value that is not a language the sample speaks.</summary>
    public static string UnknownLanguage(string? value) =>
        $"Unknown language '{value}' for --lang: the accepted values are en (English) and zh (简体中文, Simplified Chinese).\n" +
        $"--lang 的取值“{value}”无法识别：可选 en（英文）或 zh（简体中文）。";
}
