namespace PowerGovernance.CivilAffairs;

/// <summary>
/// What disaster relief funds and goods may be used for (救灾款、物使用的范围, the township's civil-affairs service rules,
/// 救灾救济服务 1): exactly these five uses. Names in both languages: <see cref="DisasterReliefUses"/>.
/// </summary>
public enum DisasterReliefUse
{
    /// <summary>Living difficulties in clothing, food, housing and medical care that the victims cannot overcome themselves (解决灾民无力克服的衣、食、住、医等生活困难).</summary>
    LivingDifficulties = 0,

    /// <summary>Emergency rescue, evacuation and resettlement of the victims (紧急抢救、转移和安置灾民).</summary>
    RescueAndResettlement = 1,

    /// <summary>Rebuilding collapsed and unsafe houses and repairing ordinarily damaged ones (灾民倒、危房恢复重建及一般损坏房屋的修缮).</summary>
    HousingReconstruction = 2,

    /// <summary>Processing, storing and transporting relief goods (加工及储运救灾物资).</summary>
    ReliefGoodsLogistics = 3,

    /// <summary>Donations earmarked by the donor, used as the donor wishes (定向捐赠款、物按照捐赠人意愿使用).</summary>
    EarmarkedDonation = 4,
}
