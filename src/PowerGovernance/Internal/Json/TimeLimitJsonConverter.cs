using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Calendars;

namespace PowerGovernance.Internal.Json;

/// <summary>Writes a <see cref="TimeLimit"/> as its English text (<c>"20 working days"</c>) and reads any text <see cref="TimeLimit.Parse"/> accepts.</summary>
internal sealed class TimeLimitJsonConverter : JsonConverter<TimeLimit>
{
    public override TimeLimit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new JsonFields(nameof(TimeLimit), "期限").NullableTimeLimit(ref reader, "value")
        ?? throw new JsonFields(nameof(TimeLimit), "期限").Invalid("value", "null", "must be a time limit such as \"20 working days\"", "须为期限，如“20个工作日”");

    public override void Write(Utf8JsonWriter writer, TimeLimit value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
