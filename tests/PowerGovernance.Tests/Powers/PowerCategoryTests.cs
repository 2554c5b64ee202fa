using System;
using System.Linq;
using PowerGovernance.Powers;

namespace PowerGovernance.Tests.Powers;

public class PowerCategoryTests
{
    [Theory]
    [InlineData("XK", "行政许可")]
    [InlineData("cf", "行政处罚")]
    [InlineData("行政给付", "行政给付")]
    [InlineData("确认", "行政确认")]
    [InlineData("Administrative inspection", "行政检查")]
    [InlineData("其他", "其他")]
    public void Well_known_categories_are_found_by_code_or_name(string text, string chinese)
    {
        Assert.True(PowerCategory.TryFind(text, out var category));
        Assert.Equal(chinese, category.ChineseName);
    }

    [Fact]
    public void The_eleven_well_known_categories_have_distinct_type_codes()
    {
        Assert.Equal(11, PowerCategory.WellKnown.Count);
        Assert.Equal(11, PowerCategory.WellKnown.Select(c => c.TypeCode).Distinct().Count());
        Assert.Equal(["XK", "CF", "QZ", "ZS", "JF", "JC", "QR", "JL", "CJ", "SP", "QT"], PowerCategory.WellKnown.Select(c => c.TypeCode));
    }

    [Fact]
    public void A_host_adds_its_own_category_without_forking()
    {
        var special = new PowerCategory("zx", "专项审批", "Special approval");

        Assert.Equal("ZX", special.TypeCode);
        Assert.False(PowerCategory.TryFind("专项审批", out _));
        Assert.True(PowerCategory.TryFind("专项审批", out var found, [special]));
        Assert.Same(special, found);
        Assert.Throws<ArgumentException>(() => new PowerCategory("X1", "坏", "Bad"));
    }
}
