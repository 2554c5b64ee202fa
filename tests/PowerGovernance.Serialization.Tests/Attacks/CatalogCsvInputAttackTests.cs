using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 6: the catalog files real offices produce — semicolon or tab separated, Excel's <c>sep=;</c> line,
/// GBK, a JSON file passed as CSV, a missing code column — crashed the import with IndexOutOfRangeException. Each is
/// now read, or refused with a located <see cref="CatalogImportException"/>, never another exception.
/// </summary>
public class CatalogCsvInputAttackTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void A_file_separated_by_another_character_is_detected_and_read(char separator)
    {
        var csv = AttackCsv.TwoRows.Replace(',', separator);

        var catalog = CatalogCsv.Import(csv);

        Assert.Equal(2, catalog.Count);
        Assert.Empty(catalog.Powers[0].DifferingMembers(SamplePowers.MinimumLivingAllowance));
    }

    [Fact]
    public void Excels_sep_line_names_the_separator_and_is_skipped()
    {
        var csv = "sep=;\r\n" + AttackCsv.TwoRows.Replace(',', ';');

        var catalog = CatalogCsv.Import(csv);

        Assert.Equal(2, catalog.Count);
        Assert.Empty(catalog.Powers[1].DifferingMembers(SamplePowers.MinimumLivingAllowance with { Code = new PowerCode("62052400MZ-JF-0002") }));
    }

    [Fact]
    public void With_a_separator_set_a_sep_line_naming_it_is_skipped_and_rows_keep_their_spreadsheet_numbers()
    {
        var csv = "sep=;\r\n" + AttackCsv.Header.Replace(',', ';') + "\r\n" + AttackCsv.Row.Replace(',', ';') + "\r\n" + AttackCsv.Row.Replace(',', ';') + "\r\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv, CatalogCsvOptions.Default with { Separator = ';' }));

        // The duplicate is the second data row: row 3 as Excel shows the file (it hides the sep= line), line 4 of the file.
        var duplicate = Assert.Single(error.Findings);
        Assert.Equal("DuplicateCode", duplicate.Code);
        Assert.StartsWith("row 3, column 1", duplicate.Path, StringComparison.Ordinal);
        Assert.Equal(4, duplicate.Line);
    }

    [Fact]
    public void With_a_separator_set_a_sep_line_naming_another_is_refused()
    {
        var csv = "sep=;\r\n" + AttackCsv.TwoRows.Replace(',', ';');

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv, CatalogCsvOptions.Default with { Separator = ',' }));

        var finding = Assert.Single(error.Findings);
        Assert.Equal("SeparatorMismatch", finding.Code);
        Assert.Contains("';'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("分隔符", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_GBK_file_from_Excel_on_Chinese_Windows_is_detected_and_read()
    {
        using var stream = new MemoryStream(Gb18030.GetBytes(AttackCsv.TwoRows));

        var catalog = CatalogCsv.Import(stream);

        Assert.Equal(2, catalog.Count);
        Assert.Empty(catalog.Powers[0].DifferingMembers(SamplePowers.MinimumLivingAllowance));
    }

    [Fact]
    public void A_GBK_file_decoded_as_UTF8_by_the_caller_is_refused_with_a_hint()
    {
        var garbled = Encoding.UTF8.GetString(Gb18030.GetBytes(AttackCsv.TwoRows));

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(garbled));

        var finding = Assert.Single(error.Findings);
        Assert.Equal("InvalidEncoding", finding.Code);
        Assert.Contains("CSV UTF-8", finding.Message, StringComparison.Ordinal);
        Assert.Contains("编码", finding.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_GB18030_are_refused_with_their_line()
    {
        var bytes = AttackCsv.Utf8(AttackCsv.Header + "\n").Concat(new byte[] { 0x80, 0xFF, 0x80, 0x0A }).ToArray();

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(new MemoryStream(bytes)));

        var finding = Assert.Single(error.Findings);
        Assert.Equal("InvalidEncoding", finding.Code);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void An_undecodable_byte_past_the_start_of_a_UTF8_file_is_reported_at_its_cell_not_replaced()
    {
        var rows = Enumerable.Range(1, 400).Select(AttackCsv.RowNumbered).ToList();
        var text = AttackCsv.Header + "\n" + string.Join("\n", rows) + "\n";
        var start = AttackCsv.Utf8(text);
        var badRow = AttackCsv.Utf8(AttackCsv.RowNumbered(401).Replace("最低生活保障审批", "最低\uFFFF", StringComparison.Ordinal) + "\n");
        var at = Array.IndexOf(badRow, (byte)0xEF); // U+FFFF is EF BF BF; make it an invalid sequence
        badRow[at] = 0xFF;
        Assert.True(start.Length > 64 * 1024);

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(new MemoryStream([.. start, .. badRow])));

        var finding = Assert.Single(error.Findings);
        Assert.Equal("InvalidEncoding", finding.Code);
        Assert.Equal("row 402, column 2 (项目名称)", finding.Path);
        Assert.Equal(402, finding.Line);
    }

    [Fact]
    public void A_JSON_catalog_passed_as_CSV_is_refused_as_JSON()
    {
        var json = CatalogJson.Serialize(SamplePowers.Catalog());

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(json));

        var finding = Assert.Single(error.Findings);
        Assert.Equal("NotCsv", finding.Code);
        Assert.Contains("CatalogJson", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void A_file_without_a_code_column_is_refused_for_that_column_alone()
    {
        var header = AttackCsv.Header.Replace("权力编码,", string.Empty, StringComparison.Ordinal);
        var row = AttackCsv.Row[(AttackCsv.Row.IndexOf(',', StringComparison.Ordinal) + 1)..];
        var csv = header + "\n" + row + "\n" + row + "\n" + row + "\n";

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(CatalogImportRuleCodes.MissingColumn, finding.Code);
        Assert.Equal("row 1 (权力编码)", finding.Path);
    }

    [Fact]
    public void A_header_in_one_cell_hints_at_the_separator_when_one_is_set()
    {
        var csv = AttackCsv.TwoRows.Replace(',', ';');

        var error = Assert.Throws<CatalogImportException>(() => CatalogCsv.Import(csv, CatalogCsvOptions.Default with { Separator = ',' }));

        var unknown = Assert.Single(error.Findings, f => f.Code == CatalogImportRuleCodes.UnknownColumn);
        Assert.Contains("separator is probably ';'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(error.Findings, f => f.Code == CatalogImportRuleCodes.MissingColumn);
        Assert.All(error.Findings, f => Assert.Equal(1, f.Line));
    }

    /// <summary>Text made of the pieces of real and broken catalog files, in any order.</summary>
    private static Arbitrary<string> CsvLikeText()
    {
        string[] pieces =
        [
            ",", ";", "\t", "|", "\"", "\"\"", "\r\n", "\n", "\r", "sep=;", "sep=", "{", "[", "'", "'=", "=HYPERLINK(\"x\")", "\uFFFD", "\0", "\uD800", "\uFEFF", " ",
            "权力编码", "项目名称", "权力类别", "法律依据", "启动方式", "是否涉密", "是否保密", "Code", "Name", "依申请", "是", "否", "20个工作日", "《法》第一条（法律）", "行政许可", "X-XK-0001", "x",
            AttackCsv.Header, AttackCsv.Row,
        ];
        var gen = Gen.Elements(pieces).ListOf().Select(list => string.Concat(list));
        return Arb.From(gen);
    }

    [Property(MaxTest = 300)]
    public Property Any_text_gives_a_catalog_or_a_CatalogImportException() =>
        Prop.ForAll(CsvLikeText(), text =>
        {
            try
            {
                CatalogCsv.Import(text);
                return true.Label("imported");
            }
            catch (CatalogImportException e)
            {
                return (e.Findings.Count > 0 && e.Message.Length < 64 * 1024).Label("refused");
            }
        });

    [Property(MaxTest = 200)]
    public Property Any_bytes_give_a_catalog_or_a_CatalogImportException() =>
        Prop.ForAll(CsvLikeText(), ArbMap.Default.ArbFor<byte[]>(), (text, noise) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text).Concat(noise).ToArray();
            try
            {
                CatalogCsv.Import(new MemoryStream(bytes));
                return true.Label("imported");
            }
            catch (CatalogImportException e)
            {
                return (e.Findings.Count > 0).Label("refused");
            }
        });
}
