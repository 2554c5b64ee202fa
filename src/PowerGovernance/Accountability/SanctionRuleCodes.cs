namespace PowerGovernance.Accountability;

/// <summary>Stable codes of the rules a <see cref="SanctionTable"/> and a <see cref="SanctionPolicy"/> apply (see <see cref="Validation.Finding.Code"/> and <see cref="Validation.AppliedRule.Code"/>).</summary>
public static class SanctionRuleCodes
{
    /// <summary>The table has no sanctions, or a sanction entry is missing.</summary>
    public const string SanctionMissing = "SanctionMissing";

    /// <summary>A sanction's weight is below 1.</summary>
    public const string WeightInvalid = "SanctionWeightInvalid";

    /// <summary>Two sanctions share a code.</summary>
    public const string DuplicateSanction = "DuplicateSanction";

    /// <summary>Two sanctions share a weight (the order must be total).</summary>
    public const string DuplicateWeight = "DuplicateSanctionWeight";

    /// <summary>A tier lists no sanctions.</summary>
    public const string TierEmpty = "TierEmpty";

    /// <summary>A tier names a sanction the table does not define.</summary>
    public const string UnknownSanction = "UnknownSanction";

    /// <summary>A sanction belongs to no tier, or to two.</summary>
    public const string SanctionTierAmbiguous = "SanctionTierAmbiguous";

    /// <summary>A lighter tier holds a sanction at least as heavy as one of a heavier tier.</summary>
    public const string TiersOutOfOrder = "TiersOutOfOrder";

    /// <summary>Two aggravating factors share a code, or a factor entry is missing.</summary>
    public const string DuplicateFactor = "DuplicateFactor";

    /// <summary>A factor is the person's statement or defence, which may never aggravate (不得因被调查人声辩而从重问责).</summary>
    public const string DefenceAsFactor = "DefenceAsFactor";

    /// <summary>The repeat threshold is below 1 or the repeat window is not a positive period.</summary>
    public const string RepeatRuleInvalid = "RepeatRuleInvalid";

    /// <summary>Assessment: the tier's sanctions (minor, serious, especially serious).</summary>
    public const string Tier = "Tier";

    /// <summary>Assessment: an aggravating factor applies (从重问责).</summary>
    public const string Factor = "AggravatingFactor";

    /// <summary>Assessment: heavier treatment removes the lightest options and recommends the heaviest.</summary>
    public const string Aggravation = "Aggravation";

    /// <summary>Assessment: without aggravation the lightest sanction of the tier is recommended.</summary>
    public const string Proportionality = "Proportionality";

    /// <summary>Assessment: statements and defences never raise the outcome (不得因被调查人声辩而从重问责).</summary>
    public const string DefenceNeverAggravates = "DefenceNeverAggravates";

    /// <summary>Assessment: Party or government discipline applies on top.</summary>
    public const string DisciplineReferral = "DisciplineReferral";

    /// <summary>Assessment: a suspected crime goes to the judiciary.</summary>
    public const string JudiciaryReferral = "JudiciaryReferral";

    /// <summary>Decision check: no sanction was chosen.</summary>
    public const string NoSanctionChosen = "NoSanctionChosen";

    /// <summary>Decision check: a chosen sanction is not among those allowed.</summary>
    public const string SanctionNotAllowed = "SanctionNotAllowed";

    /// <summary>
    /// Review check: the outcome of the review of the subject's appeal would be heavier than the decision appealed
    /// (<see cref="SanctionTable.IsHeavier"/>); nobody is treated more heavily because they appealed (不因提出申诉而被加重处理,
    /// 公务员法 2018 Art. 96, 政务处分法 Art. 56).
    /// </summary>
    public const string HeavierOnReview = "HeavierOnReview";
}
