using System;
using System.Buffers;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PowerGovernance.Calendars;

namespace PowerGovernance.Internal.Json;

/// <summary>
/// Strict reading of the case types' JSON members: each reader checks the token and the value's rule and
/// throws a <see cref="JsonException"/> naming the member, the value and the rule, in English and Simplified
/// Chinese. Nothing is defaulted: a member that is absent, of the wrong kind or out of range is an error.
/// </summary>
internal readonly struct JsonFields
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private readonly string type;
    private readonly string chineseType;
    private readonly string prefix;

    /// <summary>Creates the reader of one object's members.</summary>
    /// <param name="type">The type read, e.g. <c>CaseSnapshot</c>.</param>
    /// <param name="chineseType">Its Chinese name, e.g. <c>办件快照</c>.</param>
    /// <param name="prefix">The path of the object inside the document, e.g. <c>committedClock.</c>, or empty.</param>
    internal JsonFields(string type, string chineseType, string prefix = "")
    {
        this.type = type;
        this.chineseType = chineseType;
        this.prefix = prefix;
    }

    /// <summary>Gets the reader of a nested object's members.</summary>
    internal JsonFields Nested(string member, string nestedType, string nestedChineseType) => new(nestedType, nestedChineseType, prefix + member + ".");

    internal void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid(prefix.TrimEnd('.'), Describe(ref reader), "must be a JSON object", "须为JSON对象");
        }
    }

    /// <summary>Reads the next member name (and moves to its value), or returns <see langword="null"/> at the object's end.</summary>
    internal static string? NextMember(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return null;
        }

        var name = reader.GetString()!;
        reader.Read();
        return name;
    }

    /// <summary>Marks a member as read; a second occurrence is an error.</summary>
    internal void Once(ref ulong seen, int bit, string member)
    {
        var mask = 1UL << bit;
        if ((seen & mask) != 0)
        {
            throw Invalid(member, "is given twice", "may be given only once", "重复出现", "只能出现一次");
        }

        seen |= mask;
    }

    /// <summary>Throws when a required member was not read.</summary>
    internal void Require(ulong seen, int bit, string member)
    {
        if ((seen & (1UL << bit)) == 0)
        {
            throw Invalid(member, "is missing", "it is required", "缺失", "该项为必填");
        }
    }

    /// <summary>Throws for the first member in <paramref name="requiredMask"/> not read; <paramref name="members"/> lists the names in bit order.</summary>
    internal void RequireAll(ulong seen, ulong requiredMask, string members)
    {
        var names = members.Split(", ");
        for (var bit = 0; bit < names.Length; bit++)
        {
            if ((requiredMask & (1UL << bit)) != 0)
            {
                Require(seen, bit, names[bit]);
            }
        }
    }

    internal JsonException Unknown(string member, string members) =>
        Invalid(member, "is not a member", "the members are " + members, "不是可识别的成员", "可用成员：" + members);

    internal string String(ref Utf8JsonReader reader, string member, bool allowEmpty = false)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Invalid(member, Describe(ref reader), "must be a string", "须为字符串");
        }

        var text = reader.GetString()!;
        if (!allowEmpty && !VisibleText.HasVisibleText(text))
        {
            throw Invalid(member, Quoted(text), "must not be empty (it needs visible text, not only white space, zero-width or control characters)", "不能为空（须含可见文字，不能仅含空白、零宽或控制字符）");
        }

        return text;
    }

    internal string? NullableString(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader, member, allowEmpty: true);

    internal long Integer(ref Utf8JsonReader reader, string member, long min, long max = long.MaxValue)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var value))
        {
            throw Invalid(member, Describe(ref reader), "must be a whole number", "须为整数");
        }

        if (value < min || value > max)
        {
            var unbounded = max >= int.MaxValue;
            var range = unbounded
                ? string.Create(CultureInfo.InvariantCulture, $"must be at least {min}")
                : string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}");
            var chineseRange = unbounded
                ? string.Create(CultureInfo.InvariantCulture, $"须不小于{min}")
                : string.Create(CultureInfo.InvariantCulture, $"须在{min}至{max}之间");
            throw Invalid(member, value.ToString(CultureInfo.InvariantCulture), range, chineseRange);
        }

        return value;
    }

    internal int Int32(ref Utf8JsonReader reader, string member, int min) => (int)Integer(ref reader, member, min, int.MaxValue);

    internal LocalDate Date(ref Utf8JsonReader reader, string member)
    {
        var text = String(ref reader, member, allowEmpty: true);
        return IsoText.ParseDate(text)
            ?? throw Invalid(member, Quoted(text), "must be an ISO date such as \"2026-03-02\", with nothing before or after it", "须为ISO日期，如“2026-03-02”，前后不得有其他字符");
    }

    internal LocalDate? NullableDate(ref Utf8JsonReader reader, string member) =>
        reader.TokenType == JsonTokenType.Null ? null : Date(ref reader, member);

    internal Instant Instant(ref Utf8JsonReader reader, string member)
    {
        var text = String(ref reader, member, allowEmpty: true);
        return IsoText.ParseInstant(text)
            ?? throw Invalid(member, Quoted(text), "must be an ISO instant in UTC such as \"2026-03-02T01:30:00Z\", with nothing before or after it", "须为UTC的ISO时刻，如“2026-03-02T01:30:00Z”，前后不得有其他字符");
    }

    internal TimeLimit? NullableTimeLimit(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = String(ref reader, member, allowEmpty: true);
        return TimeLimit.TryParse(text, out var limit)
            ? limit
            : throw Invalid(member, Quoted(text), "must be a time limit such as \"20 working days\", \"90 natural days\" or \"end of quarter\"", "须为期限，如“20个工作日”“90 natural days”或“本季度末”");
    }

    /// <summary>
    /// Reads an audit hash: lower-case hexadecimal digits, an even number from 32 to 128 (the 16 to 64 bytes an
    /// <see cref="Procedures.AuditDigest"/> may have; 64 digits for SHA-256 and SM3).
    /// </summary>
    internal string Hash(ref Utf8JsonReader reader, string member)
    {
        var text = String(ref reader, member, allowEmpty: true);
        if (text.Length is < 32 or > 128 || text.Length % 2 != 0 || text.AsSpan().ContainsAnyExcept(LowerHex))
        {
            throw Invalid(member, Quoted(text), "must be an audit hash: 32 to 128 lower-case hexadecimal digits, an even number (64 for SHA-256 and SM3)", "须为审计哈希值：32至128位（偶数位）小写十六进制数字（SHA-256与SM3为64位）");
        }

        return text;
    }

    internal T? NullableEnum<T>(ref Utf8JsonReader reader, string member)
        where T : struct, Enum
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = String(ref reader, member, allowEmpty: true);
        if (StrictEnum.TryParse<T>(text, out var value))
        {
            return value;
        }

        var names = StrictEnum.NameList<T>();
        throw Invalid(member, Quoted(text), "must be one of " + names + " (exactly as written here)", "须为以下之一（大小写一致）：" + names);
    }

    /// <summary>The value in quotes for a message, cut to 200 characters, control characters shown as <c>\uXXXX</c>.</summary>
    internal static string Quoted(string text)
    {
        var shown = text.Length <= 200 ? text : text[..200] + "…";
        if (IsoText.HasControl(shown))
        {
            var builder = new System.Text.StringBuilder(shown.Length + 16);
            foreach (var c in shown)
            {
                _ = IsoText.HasControl([c]) ? builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : builder.Append(c);
            }

            shown = builder.ToString();
        }

        return "\"" + shown + "\"";
    }

    /// <summary>Builds the error for a member's value: the object read, the member, the value and the rule, in both languages.</summary>
    internal JsonException Invalid(string member, string value, string rule, string chineseRule) =>
        Invalid(member, "is " + value, rule, "为" + value, chineseRule);

    private JsonException Invalid(string member, string english, string rule, string chinese, string chineseRule)
    {
        var path = prefix + (member.Length <= 200 ? member : member[..200] + "…");
        return new JsonException(
            $"Cannot read the {type}: \"{path}\" {english}, but {rule}. 无法读取{chineseType}（{type}）：“{path}”{chinese}，{chineseRule}。");
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Quoted(reader.GetString()!),
        JsonTokenType.Number => Quoted(Encoding(ref reader)).Trim('"'),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    private static string Encoding(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
}
