using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PowerGovernance.Tests.Documentation;

/// <summary>
/// Compiles documentation snippets with Roslyn against the assemblies the test runs with (our libraries, NodaTime,
/// FsCheck, xunit, Microsoft.Extensions.DependencyInjection and the .NET runtime), as a user's project would.
/// </summary>
/// <remarks>
/// A chain of blocks (a block and the blocks it continues) is compiled as one console application with nullable
/// reference types enabled and the implicit usings of <c>dotnet new console</c> (System, System.IO, System.Linq,
/// System.Collections.Generic, System.Net.Http, System.Threading, System.Threading.Tasks); everything else a block
/// uses it imports itself. The blocks with top-level statements form one file, in order, with the
/// <c>given</c> values declared in front of the block that names them; a block of declarations only (a class) is a
/// file of its own. <c>using</c> directives may stand anywhere in a block; they are moved to the top of its file.
/// Errors fail a chain, and so do warnings, other than those about values a fragment declares and does not use
/// and the assembly-unification notes the .NET SDK silences too (CS1701, CS1702).
/// </remarks>
internal static partial class SnippetCompiler
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly ImmutableHashSet<string> Allowed = ["CS0168", "CS0219", "CS8321", "CS1998", "CS8933", "CS1701", "CS1702", "CS0105"];

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static readonly Lazy<List<MetadataReference>> References = new(LoadReferences);

    /// <summary>Compiles one piece of code whose line <c>i</c> is Markdown line <c>firstLine + i</c>.</summary>
    internal static IReadOnlyList<string> Compile(string code, int firstLine) =>
        Compile([new MarkdownSnippet("test.md", firstLine, code, false, [], null)]);

    /// <summary>
    /// The diagnostics that fail a chain of blocks, each as "line N: id message" with N the line in the Markdown file;
    /// for a <c>not compiled</c> block, only its syntax errors.
    /// </summary>
    internal static IReadOnlyList<string> Compile(IReadOnlyList<MarkdownSnippet> chain)
    {
        var last = chain[^1];
        if (last.NotCompiled is not null)
        {
            var tree = CSharpSyntaxTree.ParseText(last.Code, Parse);
            return tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => Describe(d, last.Line + d.Location.GetLineSpan().StartLinePosition.Line)).ToList();
        }

        var program = new List<(string Text, int Line)>();
        var files = new List<List<(string Text, int Line)>>();
        foreach (var block in chain)
        {
            var lines = Lines(block);
            var hasStatements = CSharpSyntaxTree.ParseText(block.Code, Parse).GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any();
            if (hasStatements || block.Given.Count > 0)
            {
                program.AddRange(block.Given.Select(g => (g + " = default!;", block.Line)));
                program.AddRange(lines);
            }
            else
            {
                files.Add(lines);
            }
        }

        if (program.Count > 0)
        {
            // The program also sees the usings of the declaration blocks it continues (their types, its given values).
            var programUsings = program.Where(l => UsingDirective().IsMatch(l.Text)).Select(l => l.Text.Trim()).ToHashSet();
            var borrowed = files.SelectMany(f => f).Where(l => UsingDirective().IsMatch(l.Text) && programUsings.Add(l.Text.Trim()));
            files.Insert(0, [.. borrowed, .. program]);
        }

        var trees = new List<(SyntaxTree Tree, List<int> Lines)>();
        foreach (var file in files)
        {
            var ordered = file.Where(l => UsingDirective().IsMatch(l.Text)).Concat(file.Where(l => !UsingDirective().IsMatch(l.Text))).ToList();
            var tree = CSharpSyntaxTree.ParseText(string.Join('\n', ordered.Select(l => l.Text)), Parse, path: "Snippet" + trees.Count + ".cs");
            trees.Add((tree, ordered.Select(l => l.Line).ToList()));
        }

        var isProgram = program.Count > 0;
        var options = new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var implicitUsings = CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, path: "ImplicitUsings.cs");
        var compilation = CSharpCompilation.Create("Snippet", [implicitUsings, .. trees.Select(t => t.Tree)], References.Value, options);
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && !Allowed.Contains(d.Id)))
            .Select(d =>
            {
                var source = trees.FirstOrDefault(t => t.Tree == d.Location.SourceTree);
                var line = source.Lines is { } map ? map[Math.Min(d.Location.GetLineSpan().StartLinePosition.Line, map.Count - 1)] : 0;
                return Describe(d, line);
            })
            .ToList();
    }

    private static List<(string Text, int Line)> Lines(MarkdownSnippet block)
    {
        var lines = block.Code.Split('\n');
        var count = block.Code.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        return lines.Take(count).Select((text, i) => (text, block.Line + i)).ToList();
    }

    private static string Describe(Diagnostic d, int line) =>
        $"line {line}: {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}";

    private static List<MetadataReference> LoadReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        return trusted.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManagedAssembly)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$")]
    private static partial Regex UsingDirective();
}
