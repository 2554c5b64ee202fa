using System.Collections.Generic;
using System.Text.Json;
using PowerGovernance.Procedures;

namespace PowerGovernance.Internal.Json;

/// <summary>
/// Reads and writes a snapshot's <see cref="CaseParties"/> as a JSON array of <c>{"role": …, "person": …}</c> objects, strictly:
/// both members once each and nothing else, a role id and a valid person's id.
/// </summary>
internal static class CasePartiesJson
{
    private const string Members = "role, person";

    internal static CaseParties Read(ref Utf8JsonReader reader, JsonFields fields, string member)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw fields.Invalid(member, reader.TokenType.ToString(), "must be an array of {\"role\", \"person\"} objects", "须为由{\"role\", \"person\"}对象组成的数组");
        }

        var parties = new List<CaseParty>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = fields.Nested(member + "[" + parties.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", nameof(CaseParty), "案件角色");
            item.StartObject(ref reader);
            ulong seen = 0;
            string role = string.Empty, person = string.Empty;
            while (JsonFields.NextMember(ref reader) is { } name)
            {
                switch (name)
                {
                    case "role": item.Once(ref seen, 0, name); role = item.String(ref reader, name); break;
                    case "person": item.Once(ref seen, 1, name); person = item.String(ref reader, name); break;
                    default: throw item.Unknown(name, Members);
                }
            }

            item.RequireAll(seen, 0b11, Members);
            if (!CaseRole.IsId(role))
            {
                throw item.Invalid("role", "\"" + PersonIds.Shown(role) + "\"", "must be a role's id (lower-case letters, digits and hyphens)", "须为角色标识（小写字母、数字或连字符）");
            }

            if (PersonIds.Problem(person) is { } problem)
            {
                throw item.Invalid("person", "\"" + PersonIds.Shown(person) + "\"", "must be a person's id: " + problem.English, "须为有效的人员标识：" + problem.Chinese);
            }

            parties.Add(new CaseParty(role, person));
        }

        return CaseParties.Of(parties);
    }

    internal static void Write(Utf8JsonWriter writer, CaseParties parties)
    {
        writer.WriteStartArray();
        foreach (var party in parties)
        {
            writer.WriteStartObject();
            writer.WriteString("role", party.Role);
            writer.WriteString("person", party.Person);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
