using NodaTime;
using PowerGovernance.Powers;

namespace PowerGovernance.Evaluation;

/// <summary>
/// One service evaluation (好差评评价): what was rated, the power, unit, post and officer that served, the grade, when, and — for a
/// named rating — who rated it. An immutable value the host stores; create it with <see cref="ServiceRatingDesk"/>.
/// </summary>
/// <param name="Id">The host's id of the rating.</param>
/// <param name="Service">What was rated: a case or an inquiry.</param>
/// <param name="ServiceId">The case id or inquiry id.</param>
/// <param name="Power">The power the service exercised, or <see langword="null"/> for an inquiry that concerned no listed power.</param>
/// <param name="Unit">The unit that served (承办单位), or <see langword="null"/> when not known.</param>
/// <param name="Post">The post that served (承办岗位).</param>
/// <param name="Grade">The grade (评价等级).</param>
/// <param name="RatedAt">When it was rated.</param>
/// <param name="RatedOn">The local date it was rated, on the desk's zone.</param>
public sealed record ServiceRating(
    string Id,
    RatedService Service,
    string ServiceId,
    PowerCode? Power,
    string? Unit,
    string Post,
    ServiceGrade Grade,
    Instant RatedAt,
    LocalDate RatedOn)
{
    /// <summary>Gets the rater, for a named rating (实名评价), or <see langword="null"/> for an anonymous one.</summary>
    public Rater? Rater { get; init; }

    /// <summary>Gets the rater's comment (评价意见), or <see langword="null"/>.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets whether this is a bad rating (差评: 不满意 or 非常不满意), which must be verified and put right.</summary>
    public bool IsBad => Grade is ServiceGrade.Dissatisfied or ServiceGrade.VeryDissatisfied;
}
