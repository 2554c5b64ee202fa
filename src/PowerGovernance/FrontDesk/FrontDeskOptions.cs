using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The numbers of the front-desk rules (窗口服务制度参数), each a documented default a host may override
/// with a <c>with</c> expression: <c>FrontDeskOptions.Default with { WebsiteAnswerLimit = TimeLimit.WorkingDays(3) }</c>.
/// </summary>
public sealed record FrontDeskOptions
{
    /// <summary>Default for <see cref="NoticeLimit"/>: 5 working days (行政许可法 Art. 32(4)).</summary>
    public static TimeLimit DefaultNoticeLimit { get; } = TimeLimit.WorkingDays(5);

    /// <summary>Default for <see cref="WrittenCopies"/>: 2 (书面材料一式两份, 一次性告知制 4).</summary>
    public const int DefaultWrittenCopies = 2;

    /// <summary>Default for <see cref="WebsiteAnswerLimit"/>: 5 working days (首问责任制: 答复时限在收到分配问题的5个工作日内).</summary>
    public static TimeLimit DefaultWebsiteAnswerLimit { get; } = TimeLimit.WorkingDays(5);

    /// <summary>
    /// Default for <see cref="ClarificationLimit"/>: 5 working days. The township's rule (一次性告知制 3) sets no number; five working
    /// days follows the five days the licensing law gives for telling an applicant at once what is missing (行政许可法 Art. 32(4)),
    /// counted in working days as that law counts its periods (行政许可法 Art. 82), and the five working days the same desk has to answer
    /// a website question (<see cref="DefaultWebsiteAnswerLimit"/>, 首问责任制).
    /// </summary>
    public static TimeLimit DefaultClarificationLimit { get; } = TimeLimit.WorkingDays(5);

    /// <summary>Gets the defaults.</summary>
    public static FrontDeskOptions Default { get; } = new();

    /// <summary>
    /// Gets the time limit after receipt within which a licensing application's missing materials must
    /// be told at once (一次性告知时限); a notice not given by then means the application counts as accepted
    /// from the day of receipt (逾期不告知的，自收到申请材料之日起即为受理). 0 to 365 working days: the law counts
    /// working days (行政许可法 Art. 32(4), Art. 82).
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not 0 to 365 working days; the exception's <c>ParamName</c> is <c>FrontDeskOptions.NoticeLimit</c>.</exception>
    public TimeLimit NoticeLimit
    {
        get;
        init
        {
            field = Preconditions.CheckOptionLimit(value, TimeLimitKind.WorkingDays, 0, 365, nameof(FrontDeskOptions));
        }
    } = DefaultNoticeLimit;

    /// <summary>Gets the number of copies of a written notice, the last kept for the file. 2 to 10.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>FrontDeskOptions.WrittenCopies</c>.</exception>
    public int WrittenCopies
    {
        get;
        init
        {
            field = Preconditions.CheckOptionRange(value, 2, 10, nameof(FrontDeskOptions));
        }
    } = DefaultWrittenCopies;

    /// <summary>
    /// Gets the time limit after a website question is received within which it must be answered (网上咨询答复时限).
    /// 1 to 365 working days: the rule counts working days.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not 1 to 365 working days; the exception's <c>ParamName</c> is <c>FrontDeskOptions.WebsiteAnswerLimit</c>.</exception>
    public TimeLimit WebsiteAnswerLimit
    {
        get;
        init
        {
            field = Preconditions.CheckOptionLimit(value, TimeLimitKind.WorkingDays, 1, 365, nameof(FrontDeskOptions));
        }
    } = DefaultWebsiteAnswerLimit;

    /// <summary>
    /// Gets the time limit after an inquiry is received (the day of receipt not counted) within which a matter taken on to be found
    /// out must have its result told to the inquirer (咨询了解或请示报告结果告知时限, 一次性告知制 3: 经办人员应及时帮助其咨询了解或请示报告，
    /// 并将结果告知当事人). The rule sets no number: see <see cref="DefaultClarificationLimit"/> for why the default is 5 working days.
    /// 1 to 365 working days.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not 1 to 365 working days; the exception's <c>ParamName</c> is <c>FrontDeskOptions.ClarificationLimit</c>.</exception>
    public TimeLimit ClarificationLimit
    {
        get;
        init
        {
            field = Preconditions.CheckOptionLimit(value, TimeLimitKind.WorkingDays, 1, 365, nameof(FrontDeskOptions));
        }
    } = DefaultClarificationLimit;
}
