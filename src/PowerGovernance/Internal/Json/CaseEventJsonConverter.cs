using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;
using PowerGovernance.Procedures;

namespace PowerGovernance.Internal.Json;

/// <summary>
/// Reads and writes a <see cref="CaseEvent"/> as a JSON object with every member, strictly (see <see cref="JsonFields"/>);
/// the arguments are an array of <c>{"name": …, "value": …}</c> objects in the event's order, so that the event reads
/// back equal and its hash still verifies.
/// </summary>
internal sealed class CaseEventJsonConverter : JsonConverter<CaseEvent>
{
    /// <summary>The members that must be present, as bits in the order of <see cref="Members"/> (the nullable ones, reason and calendar, may be left out).</summary>
    private const ulong RequiredMembers = 0b0_1110_1111_1111;

    private const string Members = "caseId, sequence, trigger, from, to, actor, post, at, reason, arguments, previousHash, hash, calendar";

    public override CaseEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fields = new JsonFields(nameof(CaseEvent), "办件过程记录");
        fields.StartObject(ref reader);
        ulong seen = 0;
        string caseId = string.Empty, trigger = string.Empty, from = string.Empty, to = string.Empty, actor = string.Empty, post = string.Empty;
        string previousHash = string.Empty, hash = string.Empty;
        string? reason = null;
        long sequence = 0;
        var at = default(Instant);
        IReadOnlyList<KeyValuePair<string, string>> arguments = [];
        CalendarIdentity? calendar = null;
        while (JsonFields.NextMember(ref reader) is { } member)
        {
            switch (member)
            {
                case "caseId": fields.Once(ref seen, 0, member); caseId = fields.String(ref reader, member); break;
                case "sequence": fields.Once(ref seen, 1, member); sequence = fields.Integer(ref reader, member, 1); break;
                case "trigger": fields.Once(ref seen, 2, member); trigger = fields.String(ref reader, member); break;
                case "from": fields.Once(ref seen, 3, member); from = fields.String(ref reader, member, allowEmpty: true); break;
                case "to": fields.Once(ref seen, 4, member); to = fields.String(ref reader, member); break;
                case "actor": fields.Once(ref seen, 5, member); actor = fields.String(ref reader, member); break;
                case "post": fields.Once(ref seen, 6, member); post = fields.String(ref reader, member, allowEmpty: true); break;
                case "at": fields.Once(ref seen, 7, member); at = fields.Instant(ref reader, member); break;
                case "reason": fields.Once(ref seen, 8, member); reason = fields.NullableString(ref reader, member); break;
                case "arguments": fields.Once(ref seen, 9, member); arguments = ReadArguments(ref reader, fields); break;
                case "previousHash": fields.Once(ref seen, 10, member); previousHash = fields.Hash(ref reader, member); break;
                case "hash": fields.Once(ref seen, 11, member); hash = fields.Hash(ref reader, member); break;
                case "calendar": fields.Once(ref seen, 12, member); calendar = ReadCalendar(ref reader, fields.Nested(member, nameof(CalendarIdentity), "日历标识")); break;
                default: throw fields.Unknown(member, Members);
            }
        }

        fields.RequireAll(seen, RequiredMembers, Members);

        return new CaseEvent(caseId, sequence, trigger, from, to, actor, post, at, reason, arguments, previousHash, hash, calendar);
    }

    public override void Write(Utf8JsonWriter writer, CaseEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("caseId", value.CaseId);
        writer.WriteNumber("sequence", value.Sequence);
        writer.WriteString("trigger", value.Trigger);
        writer.WriteString("from", value.From);
        writer.WriteString("to", value.To);
        writer.WriteString("actor", value.Actor);
        writer.WriteString("post", value.Post);
        writer.WriteString("at", InstantPattern.ExtendedIso.Format(value.At));
        writer.WriteString("reason", value.Reason);
        writer.WriteStartArray("arguments");
        foreach (var argument in value.Arguments)
        {
            writer.WriteStartObject();
            writer.WriteString("name", argument.Key);
            writer.WriteString("value", argument.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("previousHash", value.PreviousHash);
        writer.WriteString("hash", value.Hash);
        if (value.Calendar is { } calendar)
        {
            writer.WriteStartObject("calendar");
            writer.WriteString("id", calendar.Id);
            writer.WriteString("contentHash", calendar.ContentHash);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("calendar");
        }

        writer.WriteEndObject();
    }


    private static KeyValuePair<string, string>[] ReadArguments(ref Utf8JsonReader reader, JsonFields fields)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw fields.Invalid("arguments", reader.TokenType == JsonTokenType.Null ? "null" : "not an array", "must be an array of {\"name\": …, \"value\": …} objects", "须为由{\"name\": …, \"value\": …}对象组成的数组");
        }

        var arguments = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = fields.Nested("arguments[" + arguments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", "argument", "参数");
            item.StartObject(ref reader);
            ulong seen = 0;
            string name = string.Empty, value = string.Empty;
            while (JsonFields.NextMember(ref reader) is { } member)
            {
                switch (member)
                {
                    case "name": item.Once(ref seen, 0, member); name = item.String(ref reader, member); break;
                    case "value": item.Once(ref seen, 1, member); value = item.String(ref reader, member, allowEmpty: true); break;
                    default: throw item.Unknown(member, "name, value");
                }
            }

            item.Require(seen, 0, "name");
            item.Require(seen, 1, "value");
            arguments.Add(new KeyValuePair<string, string>(name, value));
        }

        return [.. arguments];
    }

    private static CalendarIdentity? ReadCalendar(ref Utf8JsonReader reader, JsonFields fields)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        fields.StartObject(ref reader);
        ulong seen = 0;
        string id = string.Empty, contentHash = string.Empty;
        while (JsonFields.NextMember(ref reader) is { } member)
        {
            switch (member)
            {
                case "id": fields.Once(ref seen, 0, member); id = fields.String(ref reader, member); break;
                case "contentHash": fields.Once(ref seen, 1, member); contentHash = fields.String(ref reader, member); break;
                default: throw fields.Unknown(member, "id, contentHash");
            }
        }

        fields.Require(seen, 0, "id");
        fields.Require(seen, 1, "contentHash");
        return new CalendarIdentity(id, contentHash);
    }
}
