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

    /// <summary>Default for <see cref="RequestNaturalDays"/>: 3 (对群众提出需要公开的事项，在3日内根据规定进行公开).</summary>
    public const int DefaultRequestNaturalDays = 3;

    /// <summary>Default for <see cref="CommentWorkingDays"/>: 5 (拟做出的行政决策事项对外公开时间不少于5个工作日).</summary>
    public const int DefaultCommentWorkingDays = 5;

    /// <summary>Default for <see cref="StageWorkingDays"/>: 0 — the rule book sets no number for stage work, so a stage is disclosed the day it ends.</summary>
    public const int DefaultStageWorkingDays = 0;

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

    /// <summary>Gets the natural days within which a matter the public asks to be disclosed is disclosed; 0 to 365.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>DisclosureOptions.RequestNaturalDays</c>.</exception>
    public int RequestNaturalDays
    {
        get;
        init
        {
            field = Preconditions.CheckOptionRange(value, 0, 365, nameof(DisclosureOptions));
        }
    } = DefaultRequestNaturalDays;

    /// <summary>Gets the shortest comment period for a proposed decision, in working days; 1 to 365.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>DisclosureOptions.CommentWorkingDays</c>.</exception>
    public int CommentWorkingDays
    {
        get;
        init
        {
            field = Preconditions.CheckOptionRange(value, 1, 365, nameof(DisclosureOptions));
        }
    } = DefaultCommentWorkingDays;

    /// <summary>Gets the working days after a stage ends within which it is disclosed; 0 to 365.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>DisclosureOptions.StageWorkingDays</c>.</exception>
    public int StageWorkingDays
    {
        get;
        init
        {
            field = Preconditions.CheckOptionRange(value, 0, 365, nameof(DisclosureOptions));
        }
    } = DefaultStageWorkingDays;
}
