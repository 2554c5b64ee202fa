using System;
using System.IO;
using System.Linq;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Tests.Procedures.Flowcharts;

/// <summary>
/// The exact flowcharts of the built-in procedures (as Stateless's MermaidGraphFixture), pinned in
/// <c>Golden/&lt;id&gt;.mmd</c> and <c>Golden/&lt;id&gt;.dot</c>. A mismatch writes <c>&lt;id&gt;.received.*</c> next to the test
/// binary's copy; review it and copy it over the golden file when the change is intended.
/// </summary>
public class FlowchartGoldenTests
{
    public static TheoryData<string> BuiltInIds() => new(FlowchartDefinitions.BuiltIn.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void ToMermaid_draws_the_built_in_procedure_exactly(string id) =>
        Golden.Verify(id + ".mmd", Flowchart.ToMermaid(FlowchartDefinitions.Get(id)));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void ToDot_draws_the_built_in_procedure_exactly(string id) =>
        Golden.Verify(id + ".dot", Flowchart.ToDot(FlowchartDefinitions.Get(id)));

    [Fact]
    public void Every_golden_file_belongs_to_a_built_in_procedure()
    {
        var expected = FlowchartDefinitions.BuiltIn.SelectMany(d => new[] { d.Id + ".mmd", d.Id + ".dot" }).Order(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(Golden.Directory)
            .Select(Path.GetFileName)
            .Where(name => !name!.Contains(".received.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, present);
    }
}
