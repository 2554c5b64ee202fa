using System;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

public class PowerCodeTests
{
    [Theory]
    [InlineData("62052400MZ-XK-0001", "XK")]
    [InlineData("  11010500MZ-CF-0123 ", "CF")]
    [InlineData("5101-SP-9999", "SP")]
    public void Standard_codes_parse_and_expose_their_type_code(string text, string typeCode)
    {
        var code = PowerCode.Parse(text);

        Assert.Equal(text.Trim(), code.Value);
        Assert.Equal(typeCode, code.GetTypeCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("62052400MZ-XK-001")]
    [InlineData("62052400mz-XK-0001")]
    [InlineData("62052400MZ_XK_0001")]
    [InlineData("62052400MZ-X-0001")]
    public void Malformed_codes_are_refused_with_an_example(string text)
    {
        Assert.False(PowerCode.TryParse(text, out var code));
        Assert.True(code.IsEmpty);
        var error = Assert.Throws<FormatException>(() => PowerCode.Parse(text));
        Assert.Contains("'" + text + "' is not a power code (权力编码) in the standard format, e.g. '62052400MZ-XK-0001'", error.Message, StringComparison.Ordinal);
        Assert.Contains("“" + text + "”不是符合standard编码格式的权力编码，示例：“62052400MZ-XK-0001”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_format_is_accepted_and_can_capture_the_type()
    {
        var gansu = PowerCodeFormat.FromPattern("gansu", "^GS(?<type>[A-Z]{2})[0-9]{6}$", "GSXK000123");

        Assert.True(PowerCode.TryParse("GSCF004567", out var code, gansu));
        Assert.Equal("CF", code.GetTypeCode(gansu));
        Assert.Null(code.GetTypeCode());
        Assert.False(PowerCode.TryParse("62052400MZ-XK-0001", out _, gansu));
        var mismatch = Assert.Throws<ArgumentException>(() => PowerCodeFormat.FromPattern("bad", "^A$", "B"));
        var invalid = Assert.Throws<ArgumentException>(() => PowerCodeFormat.FromPattern("bad", "([", "B"));
        Assert.Equal("example", mismatch.ParamName);
        Assert.Contains("does not match its own example 'B'", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("与其示例“B”不匹配", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal("pattern", invalid.ParamName);
        Assert.Contains("is not a valid regular expression", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("不是有效的正则表达式", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_compare_ordinally_and_default_is_empty()
    {
        Assert.Equal(new PowerCode("62052400MZ-XK-0001"), new PowerCode(" 62052400MZ-XK-0001"));
        Assert.True(new PowerCode("A-XK-0001") < new PowerCode("B-XK-0001"));
        Assert.True(default(PowerCode).IsEmpty);
        Assert.Equal(string.Empty, default(PowerCode).ToString());
    }
}
