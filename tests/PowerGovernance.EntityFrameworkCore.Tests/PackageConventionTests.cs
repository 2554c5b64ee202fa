using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PowerGovernance.EntityFrameworkCore.Tests;

/// <summary>
/// The package's own conventions, as the kernel's tests check them for the other packages: no static state that can change,
/// every public member documented, and the docs cite the law or the rule itself, never internal documents.
/// </summary>
public partial class PackageConventionTests
{
    private static readonly Assembly Package = typeof(EntityFrameworkCaseStore).Assembly;

    [Fact]
    public void The_package_has_no_static_field_that_can_change()
    {
        var mutable = Package.GetTypes()
            .Where(t => !t.IsEnum && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.Name.Contains('<', StringComparison.Ordinal))
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .ToArray();

        Assert.Empty(mutable);
    }

    [Fact]
    public void Every_public_type_is_documented_and_no_doc_cites_an_internal_document()
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PowerGovernance.EntityFrameworkCore.xml"));
        var undocumented = Package.GetExportedTypes().Where(t => !xml.Contains("\"T:" + t.FullName + "\"", StringComparison.Ordinal)).Select(t => t.FullName).ToArray();

        Assert.Empty(undocumented);
        Assert.Empty(InternalDocument().Matches(xml).Select(m => m.Value));
        Assert.Contains("办件存储", xml, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"篇[0-9一二三四五六七八九]|\bDOMAIN\b|\bLAW\.md\b|\bseeds/|\bSTYLE\.md\b|\bARCHITECTURE\.md\b|\bTECH\.md\b")]
    private static partial Regex InternalDocument();
}
