using System;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Supervision;

/// <summary>
/// When the electronic supervision shows a warning, a yellow card or a red card (电子监察预警、黄牌、红牌规则), and which
/// triggers other than lateness it watches. Every number is a named default a host (a province, a city) overrides with
/// a <c>with</c> expression; an invalid value throws an <see cref="ArgumentException"/> naming the option, the value and
/// the allowed range, in English and Simplified Chinese.
/// </summary>
/// <remarks>
/// <para>
/// The defaults follow electronic supervision in practice (local
/// rules, not a statute): a warning before the committed limit (<see cref="Warning"/>: the <see cref="WarningPolicy"/>
/// numbers, 90% used or 1 working day left); a yellow card once the committed limit (承诺时限) is passed
/// (<see cref="YellowCardPercent"/> = 100); a red card when the case is still open
/// <see cref="SupervisionLimit"/> = 3 working days after that (督办期限). A legal-limit overrun (违法超期) of the
/// case or of its current step is always red, whatever the policy says.
/// </para>
/// <para>
/// The other triggers follow one line: a breach of a written legal rule is red, a breach of the office's own
/// commitment yellow. A refusal without written reasons breaks 《行政许可法》第三十二条、第三十八条第二款 and a fee outside the
/// published standard breaks the charging rules (收费依据及标准), so both default to red; a step over its own
/// committed limit (环节时限, the office's commitment) is yellow, and over the legal limit the law sets for it red.
/// </para>
/// </remarks>
public sealed record SupervisionCardPolicy
{
    /// <summary>
    /// Default for <see cref="YellowCardPercent"/>: 100, a yellow card once the committed limit is passed
    /// (超过承诺时限亮黄牌).
    /// </summary>
    public const int DefaultYellowCardPercent = 100;

    /// <summary>
    /// Default for <see cref="SupervisionLimit"/>: 3 working days (督办期限). Local rules give an office a short
    /// period to finish a case after its yellow card before it turns red; three working days is the common choice and
    /// matches the rule book's other short follow-up periods (e.g. telling a petitioner within 3 days that the case is closed or transferred). No
    /// statute sets it: a host sets its own.
    /// </summary>
    public static TimeLimit DefaultSupervisionLimit { get; } = TimeLimit.WorkingDays(3);

    /// <summary>Default for <see cref="RefusalWithoutReasons"/>: <see cref="SupervisionCardTier.Red"/> (a breach of 《行政许可法》第三十八条第二款).</summary>
    public const SupervisionCardTier DefaultRefusalWithoutReasons = SupervisionCardTier.Red;

    /// <summary>Default for <see cref="FeeOutsideStandard"/>: <see cref="SupervisionCardTier.Red"/> (charging outside the published standard, 违规收费).</summary>
    public const SupervisionCardTier DefaultFeeOutsideStandard = SupervisionCardTier.Red;

    /// <summary>Default for <see cref="StepOverruns"/>: <see langword="true"/>, a step over its own limit earns a card (环节超时亮牌).</summary>
    public const bool DefaultStepOverruns = true;

    private const string Name = nameof(SupervisionCardPolicy);

    /// <summary>Gets the defaults described on the type.</summary>
    public static SupervisionCardPolicy Default { get; } = new();

    /// <summary>
    /// Gets the warning tier's thresholds (预警): the case's committed clock in <see cref="DeadlineState.Warning"/> under this
    /// policy shows a <see cref="SupervisionCardTier.Warning"/>; <see cref="WarningPolicy.Default"/> (90% used, or 1
    /// working day left) unless set.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null; the exception's <c>ParamName</c> is <c>SupervisionCardPolicy.Warning</c>.</exception>
    public WarningPolicy Warning
    {
        get;
        init => field = value ?? throw NullOption(nameof(Warning));
    } = WarningPolicy.Default;

    /// <summary>
    /// Gets the share of the committed limit, in percent, past which the case earns a yellow card (黄牌); 1 to 100. The
    /// card shows from the day after the last day within that share: for 100, the day after the committed due date; for
    /// 80 and a 10-working-day limit, the day after the 8th working day (days suspended or not counted move it as they
    /// move the due date). The share is of the limit in force, extension included, rounded down to whole days.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>SupervisionCardPolicy.YellowCardPercent</c>.</exception>
    public int YellowCardPercent
    {
        get;
        init => field = Preconditions.CheckOptionRange(value, 1, 100, Name);
    } = DefaultYellowCardPercent;

    /// <summary>
    /// Gets the supervision deadline after a yellow card (督办期限); 1 to 365 working days. The yellow card's
    /// threshold day (see <see cref="YellowCardPercent"/>) is not counted; a case still open after the last of these
    /// days earns a red card (红牌). The period runs and stands still with the committed clock.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not 1 to 365 working days; the exception's <c>ParamName</c> is <c>SupervisionCardPolicy.SupervisionLimit</c>.</exception>
    public TimeLimit SupervisionLimit
    {
        get;
        init => field = Preconditions.CheckOptionLimit(value, TimeLimitKind.WorkingDays, 1, 365, Name);
    } = DefaultSupervisionLimit;

    /// <summary>
    /// Gets the tier of a refusal without written reasons (不予许可、不予受理未书面说明理由,
    /// <see cref="SupervisionCardCodes.RefusalWithoutReasons"/>); <see cref="SupervisionCardTier.None"/> switches the
    /// trigger off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined tier; the exception's <c>ParamName</c> is <c>SupervisionCardPolicy.RefusalWithoutReasons</c>.</exception>
    public SupervisionCardTier RefusalWithoutReasons
    {
        get;
        init => field = CheckTier(value);
    } = DefaultRefusalWithoutReasons;

    /// <summary>
    /// Gets the tier of a fee charged outside the power's published standard (未按公布的收费标准收费,
    /// <see cref="SupervisionCardCodes.FeeOutsideStandard"/>); <see cref="SupervisionCardTier.None"/> switches the trigger off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined tier; the exception's <c>ParamName</c> is <c>SupervisionCardPolicy.FeeOutsideStandard</c>.</exception>
    public SupervisionCardTier FeeOutsideStandard
    {
        get;
        init => field = CheckTier(value);
    } = DefaultFeeOutsideStandard;

    /// <summary>
    /// Gets whether a step over its own committed limit (环节时限) earns a yellow card
    /// (<see cref="SupervisionCardCodes.StepLimitPassed"/>). A step over the legal limit the law sets for it
    /// (<see cref="SupervisionCardCodes.StepLegalLimitPassed"/>) is a legal-limit overrun and is red whatever this says.
    /// </summary>
    public bool StepOverruns { get; init; } = DefaultStepOverruns;

    private static ArgumentNullException NullOption(string option)
    {
        var name = Name + "." + option;
        return new ArgumentNullException(name, name + " must not be null. " + name + "不能为空。");
    }

    private static SupervisionCardTier CheckTier(SupervisionCardTier value, [System.Runtime.CompilerServices.CallerMemberName] string option = "")
    {
        if (value is < SupervisionCardTier.None or > SupervisionCardTier.Red)
        {
            throw Preconditions.OptionOutOfRange(Name, option, (int)value, "must be a defined tier: None (0, off), Warning (1), Yellow (2) or Red (3)", "须为已定义的等级：None（0，关闭）、Warning（1，预警）、Yellow（2，黄牌）或Red（3，红牌）");
        }

        return value;
    }
}
