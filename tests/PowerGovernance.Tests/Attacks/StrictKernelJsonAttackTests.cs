using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;
using PowerGovernance.Tests.Procedures;

namespace PowerGovernance.Tests.Attacks;

/// <summary>
/// Issue 14, finding 5 (JSON), for the case types' own converters (used by a plain <c>JsonSerializer</c> call): dates with
/// anything after a NUL, enumeration values that are not exact names, duplicate members and lone surrogates are all
/// a <see cref="JsonException"/> naming the member.
/// </summary>
public class StrictKernelJsonAttackTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);

    private static readonly string Snapshot = JsonSerializer.Serialize(
        Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", new Actor("张三", SampleProcedures.Clerk), Instant.FromUtc(2024, 9, 27, 2, 0)).Snapshot!);

    [Theory]
    [InlineData("\"received\":\"2024-09-27\"", "\"received\":\"2024-09-27\\u0000junk\"", "received")]
    [InlineData("\"start\":\"2024-09-27\"", "\"start\":\"2024-09-27\\u0000\"", "committedClock.start")]
    [InlineData("\"lastEventAt\":\"2024-09-27T02:00:00Z\"", "\"lastEventAt\":\"2024-09-27T02:00:00Z\\u0000junk\"", "lastEventAt")]
    [InlineData("\"outcome\":null", "\"outcome\":\"Completed, Refused\"", "outcome")]
    [InlineData("\"outcome\":null", "\"outcome\":\"completed\"", "outcome")]
    [InlineData("\"outcome\":null", "\"outcome\":\"1\"", "outcome")]
    [InlineData("\"step\":", "\"step\":\"x\",\"step\":", "step")]
    public void A_tampered_snapshot_is_a_JsonException_naming_the_member(string original, string tampered, string member)
    {
        Assert.Contains(original, Snapshot, StringComparison.Ordinal);
        var json = ReplaceFirst(Snapshot, original, tampered);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CaseSnapshot>(json));

        Assert.Contains("\"" + member + "\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_escaped_in_a_string_is_a_JsonException_not_an_ArgumentException()
    {
        var json = ReplaceFirst(Snapshot, "\"caseId\":\"case-1\"", "\"caseId\":\"case-\\ud800\"");

        var error = Record.Exception(() => JsonSerializer.Deserialize<CaseSnapshot>(json));

        Assert.IsType<JsonException>(error);
    }

    [Fact]
    public void Invalid_UTF_8_in_a_string_is_a_JsonException_not_a_replacement_character()
    {
        var bytes = Encoding.UTF8.GetBytes(ReplaceFirst(Snapshot, "\"caseId\":\"case-1\"", "\"caseId\":\"case-\u00FF\"")).ToList();
        var at = bytes.IndexOf(0xC3);
        bytes[at] = 0xFF; // a byte that never occurs in UTF-8

        var error = Record.Exception(() => JsonSerializer.Deserialize<CaseSnapshot>(bytes.ToArray()));

        Assert.IsType<JsonException>(error);
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }
}
