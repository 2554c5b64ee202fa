using System;
using System.Collections.Generic;

namespace PowerGovernance.CivilAffairs;

/// <summary>The uses of disaster relief funds and goods (救灾款、物使用范围) and their names in Chinese and English.</summary>
public static class DisasterReliefUses
{
    /// <summary>Gets every permitted use, in the order the rules list them (⑴ to ⑸).</summary>
    public static IReadOnlyList<DisasterReliefUse> All { get; } = Array.AsReadOnly(
    [
        DisasterReliefUse.LivingDifficulties,
        DisasterReliefUse.RescueAndResettlement,
        DisasterReliefUse.HousingReconstruction,
        DisasterReliefUse.ReliefGoodsLogistics,
        DisasterReliefUse.EarmarkedDonation,
    ]);

    /// <summary>Returns the use's Chinese name as the rules word it, e.g. <c>紧急抢救、转移和安置灾民</c>.</summary>
    /// <param name="use">The use.</param>
    /// <returns>The Chinese name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="use"/> is not one of the five uses.</exception>
    public static string ChineseName(DisasterReliefUse use) => use switch
    {
        DisasterReliefUse.LivingDifficulties => "解决灾民无力克服的衣、食、住、医等生活困难",
        DisasterReliefUse.RescueAndResettlement => "紧急抢救、转移和安置灾民",
        DisasterReliefUse.HousingReconstruction => "灾民倒、危房恢复重建及一般损坏房屋的修缮",
        DisasterReliefUse.ReliefGoodsLogistics => "加工及储运救灾物资",
        DisasterReliefUse.EarmarkedDonation => "定向捐赠款、物按照捐赠人意愿使用",
        _ => throw OutOfRange(use),
    };

    /// <summary>Returns the use's English name, e.g. <c>Emergency rescue, evacuation and resettlement of victims</c>.</summary>
    /// <param name="use">The use.</param>
    /// <returns>The English name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="use"/> is not one of the five uses.</exception>
    public static string EnglishName(DisasterReliefUse use) => use switch
    {
        DisasterReliefUse.LivingDifficulties => "Living difficulties (clothing, food, housing, medical care) victims cannot overcome",
        DisasterReliefUse.RescueAndResettlement => "Emergency rescue, evacuation and resettlement of victims",
        DisasterReliefUse.HousingReconstruction => "Rebuilding collapsed or unsafe houses and repairing damaged ones",
        DisasterReliefUse.ReliefGoodsLogistics => "Processing, storing and transporting relief goods",
        DisasterReliefUse.EarmarkedDonation => "Earmarked donations, used as the donor wishes",
        _ => throw OutOfRange(use),
    };

    private static ArgumentOutOfRangeException OutOfRange(DisasterReliefUse use) =>
        new(nameof(use), use, "Relief funds and goods have five permitted uses (救灾款、物使用范围 ⑴–⑸); this value is none of them. / 救灾款、物只能用于规定的五项范围，该值不在其中。");
}
