using System;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using PowerGovernance.Internal;
using Xunit;

namespace PowerGovernance.Tests.Internal;

/// <summary>The canonical encoding's UTF-8 against .NET's <see cref="Encoding.UTF8"/> (the reference), for any text.</summary>
public class CanonicalEncodingProperties
{
    [Property(MaxTest = 500)]
    public bool Utf8_writes_the_bytes_Encoding_UTF8_writes_for_any_text(string? text)
    {
        var value = text ?? string.Empty;
        var buffer = new byte[CanonicalEncoding.Max(value)];
        var written = CanonicalEncoding.Utf8(value, buffer);
        return buffer.AsSpan(0, written).SequenceEqual(Encoding.UTF8.GetBytes(value));
    }

    [Theory]
    [InlineData("\uD800")] // a lone high surrogate
    [InlineData("a\uDC00b")] // a lone low surrogate
    [InlineData("\uD83D\uDE00")] // a pair: one four-byte character
    [InlineData("行政许可 XK-2024")]
    public void Surrogates_and_Chinese_text_encode_as_Encoding_UTF8_does(string value)
    {
        var buffer = new byte[CanonicalEncoding.Max(value)];
        var written = CanonicalEncoding.Utf8(value, buffer);
        Assert.Equal(Encoding.UTF8.GetBytes(value), buffer.AsSpan(0, written).ToArray());
    }

    [Property(MaxTest = 1000)]
    public bool Text_writes_the_length_and_the_bytes_Encoding_UTF8_writes_for_any_text_short_or_long(string? text, char[]? extra)
    {
        // Texts around the 42-char boundary of the char-by-char path, with any chars (lone surrogates included).
        var value = (text ?? string.Empty) + new string(extra ?? []);
        var expected = Encoding.UTF8.GetBytes(value);
        var buffer = new byte[CanonicalEncoding.Max(value)];
        var position = 0;
        CanonicalEncoding.Text(buffer, ref position, value);
        var prefix = new byte[5];
        var prefixLength = 0;
        CanonicalEncoding.Length(prefix, ref prefixLength, expected.Length);
        return buffer.AsSpan(0, position).SequenceEqual([.. prefix.AsSpan(0, prefixLength), .. expected]);
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\uD83D\uDE00")]
    [InlineData("\uD83Dx\uDE00\uD83D")] // a high surrogate before a non-surrogate, a lone low one, a high one at the end
    [InlineData("\uDBFF\uDFFF\uD800\uDC00")] // the last and the first supplementary characters
    [InlineData("\u007F\u0080\u07FF\u0800\uFFFF\uD7FF\uE000")] // the boundaries of one, two and three bytes
    [InlineData("张三 审查岗")]
    [InlineData("123456789012345678901234567890123456789012")] // 42 chars: the longest of the char-by-char path
    [InlineData("行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政")] // 42 chars, 126 bytes
    [InlineData("行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许可行政许")] // 43 chars: the transcoder
    public void ShortUtf8_and_Text_write_what_Encoding_UTF8_writes_at_the_edges(string value)
    {
        var buffer = new byte[CanonicalEncoding.Max(value)];
        if (value.Length <= 42)
        {
            var written = CanonicalEncoding.ShortUtf8(value, buffer);
            Assert.Equal(Encoding.UTF8.GetBytes(value), buffer.AsSpan(0, written).ToArray());
        }

        var position = 0;
        CanonicalEncoding.Text(buffer, ref position, value);
        var expected = Encoding.UTF8.GetBytes(value);
        var prefix = new byte[5];
        var prefixLength = 0;
        CanonicalEncoding.Length(prefix, ref prefixLength, expected.Length);
        Assert.Equal([.. prefix.AsSpan(0, prefixLength), .. expected], buffer.AsSpan(0, position).ToArray());
    }
}
