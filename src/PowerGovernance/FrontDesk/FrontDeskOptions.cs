using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The numbers of the front-desk rules (窗口服务制度参数), each a documented default a host may override
/// with a <c>with</c> expression: <c>FrontDeskOptions.Default with { WebsiteAnswerWorkingDays = 3 }</c>.
/// </summary>
public sealed record FrontDeskOptions
{
    /// <summary>Default for <see cref="NoticeWorkingDays"/>: 5 (Administrative Licensing Law, 行政许可法, Art. 32(4)).</summary>
    public const int DefaultNoticeWorkingDays = 5;

    /// <summary>Default for <see cref="WrittenCopies"/>: 2 (书面材料一式两份, 一次性告知制 4).</summary>
    public const int DefaultWrittenCopies = 2;

    /// <summary>Default for <see cref="WebsiteAnswerWorkingDays"/>: 5 (首问责任制 5: 答复时限在收到分配问题的5个工作日内).</summary>
    public const int DefaultWebsiteAnswerWorkingDays = 5;

    /// <summary>Gets the defaults.</summary>
    public static FrontDeskOptions Default { get; } = new();

    /// <summary>
    /// Gets the working days after receipt within which a licensing application's missing materials must
    /// be told at once; a notice not given by then means the application counts as accepted from the day
    /// of receipt (逾期不告知的，自收到申请材料之日起即为受理). 0 to 365.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>FrontDeskOptions.NoticeWorkingDays</c>.</exception>
    public int NoticeWorkingDays
    {
        get;
        init
        {
            field = Preconditions.CheckOptionRange(value, 0, 365, nameof(FrontDeskOptions));
        }
    } = DefaultNoticeWorkingDays;

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

    /// <summary>Gets the working days after a website question is received within which it must be answered. 1 to 365.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is outside the range; the exception's <c>ParamName</c> is <c>FrontDeskOptions.WebsiteAnswerWorkingDays</c>.</exception>
    public int WebsiteAnswerWorkingDays
    {
        get;
        init
        {
            field = Preconditions.CheckOptionRange(value, 1, 365, nameof(FrontDeskOptions));
        }
    } = DefaultWebsiteAnswerWorkingDays;
}
