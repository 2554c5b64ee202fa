using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Calendars;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Writes a <see cref="TimeLimit"/> as its English text (<c>"20 working days"</c>); reads any form <see cref="TimeLimit.Parse"/> accepts.</summary>
internal sealed class TimeLimitJsonConverter : JsonConverter<TimeLimit>
{
    public override TimeLimit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A time limit must be a string such as \"20 working days\", \"90 natural days\" or \"end of quarter\", not " + JsonWords.Describe(reader.TokenType) + ".");
        }

        var text = reader.GetString()!;
        return TimeLimit.TryParse(text, out var limit)
            ? limit
            : throw new JsonException("\"" + text + "\" is not a time limit; write e.g. \"20 working days\", \"90 natural days\", \"end of quarter\", \"20个工作日\" or \"本季度末\".");
    }

    public override void Write(Utf8JsonWriter writer, TimeLimit value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
