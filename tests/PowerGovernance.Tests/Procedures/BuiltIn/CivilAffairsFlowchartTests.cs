using System;
using System.IO;
using PowerGovernance.Procedures;
using PowerGovernance.Procedures.Flowcharts;

namespace PowerGovernance.Tests.Procedures.BuiltIn;

/// <summary>
/// The exact flowcharts of the civil-affairs built-ins, pinned in <c>Procedures/BuiltIn/CivilAffairsGolden/&lt;id&gt;.mmd</c>
/// and <c>.dot</c> (read from the source tree; a mismatch writes <c>&lt;id&gt;.received.*</c> to the test output). Once the
/// procedures join <see cref="PowerGovernance.Procedures.BuiltIn.BuiltInProcedures.All"/>, these files move to
/// <c>Procedures/Flowcharts/Golden/</c> and <see cref="Flowcharts.FlowchartGoldenTests"/> checks them instead.
/// </summary>
public class CivilAffairsFlowchartTests
{
    public static TheoryData<string> Ids() => new(CivilAffairsFixture.FiveGuarantee.Id, CivilAffairsFixture.Relief.Id, CivilAffairsFixture.LettersAndVisits.Id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void ToMermaid_draws_the_civil_affairs_procedure_exactly(string id) =>
        Verify(id + ".mmd", Flowchart.ToMermaid(Get(id)));

    [Theory]
    [MemberData(nameof(Ids))]
    public void ToDot_draws_the_civil_affairs_procedure_exactly(string id) =>
        Verify(id + ".dot", Flowchart.ToDot(Get(id)));

    private static ProcedureDefinition Get(string id) => System.Linq.Enumerable.Single(CivilAffairsFixture.Definitions, d => d.Id == id);

    private static void Verify(string fileName, string actual)
    {
        var path = Path.Combine(GoldenDirectory(), fileName);
        var expected = File.Exists(path) ? File.ReadAllText(path) : null;
        var received = Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"The golden file {path} does not exist; the actual text is in {received}."
            : $"The flowchart differs from {path}; the actual text is in {received}.");
    }

    private static string GoldenDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PowerGovernance.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Procedures", "BuiltIn", "CivilAffairsGolden");
            }
        }

        throw new DirectoryNotFoundException("The test project's source folder was not found above " + AppContext.BaseDirectory);
    }
}
