using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using PowerGovernance.Powers;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// Writes a <see cref="PowerCategory"/> as <c>{ "typeCode", "chineseName", "englishName" }</c>. Reads that
/// object, or a bare type code or name; a known type code (the host's categories first, then the well-known
/// ones) resolves to the known instance, an unknown one becomes a new category from the object's names.
/// </summary>
internal sealed class PowerCategoryJsonConverter(IReadOnlyList<PowerCategory> additional) : JsonConverter<PowerCategory>
{
    private const string TypeCodeName = "typeCode";
    private const string ChineseNameName = "chineseName";
    private const string EnglishNameName = "englishName";

    public override PowerCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            return PowerCategory.TryFind(text, out var found, additional)
                ? found
                : throw new JsonException("\"" + Bounded(text) + "\" is not a known category (" + string.Join(", ", Known().Select(c => c.TypeCode)) + "); write a host's own category as { \"typeCode\", \"chineseName\", \"englishName\" }.");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A category must be an object { \"typeCode\", \"chineseName\", \"englishName\" } or a type code, not " + JsonWords.Describe(reader.TokenType) + ".");
        }

        string? typeCode = null, chineseName = null, englishName = null;
        var seen = new HashSet<string>(3, StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw new JsonException("The category's property \"" + Bounded(name) + "\" is given twice; each property may be given only once. 类别的属性“" + Bounded(name) + "”重复出现，每个属性只能出现一次。");
            }

            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException("The category's \"" + Bounded(name) + "\" must be a string, not " + JsonWords.Describe(reader.TokenType) + "."),
            };
            switch (name)
            {
                case TypeCodeName: typeCode = value; break;
                case ChineseNameName: chineseName = value; break;
                case EnglishNameName: englishName = value; break;
                default: throw new JsonException("A category has no property \"" + Bounded(name) + "\"; it has \"typeCode\", \"chineseName\" and \"englishName\".");
            }
        }

        if (string.IsNullOrWhiteSpace(typeCode))
        {
            throw new JsonException("A category needs a \"typeCode\", e.g. \"XK\".");
        }

        var known = Known().FirstOrDefault(c => string.Equals(c.TypeCode, typeCode.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        try
        {
            return new PowerCategory(typeCode, chineseName!, englishName!);
        }
        catch (ArgumentException e)
        {
            throw new JsonException("The category \"" + typeCode + "\" is not a known one, and cannot be created from the object: " + e.Message + " (\"chineseName\" and \"englishName\" are required for a host's own category.)", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, PowerCategory value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeCodeName, value.TypeCode);
        writer.WriteString(ChineseNameName, value.ChineseName);
        writer.WriteString(EnglishNameName, value.EnglishName);
        writer.WriteEndObject();
    }

    private static string Bounded(string text) => text.Length <= 200 ? text : text[..200] + "…";

    private IEnumerable<PowerCategory> Known() => additional.Where(c => c is not null).Concat(PowerCategory.WellKnown);
}
