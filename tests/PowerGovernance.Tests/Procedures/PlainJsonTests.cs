using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Calendars;
using PowerGovernance.Tests.Powers;

namespace PowerGovernance.Tests.Procedures;

/// <summary>
/// Plain <c>JsonSerializer</c> calls, without any options, either round-trip the case types or throw: they never yield an
/// empty power code or year-1 dates. And <c>Fire</c> refuses a snapshot that was read back incomplete.
/// </summary>
public class PlainJsonTests
{
    private static readonly ProcedureEngine Engine = new(SampleCalendars.SecondHalf2024(), SampleProcedures.Catalog, [SampleProcedures.Licensing]);
    private static readonly Actor Clerk = new("张三", SampleProcedures.Clerk);
    private static readonly Dictionary<string, string> Complete = new() { ["materials"] = "complete" };

    [Fact]
    public void A_snapshot_and_its_events_round_trip_through_plain_JsonSerializer()
    {
        var start = Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27));
        var accepted = Engine.Fire(start.Snapshot!, "accept", Clerk, At(9, 29), Complete);
        var snapshot = accepted.Snapshot!;
        var events = start.Events.Concat(accepted.Events).ToArray();

        var readSnapshot = JsonSerializer.Deserialize<CaseSnapshot>(JsonSerializer.Serialize(snapshot));
        var readEvents = JsonSerializer.Deserialize<List<CaseEvent>>(JsonSerializer.Serialize(events))!;

        Assert.Equal(snapshot, readSnapshot);
        Assert.Equal(SamplePowers.BuildingPermit.Code, readSnapshot!.PowerCode);
        Assert.Equal(events, readEvents);
        Assert.True(AuditChain.Verify(readEvents, readSnapshot.AuditHead).IsValid);
        Assert.True(Engine.Fire(readSnapshot, "grant", new Actor("王五", SampleProcedures.Head), At(10, 9)).IsAccepted);
    }

    [Fact]
    public void Plain_JsonSerializer_writes_the_power_code_and_dates_as_text()
    {
        var snapshot = Started();

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(snapshot));

        Assert.Equal(snapshot.PowerCode.Value, json.RootElement.GetProperty("powerCode").GetString());
        Assert.Equal("2024-09-27", json.RootElement.GetProperty("received").GetString());
        Assert.Equal("2024-09-27", json.RootElement.GetProperty("committedClock").GetProperty("start").GetString());
        Assert.Equal("\"20 working days\"", JsonSerializer.Serialize(TimeLimit.WorkingDays(20)));
        Assert.Equal(TimeLimit.Parse("20个工作日"), JsonSerializer.Deserialize<TimeLimit>("\"20个工作日\""));
        Assert.Equal(SamplePowers.BuildingPermit.Code, JsonSerializer.Deserialize<PowerCode>(JsonSerializer.Serialize(SamplePowers.BuildingPermit.Code)));
    }

    [Theory]
    [InlineData("{}", "\"caseId\" is missing")]
    [InlineData("""{"CaseId":"case-1"}""", "\"CaseId\" is not a member")]
    [InlineData("""{"Value":"62099907ZF-XK-0001","IsEmpty":false}""", "not a member")]
    public void Plain_JsonSerializer_refuses_the_shape_reflection_used_to_write(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CaseSnapshot>(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("无法读取办件快照", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_reflection_form_of_a_snapshot_is_refused_not_read_as_an_empty_case()
    {
        // What JsonSerializer wrote before the case types carried their converter: PascalCase members and NodaTime values as objects.
        var old = """{"CaseId":"case-1","PowerCode":{"Value":"62099907ZF-XK-0001","IsEmpty":false},"Received":{"Year":2024,"Month":9,"Day":27}}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CaseSnapshot>(old));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PowerCode>("""{"Value":"62099907ZF-XK-0001"}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TimeLimit>("""{"Days":20}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CaseEvent>("""{"CaseId":"case-1"}"""));
    }

    [Fact]
    public void Fire_refuses_a_default_snapshot_naming_what_is_missing_in_both_languages()
    {
        var empty = new CaseSnapshot(null!, default, null!, 0, null!, 0, default, default, null!, null!, null, null, null!, default);

        var error = Assert.Throws<ArgumentException>(() => Engine.Fire(empty, "accept", Clerk, At(9, 30), Complete));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Contains("CaseId is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("办件快照不完整：缺少CaseId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Fire_refuses_a_snapshot_with_an_empty_code_year_1_dates_or_a_zero_version(string member, Func<CaseSnapshot, CaseSnapshot> corrupt)
    {
        var error = Assert.Throws<ArgumentException>(() => Engine.Fire(corrupt(Started()), "accept", Clerk, At(9, 30), Complete));

        Assert.Contains(member + " is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("缺少" + member, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<CaseSnapshot, CaseSnapshot>> Corruptions() => new()
    {
        { "PowerCode", s => s with { PowerCode = default } },
        { "DefinitionVersion", s => s with { DefinitionVersion = 0 } },
        { "Version", s => s with { Version = 0 } },
        { "Received", s => s with { Received = default } },
        { "StepEntered", s => s with { StepEntered = default } },
        { "CommittedClock.Start", s => s with { CommittedClock = s.CommittedClock with { Start = default } } },
        { "LegalClock.Start", s => s with { LegalClock = s.LegalClock with { Start = default } } },
        { "Closed", s => s with { Closed = default(LocalDate) } },
        { "AuditHead", s => s with { AuditHead = string.Empty } },
        { "Step", s => s with { Step = string.Empty } },
    };

    private static Instant At(int month, int day, int hour = 2) => Instant.FromUtc(2024, month, day, hour, 0);

    private static CaseSnapshot Started() =>
        Engine.Start("case-1", SamplePowers.BuildingPermit.Code, "test-licensing", Clerk, At(9, 27)).Snapshot!;
}
