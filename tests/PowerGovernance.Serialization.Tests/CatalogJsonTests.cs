using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests;

public class CatalogJsonTests
{
    [Fact]
    public void A_catalog_round_trips_with_its_version_and_powers_in_order()
    {
        var catalog = SamplePowers.Catalog(version: 7);

        var read = CatalogJson.Deserialize(CatalogJson.Serialize(catalog));

        Assert.Equal(7, read.Version);
        Assert.Equal(catalog.Powers, read.Powers);
        Assert.Empty(read.Powers[1].DifferingMembers(SamplePowers.RoadOccupationPenalty));
    }

    [Fact]
    public void A_catalog_round_trips_through_a_stream()
    {
        using var stream = new MemoryStream();
        CatalogJson.Serialize(SamplePowers.Catalog(), stream);
        stream.Position = 0;

        var read = CatalogJson.Deserialize(stream);

        Assert.Equal(SamplePowers.Catalog().Powers, read.Powers);
        Assert.True(stream.CanRead, "the stream is left open");
    }

    [Fact]
    public void A_power_is_written_with_stable_camelCase_names_readable_Chinese_and_string_enums()
    {
        var json = CatalogJson.Serialize(SamplePowers.RoadOccupationPenalty);

        var expected = """
            {
              "code": "62052100CJ-CF-0012",
              "name": "对擅自占用城市道路的处罚",
              "category": {
                "typeCode": "CF",
                "chineseName": "行政处罚",
                "englishName": "Administrative penalty"
              },
              "legalBases": [
                {
                  "title": "《城市道路管理条例》",
                  "article": "第四十二条",
                  "rank": "AdministrativeRegulation"
                }
              ],
              "implementingBody": "某县城市建设监察大队",
              "undertakingUnit": "法制室",
              "undertakingPost": "执法岗",
              "responsiblePerson": "李四",
              "initiation": "ExOfficio",
              "conditions": null,
              "legalTimeLimit": "90 natural days",
              "committedTimeLimit": "60 natural days",
              "fee": {
                "isFree": false,
                "amount": 200.50,
                "basis": "《城市道路管理条例》第四十二条",
                "standard": "每平方米每日, \u0022按占用面积\u0022计"
              },
              "disclosure": {
                "scope": "社会公开",
                "forms": "Handbook, Website",
                "timing": "Immediate"
              },
              "confidentiality": {
                "isConfidential": true,
                "reason": "涉及举报人信息\n及执法部署",
                "basis": "《中华人民共和国保守国家秘密法》第九条"
              },
              "supervisingBody": "县住建局纪检组",
              "complaintChannel": "12345",
              "mainItem": null,
              "exercisingLevels": "None",
              "serviceObjects": "None",
              "forwardedForReview": false,
              "implementingBodyCreditCode": null,
              "implementingBodyArea": null,
              "stages": []
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Well_known_categories_read_back_as_the_same_instance()
    {
        var read = CatalogJson.DeserializePower(CatalogJson.Serialize(SamplePowers.MinimumLivingAllowance));

        Assert.Same(PowerCategory.Benefit, read.Category);
    }

    [Fact]
    public void A_category_may_be_written_as_a_type_code_or_a_Chinese_name()
    {
        Assert.Same(PowerCategory.Licensing, CatalogJson.DeserializePower("""{ "code": "A", "category": "XK" }""").Category);
        Assert.Same(PowerCategory.Penalty, CatalogJson.DeserializePower("""{ "code": "A", "category": "行政处罚" }""").Category);
    }

    [Fact]
    public void A_host_category_round_trips_and_resolves_to_the_hosts_instance_when_registered()
    {
        var special = new PowerCategory("ZX", "专项审批", "Special approval");
        var power = SamplePowers.MinimumLivingAllowance with { Category = special };

        var unregistered = CatalogJson.DeserializePower(CatalogJson.Serialize(power));
        var registered = CatalogJson.DeserializePower(CatalogJson.Serialize(power), CatalogJson.CreateOptions([special]));

        Assert.Equal(power, unregistered);
        Assert.Equal("专项审批", unregistered.Category!.ChineseName);
        Assert.Equal("Special approval", unregistered.Category.EnglishName);
        Assert.Same(special, registered.Category);
    }

    [Fact]
    public void Nulls_and_values_outside_the_enumerations_round_trip()
    {
        var odd = new Power
        {
            Code = new PowerCode("X"),
            LegalBases = [null!, new LegalBasis(null!, " ", (LegalBasisRank)99)],
            Initiation = (Initiation)42,
            Fee = null,
            Disclosure = new Disclosure(null, (DisclosureForms)1025, (DisclosureTiming)77),
            Confidentiality = null,
            LegalTimeLimit = TimeLimit.WorkingDays(TimeLimit.MaxDays),
        };

        var read = CatalogJson.DeserializePower(CatalogJson.Serialize(odd));

        Assert.Empty(read.DifferingMembers(odd));
        Assert.Null(read.Fee);
    }

    [Fact]
    public void Time_limits_may_be_written_in_Chinese()
    {
        var read = CatalogJson.DeserializePower("""{ "code": "A", "legalTimeLimit": "20个工作日", "committedTimeLimit": "90天" }""");

        Assert.Equal(TimeLimit.WorkingDays(20), read.LegalTimeLimit);
        Assert.Equal(TimeLimit.NaturalDays(90), read.CommittedTimeLimit);
    }

    [Fact]
    public void A_bad_time_limit_is_reported_with_its_JSON_path_and_line()
    {
        var json = """
            {
              "version": 1,
              "powers": [
                { "code": "A" },
                { "code": "B", "committedTimeLimit": "20 weeks" }
              ]
            }
            """;

        var error = Assert.Throws<JsonException>(() => CatalogJson.Deserialize(json));

        Assert.Equal("$.powers[1].committedTimeLimit", error.Path);
        Assert.StartsWith("Cannot read the catalog at $.powers[1].committedTimeLimit (line 5, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"20 weeks\" is not a time limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A", "nmae": "x" } ] }""", "$.powers[0].nmae", "nmae")]
    [InlineData("""{ "version": 1, "powers": [ { "name": "x" } ] }""", "$.powers[0]", "code")]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A", "initiation": "Sometimes" } ] }""", "$.powers[0].initiation", "Initiation")]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A", "category": "ZZ" } ] }""", "$.powers[0].category", "\"ZZ\" is not a known category")]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A", "category": { "typeCode": "ZZ" } } ] }""", "$.powers[0].category", "chineseName")]
    [InlineData("""{ "version": 1, "powers": [ { "code": 12 } ] }""", "$.powers[0].code", "must be a string")]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A" }, null ] }""", "$.powers[1]", "null")]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A" }, { "code": "A" } ] }""", "$.powers[1].code", "already listed at $.powers[0]")]
    [InlineData("""{ "powers": [] }""", "$", "version")]
    [InlineData("""{ "version": 1, "powers": null }""", "$.powers", "null")]
    [InlineData("""null""", "$", "null")]
    [InlineData("""{ "version": 1, "powers": [ { "code": "A", "fee": { "isFree": "no" } } ] }""", "$.powers[0].fee.isFree", "could not be converted")]
    public void Errors_name_the_JSON_path(string json, string path, string fragment)
    {
        var error = Assert.Throws<JsonException>(() => CatalogJson.Deserialize(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(" at " + path, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(fragment, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Options_without_the_catalog_converters_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CatalogJson.Serialize(SamplePowers.Catalog(), new JsonSerializerOptions()));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Hosts_can_embed_a_catalog_and_NodaTime_values_in_their_own_documents()
    {
        var options = CatalogJson.CreateOptions();
        var document = new PublishedCatalog(Instant.FromUtc(2024, 10, 23, 8, 30), new LocalDate(2024, 11, 1), SamplePowers.Catalog(3));

        var json = JsonSerializer.Serialize(document, options);
        var read = JsonSerializer.Deserialize<PublishedCatalog>(json, options)!;

        Assert.Contains("\"publishedAt\": \"2024-10-23T08:30:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"effectiveFrom\": \"2024-11-01\"", json, StringComparison.Ordinal);
        Assert.Equal(document.PublishedAt, read.PublishedAt);
        Assert.Equal(document.EffectiveFrom, read.EffectiveFrom);
        Assert.Equal(3, read.Catalog.Version);
        Assert.Equal(document.Catalog.Powers, read.Catalog.Powers);
    }

    [Fact]
    public void The_catalog_JSON_is_UTF8_without_escaped_Chinese()
    {
        using var stream = new MemoryStream();
        CatalogJson.Serialize(SamplePowers.Catalog(), stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("最低生活保障审批", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u6700", text, StringComparison.Ordinal);
        Assert.StartsWith("{", text, StringComparison.Ordinal);
        Assert.Equal(2, CatalogJson.Deserialize(text).Count);
    }

    [Fact]
    public void Null_arguments_are_refused_and_an_empty_catalog_round_trips()
    {
        Assert.Throws<ArgumentNullException>(() => CatalogJson.Serialize((PowerCatalog)null!));
        Assert.Throws<ArgumentNullException>(() => CatalogJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => CatalogJson.DeserializePower(null!));
        Assert.Throws<ArgumentNullException>(() => CatalogJson.CreateOptions(null!));
        Assert.Equal(0, CatalogJson.Deserialize(CatalogJson.Serialize(PowerCatalog.Empty)).Powers.Count(p => p is not null));
    }

    private sealed record PublishedCatalog(Instant PublishedAt, LocalDate EffectiveFrom, PowerCatalog Catalog);
}
