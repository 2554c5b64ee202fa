using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PowerGovernance.Serialization.Tests.Storage;

/// <summary>
/// The store and the contract adapter of docs/storage.md are compiled and run here from Storage/CaseStore.cs and
/// Storage/CaseStoreContractAdapter.cs; these tests keep the files and the page's code blocks identical, so they never drift.
/// </summary>
public partial class StorageDocumentationTests
{
    [Theory]
    [InlineData("CaseStore.cs", "public sealed class CaseStore(")]
    [InlineData("CaseStoreContractAdapter.cs", "public sealed class CaseStoreContractAdapter(")]
    public void The_source_file_is_the_documentation_code_block(string file, string declaration)
    {
        var root = RepositoryRoot();
        var blocks = CSharpBlock().Matches(File.ReadAllText(Path.Combine(root, "docs", "storage.md")).ReplaceLineEndings("\n"))
            .Select(m => m.Groups["code"].Value)
            .Where(code => code.Contains(declaration, StringComparison.Ordinal))
            .ToList();
        var source = File.ReadAllText(Path.Combine(root, "tests", "PowerGovernance.Serialization.Tests", "Storage", file)).ReplaceLineEndings("\n");

        var block = Assert.Single(blocks);
        Assert.Equal(block, source);
    }

    [GeneratedRegex("^```csharp\\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PowerGovernance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PowerGovernance.sln not found above " + AppContext.BaseDirectory);
    }
}
