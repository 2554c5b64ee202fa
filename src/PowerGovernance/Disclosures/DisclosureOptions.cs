using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Disclosures;

/// <summary>
/// The numbers of the disclosure timing rules (公开时限参数), each a documented default a host may
/// override with a <c>with</c> expression.
/// </summary>
public sealed record DisclosureOptions
{
    /// <summary>Default for <see cref="PeriodMonths"/>: 3, quarterly (原则上每季度公开一次).</summary>
    public const int DefaultPeriodMonths = 3;

    /// <summary>Default for <see cref="RequestLimit"/>: 3 natural days (对群众提出需要公开的事项，在3日内根据规定进行公开).</summary>
    public static TimeLimit DefaultRequestLimit { get; } = TimeLimit.NaturalDays(3);

    /// <summary>Default for <see cref="CommentPeriod"/>: 5 working days (拟做出的行政决策事项对外公开时间不少于5个工作日).</summary>
    public static TimeLimit DefaultCommentPeriod { get; } = TimeLimit.WorkingDays(5);

    /// <summary>Default for <see cref="StageLimit"/>: 0 working days — the rule book sets no number for stage work, so a stage is disclosed the day it ends.</summary>
    public static TimeLimit DefaultStageLimit { get; } = TimeLimit.WorkingDays(0);

    /// <summary>Gets the defaults.</summary>
    public static DisclosureOptions Default { get; } = new();

    /// <summary>Gets the length of a periodic disclosure period in months, periods starting on 1 January; 1, 2, 3, 4, 6 or 12.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>DisclosureOptions.PeriodMonths</c>.</exception>
    public int PeriodMonths
    {
        get;
        init
        {
            if (value < 1 || 12 % value != 0)
            {
                throw Preconditions.OptionOutOfRange(nameof(DisclosureOptions), nameof(PeriodMonths), value, "must divide the year: 1, 2, 3, 4, 6 or 12 (months)", "须能整除一年：1、2、3、4、6或12（个月）");
            }

            field = value;
        }
    } = DefaultPeriodMonths;

    /// <summary>
    /// Gets the time limit within which a matter the public asks to be disclosed is disclosed (依申请公开时限);
    /// 0 to 365 natural days: the rule counts days (3日内), not working days.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not 0 to 365 natural days; the exception's <c>ParamName</c> is <c>DisclosureOptions.RequestLimit</c>.</exception>
    public TimeLimit RequestLimit
    {
        get;
        init
        {
            field = Preconditions.CheckOptionLimit(value, TimeLimitKind.NaturalDays, 0, 365, nameof(DisclosureOptions));
        }
    } = DefaultRequestLimit;

    /// <summary>
    /// Gets the shortest comment period for a proposed decision (征求意见期); 1 to 365 working days: the rule
    /// counts working days (不少于5个工作日).
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not 1 to 365 working days; the exception's <c>ParamName</c> is <c>DisclosureOptions.CommentPeriod</c>.</exception>
    public TimeLimit CommentPeriod
    {
        get;
        init
        {
            field = Preconditions.CheckOptionLimit(value, TimeLimitKind.WorkingDays, 1, 365, nameof(DisclosureOptions));
        }
    } = DefaultCommentPeriod;

    /// <summary>Gets the time limit after a stage ends within which it is disclosed (阶段性公开时限); 0 to 365 working days.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not 0 to 365 working days; the exception's <c>ParamName</c> is <c>DisclosureOptions.StageLimit</c>.</exception>
    public TimeLimit StageLimit
    {
        get;
        init
        {
            field = Preconditions.CheckOptionLimit(value, TimeLimitKind.WorkingDays, 0, 365, nameof(DisclosureOptions));
        }
    } = DefaultStageLimit;
}
