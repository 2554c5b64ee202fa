using System;
using System.Linq;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 6: with <see cref="CatalogCsvOptions.IgnoreUnknownColumns"/>, a misspelt 是否涉密 column (是否保密)
/// was dropped and the confidential power imported as public, to be published. The confidentiality column is now
/// required, and a header one typing mistake away from a column is reported as such, ignored columns or not.
/// </summary>
public class CatalogCsvConfidentialityAttackTests
{
    private static readonly CatalogCsvOptions Ignoring = CatalogCsvOptions.Default with { IgnoreUnknownColumns = true };

    /// <summary>A confidential power: 是否涉密 = 是 with a reason and a basis.</summary>
    private static string ConfidentialFile(string confidentialHeader) =>
        AttackCsv.Header.Replace("是否涉密", confidentialHeader, StringComparison.Ordinal) + "\n"
        + AttackCsv.Row.Replace(",长期公开,否,,,", ",长期公开,是,涉及国家秘密,《中华人民共和国保守国家秘密法》第九条,", StringComparison.Ordinal) + "\n";

    [Fact]
    public void The_correct_header_reads_the_power_as_confidential()
    {
        var power = Assert.Single(CatalogCsv.Import(ConfidentialFile("是否涉密"), Ignoring));

        Assert.True(power.Confidentiality!.IsConfidential);
    }

    [Theory]
    [InlineData("是否保密")] // one character changed
    [InlineData("是否涉秘")] // a homophone
    [InlineData("涉密是否")] // the same characters in another order
    [InlineData("是否涉密密")] // one character added
    [InlineData("Confidentail")] // two letters swapped
    public void A_misspelt_confidentiality_header_is_refused_even_when_unknown_columns_are_ignored(string misspelt)
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(ConfidentialFile(misspelt), Ignoring));

        var misspelling = Assert.Single(error.Findings, f => f.Code == "MisspelledColumn");
        Assert.Equal("row 1, column 20 (" + misspelt + ")", misspelling.Path);
        Assert.Contains("misspelling", misspelling.Message, StringComparison.Ordinal);
        Assert.Contains("是否涉密", misspelling.ChineseMessage, StringComparison.Ordinal);
        var missing = Assert.Single(error.Findings, f => f.Code == CatalogImportRuleCodes.MissingColumn);
        Assert.Equal("row 1 (是否涉密)", missing.Path);
    }

    [Fact]
    public void A_misspelt_header_is_reported_as_a_misspelling_rather_than_an_unknown_column()
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(ConfidentialFile("是否保密")));

        Assert.Contains(error.Findings, f => f.Code == "MisspelledColumn");
        Assert.DoesNotContain(error.Findings, f => f.Code == CatalogImportRuleCodes.UnknownColumn);
    }

    [Fact]
    public void A_catalog_without_the_confidentiality_column_is_refused_never_read_as_public()
    {
        var columns = AttackCsv.Header.Split(',');
        var cells = AttackCsv.Row.Split(',');
        var keep = Enumerable.Range(0, columns.Length).Where(i => columns[i] is not ("是否涉密" or "不公开理由" or "保密依据")).ToArray();
        var csv = string.Join(",", keep.Select(i => columns[i])) + "\n" + string.Join(",", keep.Select(i => cells[i])) + "\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv, Ignoring));

        var missing = Assert.Single(error.Findings);
        Assert.Equal(CatalogImportRuleCodes.MissingColumn, missing.Code);
        Assert.Equal("row 1 (是否涉密)", missing.Path);
        Assert.Contains("是否涉密/Confidential", missing.Message, StringComparison.Ordinal);
        Assert.Contains("是否涉密", missing.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_table_marks_the_confidentiality_column_required()
    {
        Assert.True(Assert.Single(CatalogCsv.Columns, c => c.EnglishHeader == "Confidential").IsRequired);
    }

    [Fact]
    public void Unrelated_host_columns_are_still_ignored_when_asked()
    {
        var csv = AttackCsv.Header + ",备注,内部编号\n" + AttackCsv.Row + ",无,17\n";

        var power = Assert.Single(CatalogCsv.Import(csv, Ignoring));

        Assert.Same(Confidentiality.Public, power.Confidentiality);
    }
}
