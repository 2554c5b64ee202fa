using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PowerGovernance.Tests.Documentation;

/// <summary>
/// One <c>```csharp</c> block of a Markdown file, with the line its code starts on and the markers written on the
/// lines right above its fence.
/// </summary>
/// <remarks>
/// Markers are HTML comments (invisible on GitHub and nuget.org), one per line, directly above the fence:
/// <list type="bullet">
/// <item><description><c>&lt;!-- snippet: continues --&gt;</c>: the block is compiled together with the file's blocks
/// before it, back to the first one not so marked, so a tour can go on with what it already declared.</description></item>
/// <item><description><c>&lt;!-- snippet: given Type name; Type name --&gt;</c>: values the host already has (its
/// engine, its open cases), declared for the compiler in front of the block; the prose says what they are.</description></item>
/// <item><description><c>&lt;!-- snippet: not compiled: reason --&gt;</c>: C# that needs a framework this repository does
/// not reference (e.g. Orleans); it must still parse.</description></item>
/// </list>
/// Text that is not C# is fenced as <c>```text</c>, <c>```sh</c>, <c>```sql</c> and so on, never as C#.
/// </remarks>
/// <param name="File">The file, relative to the repository root.</param>
/// <param name="Line">The 1-based line of the block's first line of code.</param>
/// <param name="Code">The code, as written.</param>
/// <param name="ContinuesPrevious">Whether the block is marked <c>continues</c>.</param>
/// <param name="Given">The declarations of the <c>given</c> marker, each as "Type name".</param>
/// <param name="NotCompiled">The reason of a <c>not compiled</c> marker, or <see langword="null"/>.</param>
internal sealed record MarkdownSnippet(string File, int Line, string Code, bool ContinuesPrevious, IReadOnlyList<string> Given, string? NotCompiled)
{
    /// <summary>The marker that makes a block continue the one before it.</summary>
    internal const string ContinuesMarker = "<!-- snippet: continues -->";

    private const string MarkerStart = "<!-- snippet:";
    private const string MarkerEnd = "-->";

    private static readonly string[] CSharpFences = ["```csharp", "```cs", "```c#"];

    /// <summary>Every C# block of the file, in order.</summary>
    internal static IReadOnlyList<MarkdownSnippet> Read(string root, string relativePath)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(root, relativePath));
        var snippets = new List<MarkdownSnippet>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!CSharpFences.Contains(lines[i].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var markers = new List<string>();
            for (var m = i - 1; m >= 0 && lines[m].Trim().StartsWith(MarkerStart, StringComparison.Ordinal); m--)
            {
                var marker = lines[m].Trim();
                if (!marker.EndsWith(MarkerEnd, StringComparison.Ordinal))
                {
                    throw new FormatException($"{relativePath}:{m + 1}: a snippet marker ends with \"-->\" on its line.");
                }

                markers.Add(marker[MarkerStart.Length..^MarkerEnd.Length].Trim());
            }

            var continues = false;
            var given = new List<string>();
            string? notCompiled = null;
            foreach (var marker in markers)
            {
                if (marker == "continues")
                {
                    continues = true;
                }
                else if (marker.StartsWith("given ", StringComparison.Ordinal))
                {
                    given.AddRange(marker["given ".Length..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
                else if (marker.StartsWith("not compiled:", StringComparison.Ordinal) && marker.Length > "not compiled:".Length + 1)
                {
                    notCompiled = marker["not compiled:".Length..].Trim();
                }
                else
                {
                    throw new FormatException($"{relativePath}: unknown snippet marker \"{marker}\" above line {i + 1}.");
                }
            }

            var code = new StringBuilder();
            var start = i + 2;
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.Append(lines[i]).Append('\n');
            }

            snippets.Add(new MarkdownSnippet(relativePath.Replace('\\', '/'), start, code.ToString(), continues, given, notCompiled));
        }

        return snippets;
    }
}
