using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>Writes a <see cref="UnifiedSocialCreditCode"/> as its text; reads it strictly (GB 32100, check character included).</summary>
internal sealed class UnifiedSocialCreditCodeJsonConverter : JsonConverter<UnifiedSocialCreditCode>
{
    public override UnifiedSocialCreditCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A unified social credit code must be a string such as \"91350100M000100Y43\", not " + JsonWords.Describe(reader.TokenType) + ". 统一社会信用代码须为字符串。");
        }

        var text = reader.GetString()!;
        return UnifiedSocialCreditCode.TryParse(text, out var code)
            ? code
            : throw new JsonException(string.Join(" ", UnifiedSocialCreditCode.Validate(text).Select(f => f.Message + " " + f.ChineseMessage)));
    }

    public override void Write(Utf8JsonWriter writer, UnifiedSocialCreditCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}

/// <summary>Writes an <see cref="AdministrativeAreaCode"/> as its digits as written; reads 6, 9 or 12 digits strictly.</summary>
internal sealed class AdministrativeAreaCodeJsonConverter : JsonConverter<AdministrativeAreaCode>
{
    public override AdministrativeAreaCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("An administrative area code must be a string of 6, 9 or 12 digits such as \"620524\", not " + JsonWords.Describe(reader.TokenType) + ". 行政区划代码须为6、9或12位数字的字符串。");
        }

        var text = reader.GetString()!;
        return AdministrativeAreaCode.TryParse(text, out var code)
            ? code
            : throw new JsonException(string.Join(" ", AdministrativeAreaCode.Validate(text).Select(f => f.Message + " " + f.ChineseMessage)));
    }

    public override void Write(Utf8JsonWriter writer, AdministrativeAreaCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
