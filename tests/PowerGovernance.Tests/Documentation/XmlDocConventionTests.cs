using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PowerGovernance.Tests.Documentation;

/// <summary>
/// The XML documentation our packages ship (the <c>.xml</c> files the compiler writes beside each assembly) cites the
/// law or the rule itself, never a document users do not have, and makes no timing claims (those belong in the
/// benchmark results).
/// </summary>
public partial class XmlDocConventionTests
{
    /// <summary>The assemblies whose documentation is checked: every library the test project references.</summary>
    private static readonly string[] Assemblies =
    [
        "PowerGovernance",
        "PowerGovernance.Calendars.China",
        "PowerGovernance.Serialization",
        "PowerGovernance.Cryptography.Sm",
        "PowerGovernance.Testing",
    ];

    [Fact]
    public void No_member_is_documented_by_reference_to_an_internal_document_or_with_a_timing()
    {
        var offenders = new List<string>();
        foreach (var assembly in Assemblies)
        {
            var path = Path.Combine(AppContext.BaseDirectory, assembly + ".xml");
            Assert.True(File.Exists(path), "The documentation file " + path + " is missing; GenerateDocumentationFile must stay on.");
            var members = XDocument.Load(path).Descendants("member").ToList();
            Assert.NotEmpty(members);
            foreach (var member in members)
            {
                var text = Normalize(member.Value);
                offenders.AddRange(Offences(text).Select(o => $"{assembly}: {member.Attribute("name")?.Value}: {o}"));
            }
        }

        Assert.True(offenders.Count == 0, offenders.Count + " documented member(s) cite an internal document or a timing:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Theory]
    [InlineData("The tier allows its sanctions (篇4 行政问责制 3).", "篇4")]
    [InlineData("A supervision point (监督点, DOMAIN §2 element 5).", "DOMAIN")]
    [InlineData("Natural days (LAW.md counting).", "LAW.md")]
    [InlineData("See seeds/000.txt.", "seeds/")]
    [InlineData("As STYLE.md says.", "STYLE.md")]
    [InlineData("See ARCHITECTURE.md.", "ARCHITECTURE.md")]
    [InlineData("See TECH.md.", "TECH.md")]
    [InlineData("A direct call costs ≈ 8 ns.", "8 ns")]
    [InlineData("Costs 1.396 µs per call.", "1.396 µs")]
    [InlineData("Costs 0.7–1.1 us per transition.", "1.1 us")]
    public void The_check_finds_internal_references_and_timings(string doc, string expected)
    {
        Assert.Contains(Offences(doc), o => o.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The pure domain kernel: no database, no web.")]
    [InlineData("Within 5 working days (Administrative Licensing Law Art. 32(4)).")]
    [InlineData("The township's accountability rules (行政问责制) allow these sanctions.")]
    [InlineData("Every call is O(1) and allocation-free; it runs 3 times.")]
    public void The_check_lets_ordinary_documentation_pass(string doc)
    {
        Assert.Empty(Offences(doc));
    }

    private static IEnumerable<string> Offences(string doc) =>
        InternalDocument().Matches(doc).Select(m => "cites \"" + m.Value + "\"")
            .Concat(Timing().Matches(doc).Select(m => "states the timing \"" + m.Value + "\""));

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex(@"篇[0-9一二三四五六七八九]|\bDOMAIN\b|\bLAW\.md\b|\bseeds/|\bSTYLE\.md\b|\bARCHITECTURE\.md\b|\bTECH\.md\b")]
    private static partial Regex InternalDocument();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s?(?:ns|µs|μs|us)\b")]
    private static partial Regex Timing();
}
