using System;
using System.Text.Json;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

/// <summary>A limit by the end of a quarter (按季度) travels through catalog JSON and CSV as its text, in either language.</summary>
public class QuarterLimitSerializationTests
{
    private static readonly Power Aid = new()
    {
        Code = PowerCode.Parse("62052400MZ-JF-0003"),
        Name = "大病救助审批",
        LegalTimeLimit = TimeLimit.EndOfQuarter(1),
        CommittedTimeLimit = TimeLimit.EndOfQuarter(),
    };

    [Fact]
    public void Catalog_JSON_writes_the_English_text_and_reads_it_back()
    {
        var json = CatalogJson.Serialize(Aid);

        Assert.Contains("\"end of quarter 1 later\"", json, StringComparison.Ordinal);
        var read = CatalogJson.DeserializePower(json);
        Assert.Equal(TimeLimit.EndOfQuarter(1), read.LegalTimeLimit);
        Assert.Equal(TimeLimit.EndOfQuarter(), read.CommittedTimeLimit);
    }

    [Fact]
    public void Catalog_JSON_reads_the_Chinese_text()
    {
        var read = CatalogJson.DeserializePower("""{ "code": "A", "legalTimeLimit": "下季度末", "committedTimeLimit": "本季度末" }""");

        Assert.Equal(TimeLimit.EndOfQuarter(1), read.LegalTimeLimit);
        Assert.Equal(TimeLimit.EndOfQuarter(), read.CommittedTimeLimit);
    }

    [Fact]
    public void A_malformed_quarter_text_is_refused_with_its_path()
    {
        var error = Assert.Throws<JsonException>(() => CatalogJson.Deserialize("""{ "version": 1, "powers": [ { "code": "A", "committedTimeLimit": "上季度末" } ] }"""));

        Assert.Equal("$.powers[0].committedTimeLimit", error.Path);
        Assert.Contains("\"上季度末\" is not a time limit", error.Message, StringComparison.Ordinal);
        Assert.Contains("end of quarter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CatalogCsvLanguage.Chinese)]
    [InlineData(CatalogCsvLanguage.English)]
    public void Catalog_CSV_round_trips_a_quarter_limit(CatalogCsvLanguage language)
    {
        var csv = CatalogCsv.Export(new PowerCatalog([Aid]), CatalogCsvOptions.Default with { Language = language });

        var read = CatalogCsv.Import(csv, CatalogCsvOptions.Default with { Language = language });

        Assert.Equal(TimeLimit.EndOfQuarter(1), read.Powers[0].LegalTimeLimit);
        Assert.Equal(TimeLimit.EndOfQuarter(), read.Powers[0].CommittedTimeLimit);
        Assert.Contains(language == CatalogCsvLanguage.Chinese ? "下1个季度末" : "end of quarter 1 later", csv, StringComparison.Ordinal);
    }
}
