using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using PowerGovernance.Procedures;
using PowerGovernance.Tests.Procedures.BuiltIn;

namespace PowerGovernance.Serialization.Tests.Cases;

/// <summary>Reading cases is strict: unknown, repeated, missing or out-of-range members are refused with the member, value and rule.</summary>
public class CaseJsonTests
{
    private static readonly Actor Clerk = new("张三", "窗口受理员");

    [Fact]
    public void A_snapshot_is_written_with_camel_case_members_Chinese_as_is_and_ISO_dates()
    {
        var json = CaseJson.Serialize(Started().Snapshot!);

        Assert.Contains("\"powerCode\":\"62052400MZ-XK-0002\"", json, StringComparison.Ordinal);
        Assert.Contains("\"received\":\"2024-03-04\"", json, StringComparison.Ordinal);
        Assert.Contains("\"limit\":\"13 working days\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version", "0", "\"version\" is 0, but must be at least 1", "须不小于1")]
    [InlineData("definitionVersion", "-1", "\"definitionVersion\" is -1, but must be at least 1", "须不小于1")]
    [InlineData("powerCode", "\"\"", "\"powerCode\" is \"\", but must not be empty", "不能为空")]
    [InlineData("received", "\"2024-02-30\"", "\"received\" is \"2024-02-30\", but must be an ISO date", "须为ISO日期")]
    [InlineData("received", "null", "\"received\" is null, but must be a string", "须为字符串")]
    [InlineData("auditHead", "\"ABC\"", "\"auditHead\" is \"ABC\", but must be an audit hash", "32至128位（偶数位）小写十六进制")]
    [InlineData("outcome", "\"granted\"", "\"outcome\" is \"granted\", but must be one of Granted, Refused", "须为以下之一")]
    [InlineData("outcome", "0", "\"outcome\" is 0, but must be a string", "须为字符串")]
    [InlineData("lastEventAt", "\"2024-03-04 10:00\"", "\"lastEventAt\" is \"2024-03-04 10:00\", but must be an ISO instant", "须为UTC的ISO时刻")]
    public void A_snapshot_member_out_of_range_is_refused_naming_member_value_and_rule(string member, string value, string english, string chinese)
    {
        var json = JsonNode.Parse(CaseJson.Serialize(Started().Snapshot!))!.AsObject();
        json[member] = JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot(json.ToJsonString()));

        Assert.Contains("Cannot read the CaseSnapshot: " + english, error.Message, StringComparison.Ordinal);
        Assert.Contains("无法读取办件快照（CaseSnapshot）：“" + member + "”", error.Message, StringComparison.Ordinal);
        Assert.Contains(chinese, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("suspendedDays", "-1", "\"committedClock.suspendedDays\" is -1, but must be at least 0")]
    [InlineData("lateStops", "1.5", "\"committedClock.lateStops\" is 1.5, but must be a whole number")]
    [InlineData("limit", "\"20 fortnights\"", "\"committedClock.limit\" is \"20 fortnights\", but must be a time limit")]
    [InlineData("start", "\"\"", "\"committedClock.start\" is \"\", but must be an ISO date")]
    public void A_clock_member_out_of_range_is_refused_with_its_path(string member, string value, string english)
    {
        var json = JsonNode.Parse(CaseJson.Serialize(Started().Snapshot!))!.AsObject();
        json["committedClock"]![member] = JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot(json.ToJsonString()));

        Assert.Contains(english, error.Message, StringComparison.Ordinal);
        Assert.Contains("计时状态", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("caseId")]
    [InlineData("powerCode")]
    [InlineData("committedClock")]
    [InlineData("auditHead")]
    [InlineData("lastEventAt")]
    public void A_missing_required_snapshot_member_is_refused_not_defaulted(string member)
    {
        var json = JsonNode.Parse(CaseJson.Serialize(Started().Snapshot!))!.AsObject();
        json.Remove(member);

        var error = Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot(json.ToJsonString()));

