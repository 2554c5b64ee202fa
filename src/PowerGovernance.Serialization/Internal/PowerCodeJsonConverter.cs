using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Writes a <see cref="PowerCode"/> as its text; reads it unchecked (the format is a catalog rule, reported by the validator).</summary>
internal sealed class PowerCodeJsonConverter : JsonConverter<PowerCode>
{
    public override bool HandleNull => true;

    public override PowerCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new PowerCode(reader.GetString())
            : throw new JsonException("A power code must be a string such as \"62052400MZ-XK-0001\", not " + JsonWords.Describe(reader.TokenType) + ".");

    public override void Write(Utf8JsonWriter writer, PowerCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
