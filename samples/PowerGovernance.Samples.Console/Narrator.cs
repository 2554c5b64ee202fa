using System.IO;
using System.Linq;
using PowerGovernance.Calendars;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PowerGovernance.Samples.ConsoleHost;

/// <summary>
/// Where the story is told and in which language: the console for the story (a Spectre.Console console over the
/// output writer), the writer for errors, and <see cref="Say"/> to pick the English or the Chinese text.
/// </summary>
internal sealed class Narrator(IAnsiConsole console, TextWriter error, SampleLanguage language)
{
    /// <summary>Gets the console the story is written to.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>Gets the writer for error messages (always in both languages).</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Gets the language of the story.</summary>
    public SampleLanguage Language { get; } = language;

    /// <summary>Gets whether the story is told in Chinese.</summary>
    public bool IsChinese => Language == SampleLanguage.Chinese;

    /// <summary>Gets the kernel's explanation language matching <see cref="Language"/>.</summary>
    public ExplanationLanguage Explanation => IsChinese ? ExplanationLanguage.SimplifiedChinese : ExplanationLanguage.English;

    /// <summary>Gets the terms of the domain (states, day types, outcomes …) in <see cref="Language"/>.</summary>
    public SampleTerms Terms => IsChinese ? SampleTerms.Chinese : SampleTerms.English;

    /// <summary>Picks the text in the story's language.</summary>
    public string Say(string english, string chinese) => IsChinese ? chinese : english;

    /// <summary>Writes a section heading.</summary>
    public void Heading(string english, string chinese) => Console.Write(new Rule(Markup.Escape(Say(english, chinese))));

    /// <summary>Writes a line of plain text (never read as markup).</summary>
    public void Line(string english, string chinese) => Line(Say(english, chinese));

    /// <summary>Writes a line of plain text (never read as markup).</summary>
    public void Line(string text) => Console.Write(new Text(text + "\n"));

    /// <summary>Writes an empty line.</summary>
    public void Line() => Console.WriteLine();

    /// <summary>Writes a table or other renderable.</summary>
    public void Write(IRenderable renderable) => Console.Write(renderable);

    /// <summary>Creates a table whose headers are (English, Chinese) pairs, in the story's language.</summary>
    public Table Table(params (string English, string Chinese)[] columns) =>
        new Table().AddColumns(columns.Select(c => Markup.Escape(Say(c.English, c.Chinese))).ToArray());

    /// <summary>Writes an error message in both languages to <see cref="Error"/>.</summary>
    public void Fail(string english, string chinese)
    {
        Error.WriteLine(english);
        Error.WriteLine(chinese);
    }
}
