using NodaTime;
using PowerGovernance.Calendars;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// A matter the official who received it took on to find out (帮助其咨询了解或请示报告, 一次性告知制 3): why, when it was taken on,
/// the limit it was taken on under and the day by which the result must be told to the inquirer (将结果告知当事人). The result is
/// told with <see cref="FirstInquiryDesk.Answer"/>; being unclear is no excuse for not telling (不能以不清楚为由不履行告知义务).
/// </summary>
/// <param name="Reason">Why it must be found out (特殊情况).</param>
/// <param name="StartedAt">When the official took it on (开始咨询了解或请示报告).</param>
/// <param name="Limit">The limit counted from the day of receipt (not counted itself): the longer of the channel's limit and <see cref="FrontDeskOptions.ClarificationLimit"/>.</param>
/// <param name="DueOn">The last day on which the result may be told (告知期限), the end of <paramref name="Limit"/>.</param>
public sealed record Clarification(ClarificationReason Reason, Instant StartedAt, TimeLimit Limit, LocalDate DueOn);
