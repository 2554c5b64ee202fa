using System;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.Appeals;

/// <summary>
/// The office's appeal rules (申诉、复议时限): how long a person has to appeal each kind of decision, how long the
/// review may take, and whether an appeal suspends the decision. <see cref="Default"/> holds the rule book's and
/// the national defaults; an office overrides any of them with <c>with</c>.
/// </summary>
/// <param name="AccountabilityAppeal">Appeal against an accountability decision, from receipt: default 15 working days (自收到决定之日起15个工作日内).</param>
/// <param name="AccountabilityReview">Review of that appeal, from its receipt: default 30 working days (30个工作日内作出决定).</param>
/// <param name="ReconsiderationApplication">Application for administrative reconsideration, from knowing of the act: default 60 days (行政复议法 Art. 20).</param>
/// <param name="ReconsiderationDecision">Reconsideration decision, from acceptance: default 60 days (Art. 62).</param>
/// <param name="PetitionReviewRequest">Request for review of a petition opinion, from receipt: default 30 days (信访工作条例 Art. 35).</param>
/// <param name="PetitionReviewDecision">Review opinion, from the request: default 30 days (Art. 35).</param>
/// <param name="AppealSuspendsDecision">Whether filing an appeal suspends the original decision: default no (申诉期间，问责决定不停止执行).</param>
public sealed record AppealPolicy(
    TimeLimit AccountabilityAppeal,
    TimeLimit AccountabilityReview,
    TimeLimit ReconsiderationApplication,
    TimeLimit ReconsiderationDecision,
    TimeLimit PetitionReviewRequest,
    TimeLimit PetitionReviewDecision,
    bool AppealSuspendsDecision = false)
{
    /// <summary>
    /// The defaults: an accountability appeal within 15 working days and its review within 30 working days; a
    /// reconsideration application within 60 days and its decision within 60 days; a petition review request within
    /// 30 days and its opinion within 30 days; an appeal does not suspend the decision.
    /// </summary>
    public static AppealPolicy Default { get; } = new(
        TimeLimit.WorkingDays(15),
        TimeLimit.WorkingDays(30),
        TimeLimit.NaturalDays(60),
        TimeLimit.NaturalDays(60),
        TimeLimit.NaturalDays(30),
        TimeLimit.NaturalDays(30));

    /// <summary>The window for appealing a decision of <paramref name="kind"/> received on <paramref name="received"/>.</summary>
    /// <param name="kind">The kind of appeal.</param>
    /// <param name="calendar">The working calendar to count on.</param>
    /// <param name="received">The date the person received (or knew of) the decision; not counted itself.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="CalendarCoverageException">The window runs outside the calendar's coverage.</exception>
    public AppealWindow Window(AppealKind kind, IWorkingCalendar calendar, NodaTime.LocalDate received)
    {
        var (appeal, review) = kind switch
        {
            AppealKind.Accountability => (AccountabilityAppeal, AccountabilityReview),
            AppealKind.AdministrativeReconsideration => (ReconsiderationApplication, ReconsiderationDecision),
            AppealKind.PetitionReview => (PetitionReviewRequest, PetitionReviewDecision),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The value is not a defined appeal kind. / 该值不是已定义的申诉类别。"),
        };
        return new AppealWindow(Preconditions.CheckNotNull(calendar), received, appeal, review, AppealSuspendsDecision);
    }
}
