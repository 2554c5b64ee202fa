using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PowerGovernance.Tests.Documentation;

/// <summary>
/// Every <c>```csharp</c> block in README.md, docs/*.md and the packages' READMEs compiles against our assemblies
/// (see <see cref="SnippetCompiler"/> for how a block is compiled and <see cref="MarkdownSnippet"/> for the
/// <c>&lt;!-- snippet: continues --&gt;</c> marker). Code that is not a C# program is fenced as <c>```text</c>,
/// <c>```sh</c> or <c>```sql</c>, never as C#.
/// </summary>
public class DocumentationSnippetTests
{
    [Fact]
    public void Every_csharp_snippet_in_the_documentation_compiles()
    {
        var files = DocumentationFiles();
        Assert.Contains("README.md", files);
        var failures = new List<string>();
        var count = 0;
        foreach (var file in files)
        {
            var snippets = MarkdownSnippet.Read(RepositoryFiles.Root, file);
            for (var i = 0; i < snippets.Count; i++)
            {
                count++;
                var first = i;
                while (snippets[first].ContinuesPrevious && first > 0)
                {
                    first--;
                }

                var errors = SnippetCompiler.Compile(snippets.Skip(first).Take(i - first + 1).ToList());
                if (errors.Count > 0)
                {
                    failures.Add($"{file}:{snippets[i].Line}: the snippet does not compile:" + Environment.NewLine
                        + string.Join(Environment.NewLine, errors.Select(e => "    " + file + " " + e)));
                }
            }
        }

        Assert.True(count > 10, "Only " + count + " C# snippets found; the reader lost them.");
        Assert.True(failures.Count == 0, failures.Count + " snippet(s) do not compile:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void A_snippet_that_does_not_compile_is_reported_with_its_line()
    {
        var errors = SnippetCompiler.Compile("using NodaTime;\nvar date = new LocalDate(2024, 1, 1);\nint n = date;\n", 41);

        var error = Assert.Single(errors);
        Assert.StartsWith("line 43: CS0029", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_that_needs_the_null_forgiving_operator_is_reported()
    {
        var errors = SnippetCompiler.Compile("string? text = args.Length > 0 ? args[0] : null;\nConsole.WriteLine(text.Length);\n", 1);

        Assert.Contains(errors, e => e.StartsWith("line 2: CS8602", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continuing_block_sees_the_variables_of_the_block_before_it()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.md"), "```csharp\nusing NodaTime;\nvar date = new LocalDate(2024, 1, 1);\n```\n\n" + MarkdownSnippet.ContinuesMarker + "\n```csharp\nusing System.Globalization;\nConsole.WriteLine(date.ToString(\"uuuu\", CultureInfo.InvariantCulture));\n```\n```text\nnot code\n```\n");

            var snippets = MarkdownSnippet.Read(folder.FullName, "a.md");

            Assert.Equal(2, snippets.Count);
            Assert.Equal([2, 8], snippets.Select(s => s.Line));
            Assert.True(snippets[1].ContinuesPrevious);
            Assert.Empty(SnippetCompiler.Compile(snippets));
            Assert.NotEmpty(SnippetCompiler.Compile([snippets[1]]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> DocumentationFiles()
    {
        var root = RepositoryFiles.Root;
        var docs = Directory.GetFiles(Path.Combine(root, "docs"), "*.md");
        var packages = Directory.GetDirectories(Path.Combine(root, "src"))
            .Select(d => Path.Combine(d, "README.md"))
            .Where(File.Exists);
        return new[] { Path.Combine(root, "README.md") }
            .Concat(docs.Order(StringComparer.Ordinal))
            .Concat(packages.Order(StringComparer.Ordinal))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .ToList();
    }

    [Fact]
    public void Given_values_are_declared_for_the_compiler_and_a_class_block_may_follow_statements()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "b.md"),
                "```csharp\npublic sealed class Store { public int Count(string id) => id.Length; }\n```\n"
                + "<!-- snippet: continues -->\n<!-- snippet: given Store store; IReadOnlyList<string> ids -->\n```csharp\nConsole.WriteLine(store.Count(ids[0]));\n```\n"
                + "<!-- snippet: not compiled: needs a framework -->\n```csharp\npublic sealed class Grain : Orleans.Grain { }\n```\n"
                + "<!-- snippet: not compiled: needs a framework -->\n```csharp\npublic sealed class Broken {\n```\n");

            var snippets = MarkdownSnippet.Read(folder.FullName, "b.md");

            Assert.Equal(["Store store", "IReadOnlyList<string> ids"], snippets[1].Given);
            Assert.Empty(SnippetCompiler.Compile([snippets[0], snippets[1]]));
            Assert.NotEmpty(SnippetCompiler.Compile([snippets[1]]));
            Assert.Empty(SnippetCompiler.Compile([snippets[2]]));
            Assert.Contains(SnippetCompiler.Compile([snippets[3]]), e => e.Contains("CS1513", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
