using System;
using System.Linq;
using PowerGovernance.CivilAffairs;

namespace PowerGovernance.Tests.CivilAffairs;

/// <summary>The five permitted uses of relief funds and goods (救灾款、物使用的范围 ⑴–⑸).</summary>
public class DisasterReliefUsesTests
{
    [Fact]
    public void There_are_exactly_the_five_uses_the_rules_list_in_their_order()
    {
        Assert.Equal(Enum.GetValues<DisasterReliefUse>(), DisasterReliefUses.All);
        Assert.Equal(
            ["解决灾民无力克服的衣、食、住、医等生活困难", "紧急抢救、转移和安置灾民", "灾民倒、危房恢复重建及一般损坏房屋的修缮", "加工及储运救灾物资", "定向捐赠款、物按照捐赠人意愿使用"],
            DisasterReliefUses.All.Select(DisasterReliefUses.ChineseName));
        Assert.All(DisasterReliefUses.All, u => Assert.False(string.IsNullOrWhiteSpace(DisasterReliefUses.EnglishName(u))));
    }

    [Fact]
    public void A_value_that_is_no_use_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DisasterReliefUses.ChineseName((DisasterReliefUse)5));
        Assert.Contains("五项", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => DisasterReliefUses.EnglishName((DisasterReliefUse)(-1)));
    }
}
