using NodaTime;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// Whether a licensing application counts as accepted because its missing materials were not told in time
/// (逾期不告知的，自收到申请材料之日起即为受理, 行政许可法 Art. 32(4)).
/// </summary>
/// <param name="Received">The day the application materials were received.</param>
/// <param name="NoticeDueDate">The last day a one-time notice could be given (the period ends at 24:00).</param>
/// <param name="FirstNoticeOn">The day the first notice was given, or <see langword="null"/>.</param>
/// <param name="IsDeemedAccepted">Whether the application counts as accepted: no notice by the due date (given late, or not at all and the due date has passed).</param>
/// <param name="AcceptedFrom">When deemed accepted, the day of receipt, from which the decision limit runs; otherwise <see langword="null"/>.</param>
public sealed record DeemedAcceptance(LocalDate Received, LocalDate NoticeDueDate, LocalDate? FirstNoticeOn, bool IsDeemedAccepted, LocalDate? AcceptedFrom);
