using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Powers;

namespace PowerGovernance.Internal.Json;

/// <summary>Writes a <see cref="PowerCode"/> as its text and reads it back as written (the format is a catalog rule, reported by the validator).</summary>
internal sealed class PowerCodeJsonConverter : JsonConverter<PowerCode>
{
    public override PowerCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(new JsonFields(nameof(PowerCode), "权力编码").String(ref reader, "value", allowEmpty: true));

    public override void Write(Utf8JsonWriter writer, PowerCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
