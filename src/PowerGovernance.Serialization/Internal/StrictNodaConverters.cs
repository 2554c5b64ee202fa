using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using PowerGovernance.Internal;

namespace PowerGovernance.Serialization.Internal;

/// <summary>
/// NodaTime converters for the ISO forms <c>ConfigureForNodaTime</c> uses, that refuse text holding a control character:
/// NodaTime's pattern parser takes U+0000 for the end of the text, so <c>"2024-05-01\u0000junk"</c> would read as a date.
/// Added before <c>ConfigureForNodaTime</c>'s own, so they take precedence for these types.
/// </summary>
internal static class StrictNodaConverters
{
    internal static IEnumerable<JsonConverter> All() =>
    [
        new NodaPatternConverter<LocalDate>(new StrictPattern<LocalDate>(LocalDatePattern.Iso)),
        new NodaPatternConverter<Instant>(new StrictPattern<Instant>(InstantPattern.ExtendedIso)),
        new NodaPatternConverter<LocalDateTime>(new StrictPattern<LocalDateTime>(LocalDateTimePattern.ExtendedIso)),
        new NodaPatternConverter<LocalTime>(new StrictPattern<LocalTime>(LocalTimePattern.ExtendedIso)),
        new NodaPatternConverter<OffsetDateTime>(new StrictPattern<OffsetDateTime>(OffsetDateTimePattern.Rfc3339)),
    ];

    /// <summary>Adds the strict converters to <paramref name="options"/>, then NodaTime's (<c>ConfigureForNodaTime</c>) for every other NodaTime type.</summary>
    internal static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        foreach (var converter in All())
        {
            options.Converters.Add(converter);
        }

        return options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    private sealed class StrictPattern<T>(IPattern<T> inner) : IPattern<T>
    {
        public ParseResult<T> Parse(string text)
        {
            if (text is null || !IsoText.HasControl(text))
            {
                return inner.Parse(text!);
            }

            var index = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') is var c0 and >= 0 ? c0 : text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
            return ParseResult<T>.ForException(() => new UnparsableValueException(
                "The text holds a control character at position " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; nothing may come before or after the value. 文本含控制字符；取值前后不得有其他字符。",
                text.Length <= 200 ? text : text[..200],
                index));
        }

        public string Format(T value) => inner.Format(value);

        public StringBuilder AppendFormat(T value, StringBuilder builder) => inner.AppendFormat(value, builder);
    }
}
