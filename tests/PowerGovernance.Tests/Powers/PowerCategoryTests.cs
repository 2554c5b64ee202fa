using System;
using System.Collections.Generic;
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
    [InlineData("GG", "公共服务")]
    [InlineData("公共服务", "公共服务")]
    [InlineData("Public service", "公共服务")]
    public void Well_known_categories_are_found_by_code_or_name(string text, string chinese)
    {
        Assert.True(PowerCategory.TryFind(text, out var category));
        Assert.Equal(chinese, category.ChineseName);
    }

    [Fact]
    public void The_twelve_well_known_categories_have_distinct_type_codes()
    {
        Assert.Equal(12, PowerCategory.WellKnown.Count);
        Assert.Equal(12, PowerCategory.WellKnown.Select(c => c.TypeCode).Distinct().Count());
        Assert.Equal(["XK", "CF", "QZ", "ZS", "JF", "JC", "QR", "JL", "CJ", "SP", "GG", "QT"], PowerCategory.WellKnown.Select(c => c.TypeCode));
    }

    [Fact]
    public void A_host_adds_its_own_category_without_forking()
    {
        var special = new PowerCategory("zx", "专项审批", "Special approval");

        Assert.Equal("ZX", special.TypeCode);
        Assert.False(PowerCategory.TryFind("专项审批", out _));
        Assert.True(PowerCategory.TryFind("专项审批", out var found, [special]));
        Assert.Same(special, found);
        var error = Assert.Throws<ArgumentException>(() => new PowerCategory("X1", "坏", "Bad"));
        Assert.Equal("typeCode", error.ParamName);
        Assert.Contains("The type code 'X1' must be 2 to 4 ASCII letters", error.Message, StringComparison.Ordinal);
        Assert.Contains("类别代码“X1”须为2至4个英文字母", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_are_equal_by_type_code_so_a_procedure_can_list_the_categories_it_serves()
    {
        var served = new HashSet<PowerCategory> { PowerCategory.Licensing, PowerCategory.Benefit };
        var hostLicensing = new PowerCategory("xk", "行政许可", "Licensing");

        Assert.Contains(hostLicensing, served);
        Assert.Equal(PowerCategory.Licensing, hostLicensing);
        Assert.Equal(PowerCategory.Licensing.GetHashCode(), hostLicensing.GetHashCode());
        Assert.DoesNotContain(PowerCategory.Penalty, served);
    }
}
