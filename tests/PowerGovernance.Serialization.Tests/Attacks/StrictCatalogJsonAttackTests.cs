using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5, for <see cref="CatalogJson"/>: <c>"DepartmentalRule, LocalRegulation"</c> became <c>LocalRegulation</c>,
/// numbers passed for enumeration members, a duplicate property silently won, a lone surrogate threw
/// <see cref="ArgumentException"/>, and a date with junk after a NUL parsed. Each is now a <see cref="JsonException"/>.
/// </summary>
public class StrictCatalogJsonAttackTests
{
    [Theory]
    [InlineData("\"DepartmentalRule, LocalRegulation\"")]
    [InlineData("\"DepartmentalRule,LocalRegulation\"")]
    [InlineData("\"departmentalRule\"")]
    [InlineData("\" DepartmentalRule\"")]
    [InlineData("\"2\"")]
    [InlineData("2")]
    [InlineData("0")]
    public void A_legal_basis_rank_is_one_exact_member_name(string rank)
    {
        var json = "{ \"code\": \"A\", \"legalBases\": [ { \"title\": \"《条例》\", \"article\": \"第一条\", \"rank\": " + rank + " } ] }";

        var error = Assert.Throws<JsonException>(() => CatalogJson.DeserializePower(json));

        Assert.Contains("$.legalBases[0].rank", error.Message, StringComparison.Ordinal);
        Assert.Contains("LegalBasisRank", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"OnApplication, ExOfficio\"")]
    [InlineData("\"onApplication\"")]
    [InlineData("1")]
    public void An_initiation_is_one_exact_member_name(string initiation) =>
        Assert.Throws<JsonException>(() => CatalogJson.DeserializePower("{ \"code\": \"A\", \"initiation\": " + initiation + " }"));

    [Theory]
    [InlineData("\"NoticeBoard, NoticeBoard\"")]
    [InlineData("\"NoticeBoard, None\"")]
    [InlineData("\"noticeBoard, Website\"")]
    [InlineData("\"NoticeBoard,  Website\"")]
    [InlineData("9")]
    public void Disclosure_forms_name_each_member_once_exactly(string forms) =>
        Assert.Throws<JsonException>(() => CatalogJson.DeserializePower("{ \"code\": \"A\", \"disclosure\": { \"scope\": null, \"forms\": " + forms + ", \"timing\": \"LongTerm\" } }"));

    [Fact]
    public void Exact_names_read_and_a_number_outside_the_enumeration_still_round_trips_for_the_catalog_rules_to_report()
    {
        var power = CatalogJson.DeserializePower("""
            { "code": "A", "initiation": "ExOfficio", "legalBases": [ { "title": "t", "article": null, "rank": 99 } ],
              "disclosure": { "scope": null, "forms": "NoticeBoard, Website", "timing": "LongTerm" } }
            """);

        Assert.Equal(Initiation.ExOfficio, power.Initiation);
        Assert.Equal((LegalBasisRank)99, Assert.Single(power.LegalBases!)!.Rank);
        Assert.Equal(DisclosureForms.NoticeBoard | DisclosureForms.Website, power.Disclosure!.Forms);
        Assert.Equal(DisclosureForms.None, CatalogJson.DeserializePower("""{ "code": "A", "disclosure": { "scope": null, "forms": "None", "timing": "LongTerm" } }""").Disclosure!.Forms);
    }

    [Theory]
    [InlineData("""{ "code": "A", "name": "甲", "name": "乙" }""", "name")]
    [InlineData("""{ "code": "A", "code": "B" }""", "code")]
    [InlineData("""{ "code": "A", "fee": { "isFree": true, "isFree": false } }""", "isFree")]
    [InlineData("""{ "code": "A", "category": { "typeCode": "XK", "typeCode": "CF" } }""", "typeCode")]
    [InlineData("""{ "code": "A", "confidentiality": { "isConfidential": true, "reason": "r", "basis": "b", "isConfidential": false } }""", "isConfidential")]
    public void A_property_given_twice_is_refused_naming_it(string json, string property)
    {
        var error = Assert.Throws<JsonException>(() => CatalogJson.DeserializePower(json));

        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_version_given_twice_is_refused()
    {
        var error = Assert.Throws<JsonException>(() => CatalogJson.Deserialize("""{ "version": 1, "powers": [], "version": 2 }"""));

        Assert.Contains("version", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_lone_surrogate_in_the_text_is_a_JsonException_with_its_line_not_an_ArgumentException()
    {
        var json = "{\n  \"code\": \"A\",\n  \"name\": \"最低" + '\uD800' + "\"\n}";

        var error = Record.Exception(() => CatalogJson.DeserializePower(json));

        var jsonError = Assert.IsType<JsonException>(error);
        Assert.Contains("line 3", jsonError.Message, StringComparison.Ordinal);
        Assert.Contains("U+D800", jsonError.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(Record.Exception(() => CatalogJson.Deserialize("{ \"version\": 1, \"powers\": [ { \"code\": \"" + '\uDC00' + "\" } ] }")));
    }

    [Fact]
    public void A_lone_surrogate_escaped_in_the_JSON_is_a_JsonException()
    {
        var error = Record.Exception(() => CatalogJson.DeserializePower("""{ "code": "A", "name": "\ud800" }"""));

        Assert.IsType<JsonException>(error);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_in_a_stream_are_a_JsonException_with_their_line_never_U_FFFD()
    {
        var text = "{\n  \"version\": 1,\n  \"powers\": [ { \"code\": \"A\", \"name\": \"最低生活保障\" } ]\n}";
        var bytes = Encoding.UTF8.GetBytes(text);
        var gbk = new byte[] { 0xD7, 0xEE }; // 最 in GBK: not valid UTF-8
        var at = IndexOf(bytes, Encoding.UTF8.GetBytes("最"));
        var mixed = bytes[..at].Concat(gbk).Concat(bytes[(at + 3)..]).ToArray();

        using var stream = new MemoryStream(mixed);
        var error = Record.Exception(() => CatalogJson.Deserialize(stream));

        var jsonError = Assert.IsType<JsonException>(error);
        Assert.Contains("line 3", jsonError.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", jsonError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_UTF_8_stream_with_a_byte_order_mark_still_reads()
    {
        using var written = new MemoryStream();
        CatalogJson.Serialize(SamplePowers.Catalog(), written);
        using var withBom = new MemoryStream([0xEF, 0xBB, 0xBF, .. written.ToArray()]);

        Assert.Equal(SamplePowers.Catalog().Powers, CatalogJson.Deserialize(withBom).Powers);
    }

    [Theory]
    [InlineData("\"2024-05-01\\u0000junk\"")]
    [InlineData("\"2024-05-01\\u0000\"")]
    public void A_host_date_with_junk_after_a_NUL_is_refused_by_the_catalog_options(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDate>(json, CatalogJson.CreateOptions()));

    [Fact]
    public void A_host_instant_with_junk_after_a_NUL_is_refused_and_a_clean_one_reads()
    {
        var options = CatalogJson.CreateOptions();

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Instant>("\"2024-05-01T00:00:00Z\\u0000junk\"", options));
        Assert.Equal(Instant.FromUtc(2024, 5, 1, 0, 0), JsonSerializer.Deserialize<Instant>("\"2024-05-01T00:00:00Z\"", options));
        Assert.Equal(new LocalDate(2024, 5, 1), JsonSerializer.Deserialize<LocalDate>("\"2024-05-01\"", options));
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
