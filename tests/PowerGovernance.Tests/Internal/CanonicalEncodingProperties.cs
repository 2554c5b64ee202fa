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
}
