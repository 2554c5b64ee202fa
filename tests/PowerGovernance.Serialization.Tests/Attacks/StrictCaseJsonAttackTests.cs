using System;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Serialization.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5, for <see cref="CaseJson"/>: a lone surrogate threw <see cref="ArgumentException"/>; dates with junk after
/// a NUL, enumeration combinations and numbers, and duplicate members must all be a <see cref="JsonException"/>, in the case
/// types and in a host's own types read with <see cref="CaseJson.CreateOptions"/>.
/// </summary>
public class StrictCaseJsonAttackTests
{
    private static readonly string Snapshot = CaseJson.Serialize(
        BuiltInFixture.Engine.Start("XK-001", BuiltInPowers.Licensing.Code, PowerGovernance.Procedures.BuiltIn.AdministrativeLicensing.Id, new Actor("张三", "窗口受理员"), BuiltInFixture.At(2024, 3, 4)).Snapshot!);

    [Fact]
    public void A_lone_surrogate_in_the_text_is_a_JsonException_with_its_position_not_an_ArgumentException()
    {
        var json = Snapshot.Replace("\"XK-001\"", "\"XK-" + '\uD800' + "\"", StringComparison.Ordinal);

        var error = Record.Exception(() => CaseJson.DeserializeSnapshot(json));

        var jsonError = Assert.IsType<JsonException>(error);
        Assert.Contains("U+D800", jsonError.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(Record.Exception(() => CaseJson.DeserializeEvents("[" + '\uDFFF' + "]")));
        Assert.IsType<JsonException>(Record.Exception(() => CaseJson.DeserializeEvent("{\"caseId\":\"" + '\uD83D' + "\"}")));
    }

    [Fact]
    public void A_lone_surrogate_escaped_in_the_JSON_is_a_JsonException()
    {
        var json = Snapshot.Replace("\"XK-001\"", "\"XK-\\udc00\"", StringComparison.Ordinal);

        Assert.IsType<JsonException>(Record.Exception(() => CaseJson.DeserializeSnapshot(json)));
    }

    [Theory]
    [InlineData("\"received\":\"2024-03-04\"", "\"received\":\"2024-03-04\\u0000junk\"", "received")]
    [InlineData("\"outcome\":null", "\"outcome\":\"Granted, Refused\"", "outcome")]
    [InlineData("\"caseId\":", "\"caseId\":\"XK-002\",\"caseId\":", "caseId")]
    public void A_tampered_snapshot_is_refused_naming_the_member(string original, string tampered, string member)
    {
        var at = Snapshot.IndexOf(original, StringComparison.Ordinal);
        Assert.True(at >= 0, original);
        var json = Snapshot[..at] + tampered + Snapshot[(at + original.Length)..];

        var error = Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot(json));

        Assert.Contains("\"" + member + "\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"outcome":"Granted, Refused","savedOn":"2024-03-04"}""")]
    [InlineData("""{"outcome":"granted","savedOn":"2024-03-04"}""")]
    [InlineData("""{"outcome":" Granted","savedOn":"2024-03-04"}""")]
    [InlineData("""{"outcome":1,"savedOn":"2024-03-04"}""")]
    [InlineData("""{"outcome":"Granted","savedOn":"2024-03-04\u0000junk"}""")]
    [InlineData("""{"outcome":"Granted","outcome":"Refused","savedOn":"2024-03-04"}""")]
    public void A_hosts_own_record_read_with_the_case_options_is_as_strict(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HostRecord>(json, CaseJson.CreateOptions()));

    [Fact]
    public void A_hosts_own_record_with_exact_names_and_a_clean_date_reads()
    {
        var read = JsonSerializer.Deserialize<HostRecord>("""{"outcome":"Granted","savedOn":"2024-03-04"}""", CaseJson.CreateOptions());

        Assert.Equal(new HostRecord(CaseOutcome.Granted, new LocalDate(2024, 3, 4)), read);
    }

    public sealed record HostRecord(CaseOutcome Outcome, LocalDate SavedOn);
}