        Assert.Contains("\"" + member + "\" is missing, but it is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("“" + member + "”缺失，该项为必填", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nullable_members_may_be_left_out_and_read_as_null()
    {
        var snapshot = Started().Snapshot!;
        var json = JsonNode.Parse(CaseJson.Serialize(snapshot))!.AsObject();
        json.Remove("outcome");
        json.Remove("closed");
        json["committedClock"]!.AsObject().Remove("suspendedSince");

        Assert.Equal(snapshot, CaseJson.DeserializeSnapshot(json.ToJsonString()));
    }

    [Fact]
    public void Unknown_and_repeated_members_are_refused()
    {
        var json = CaseJson.Serialize(Started().Snapshot!);

        var unknown = Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot(json.Replace("\"step\":", "\"Step\":", StringComparison.Ordinal)));
        var twice = Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot(json.Replace("{\"caseId\":", "{\"version\":1,\"caseId\":", StringComparison.Ordinal)));

        Assert.Contains("\"Step\" is not a member, but the members are caseId, powerCode", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("“Step”不是可识别的成员", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("\"version\" is given twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_keep_their_arguments_in_order_and_refuse_broken_ones()
    {
        var e = new CaseEvent("c", 2, "suspend", "审查", "审查", "张三", "审核员", Instant.FromUtc(2024, 3, 4, 2, 0, 0).PlusNanoseconds(123), null,
            [new("cause", "专家评审"), new("until", "")], new string('0', 64), new string('a', 64));
        var json = CaseJson.Serialize(e);

        Assert.Equal(e, CaseJson.DeserializeEvent(json));
        Assert.Contains("\"at\":\"2024-03-04T02:00:00.000000123Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"arguments\":[{\"name\":\"cause\",\"value\":\"专家评审\"},{\"name\":\"until\",\"value\":\"\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"arguments[1].name\" is missing", Assert.Throws<JsonException>(() => CaseJson.DeserializeEvent(json.Replace("\"name\":\"until\",", string.Empty, StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("\"sequence\" is 0", Assert.Throws<JsonException>(() => CaseJson.DeserializeEvent(json.Replace("\"sequence\":2", "\"sequence\":0", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("\"calendar.contentHash\" is missing", Assert.Throws<JsonException>(() => CaseJson.DeserializeEvent(json.Replace("\"calendar\":null", "\"calendar\":{\"id\":\"cn\"}", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_documents_and_null_events_are_refused()
    {
        Assert.Contains("须为对象", Assert.Throws<JsonException>(() => CaseJson.DeserializeSnapshot("null")).Message, StringComparison.Ordinal);
        Assert.Contains("element 1 is null", Assert.Throws<JsonException>(() => CaseJson.DeserializeEvents("[" + CaseJson.Serialize(Started().Events[0]) + ",null]")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CaseJson.Serialize(new CaseEvent[] { null! }));
    }

    [Fact]
    public void Host_options_carry_a_snapshot_inside_the_hosts_own_document()
    {
        var options = CaseJson.CreateOptions();
        var row = new StoredCase("XK-1", Started().Snapshot!, new LocalDate(2024, 3, 4));

        var json = JsonSerializer.Serialize(row, options);
        var read = JsonSerializer.Deserialize<StoredCase>(json, options);

        Assert.Equal(row, read);
        Assert.Contains("\"savedOn\":\"2024-03-04\"", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<StoredCase>(json.Replace("\"savedOn\"", "\"saved\"", StringComparison.Ordinal), options));
    }

    private static StartResult Started() =>
        BuiltInFixture.Engine.Start("XK-001", BuiltInPowers.Licensing.Code, PowerGovernance.Procedures.BuiltIn.AdministrativeLicensing.Id, Clerk, BuiltInFixture.At(2024, 3, 4));

    private sealed record StoredCase(string Id, CaseSnapshot Snapshot, LocalDate SavedOn);
}
