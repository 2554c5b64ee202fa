namespace PowerGovernance.Supervision;

/// <summary>
/// Stable codes of the reasons for a supervision card (电子监察亮牌事由代码; see <see cref="SupervisionCardReason.Code"/>).
/// The codes are part of the public contract and never change meaning; the tier each carries is stated here or set by
/// the <see cref="SupervisionCardPolicy"/>.
/// </summary>
public static class SupervisionCardCodes
{
    /// <summary>
    /// <see cref="SupervisionCardTier.Warning"/>: the case's committed clock is in <see cref="DeadlineState.Warning"/> under
    /// <see cref="SupervisionCardPolicy.Warning"/> (临近承诺时限预警).
    /// </summary>
    public const string NearCommittedLimit = "NearCommittedLimit";

    /// <summary>
    /// <see cref="SupervisionCardTier.Yellow"/>: the case passed its committed limit (超过承诺时限), or the share of it set by
    /// <see cref="SupervisionCardPolicy.YellowCardPercent"/>; for a closed case, it finished after it (超时办结).
    /// </summary>
    public const string CommittedLimitPassed = "CommittedLimitPassed";

    /// <summary>
    /// <see cref="SupervisionCardTier.Yellow"/>: an earlier period of the committed clock (分段计时, e.g. the township's part
    /// before the county's) ended after its limit, while the current period is open.
    /// </summary>
    public const string EarlierPeriodLate = "EarlierPeriodLate";

    /// <summary>
    /// <see cref="SupervisionCardTier.Red"/>: the case was still open after the supervision deadline that follows its
    /// yellow card (督办期限, <see cref="SupervisionCardPolicy.SupervisionLimit"/>).
    /// </summary>
    public const string SupervisionDeadlinePassed = "SupervisionDeadlinePassed";

    /// <summary><see cref="SupervisionCardTier.Red"/>, always: the case passed its legal limit (违法超期), or finished after it.</summary>
    public const string LegalLimitPassed = "LegalLimitPassed";

    /// <summary>
    /// <see cref="SupervisionCardTier.Yellow"/>: the current step is over its own committed limit (环节超时), even if the
    /// case is on time; only while <see cref="SupervisionCardPolicy.StepOverruns"/> is on.
    /// </summary>
    public const string StepLimitPassed = "StepLimitPassed";

    /// <summary><see cref="SupervisionCardTier.Red"/>, always: the current step is over the legal limit the law sets for it (环节违法超期).</summary>
    public const string StepLegalLimitPassed = "StepLegalLimitPassed";

    /// <summary>
    /// The tier of <see cref="SupervisionCardPolicy.RefusalWithoutReasons"/>: the case was refused or not accepted and its
    /// closing event carries no written reason (不予许可、不予受理未书面说明理由).
    /// </summary>
    public const string RefusalWithoutReasons = "RefusalWithoutReasons";

    /// <summary>
    /// The tier of <see cref="SupervisionCardPolicy.FeeOutsideStandard"/>: the fee charged differs from the power's
    /// published fee standard (未按公布的收费标准收费).
    /// </summary>
    public const string FeeOutsideStandard = "FeeOutsideStandard";
}
