using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Internal;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Reads and writes every enumeration by its exact member names (<see cref="StrictEnum"/>): a flags value as its names
/// joined by <c>", "</c>, each once. Unlike <see cref="JsonStringEnumConverter"/> it refuses other letter cases, padded
/// names, comma-joined members of an enumeration that is not flags (<c>"DepartmentalRule, LocalRegulation"</c>) and
/// numbers, except, when <c>undefinedAsNumber</c> is set, a number that no combination of names can express: such a
/// value outside the enumeration is written as its number and read back as it was, for the catalog validator to report.
/// </summary>
internal sealed class StrictEnumJsonConverterFactory(bool undefinedAsNumber) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumJsonConverter<>).MakeGenericType(typeToConvert), [undefinedAsNumber])!;
}

/// <summary>The converter of one enumeration; see <see cref="StrictEnumJsonConverterFactory"/>.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal sealed class StrictEnumJsonConverter<TEnum>(bool undefinedAsNumber) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);

    private static readonly bool IsUnsigned = Enum.GetUnderlyingType(typeof(TEnum)) is var type
        && (type == typeof(byte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong));

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return FromName(reader.GetString()!);
            case JsonTokenType.Number when undefinedAsNumber && reader.TryGetInt64(out var number):
                var value = (TEnum)Enum.ToObject(typeof(TEnum), number);
                if ((IsUnsigned ? unchecked((long)StrictEnum.ToBits(value)) : Convert.ToInt64(value, CultureInfo.InvariantCulture)) != number)
                {
                    throw Refused(number.ToString(CultureInfo.InvariantCulture), "the number is outside the enumeration's range", "数字超出取值范围");
                }

                return StrictEnum.IsNamed(value)
                    ? throw Refused(number.ToString(CultureInfo.InvariantCulture), "a member is written by its name, not its number", "成员须按名称书写，不得写作数字")
                    : value;
            default:
                throw Refused(JsonWords.Describe(reader.TokenType), "it must be a string", "须为字符串");
        }
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (StrictEnum.IsNamed(value))
        {
            writer.WriteStringValue(value.ToString());
        }
        else if (undefinedAsNumber)
        {
            if (IsUnsigned)
            {
                writer.WriteNumberValue(StrictEnum.ToBits(value));
            }
            else
            {
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            }
        }
        else
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Cannot write {Convert.ToInt64(value, CultureInfo.InvariantCulture)}: it is not a member of {typeof(TEnum).Name} ({StrictEnum.NameList<TEnum>()}). 无法写出{Convert.ToInt64(value, CultureInfo.InvariantCulture)}：它不是{typeof(TEnum).Name}的成员。"));
        }
    }

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromName(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(StrictEnum.IsNamed(value) ? value.ToString() : throw new JsonException(typeof(TEnum).Name + " " + value + " is not a member and cannot be a property name. 非成员值不能作为属性名。"));

    private static TEnum FromName(string text)
    {
        var ok = IsFlags ? StrictEnum.TryParseFlags(text, ", ", out TEnum value) : StrictEnum.TryParse(text, out value);
        return ok
            ? value
            : throw Refused(
                "\"" + (text.Length <= 200 ? text : text[..200] + "…") + "\"",
                IsFlags ? "it must be one or more of the names " + StrictEnum.NameList<TEnum>() + ", exactly as written here, joined by \", \" and each once" : "it must be exactly one of " + StrictEnum.NameList<TEnum>(),
                IsFlags ? "须为以下名称中的一个或多个，大小写一致，以“, ”连接且不得重复：" + StrictEnum.NameList<TEnum>() : "须为以下名称之一（大小写一致）：" + StrictEnum.NameList<TEnum>());
    }

    private static JsonException Refused(string value, string rule, string chineseRule) =>
        new($"{value} is not a value of {typeof(TEnum).Name}: {rule}. {value}不是{typeof(TEnum).Name}的有效取值：{chineseRule}。");
}
