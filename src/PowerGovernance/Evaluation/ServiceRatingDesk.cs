using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PowerGovernance.Calendars;
using PowerGovernance.FrontDesk;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Validation;

namespace PowerGovernance.Evaluation;

/// <summary>
/// Service evaluation (政务服务“好差评”, 国办发〔2019〕51号): a handled case or an inquiry is rated in one of five grades
/// (<see cref="ServiceGrade"/>), the power, unit and post that served taken from the catalog and the case, never from the caller; every
/// bad rating (差评) opens a rectification case on the engine (<see cref="OpenRectification"/>, <see cref="RatingRectificationProcedure"/>).
/// Pure and thread-safe.
/// </summary>
public sealed class ServiceRatingDesk
{
    /// <summary>The longest comment kept (评价意见), in characters: 2,000.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>Creates the desk.</summary>
    /// <param name="catalog">The catalog rated powers are read from (their undertaking unit).</param>
    /// <param name="zone">The zone whose dates count; <see cref="Deadline.ChinaStandardZone"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ServiceRatingDesk(PowerCatalog catalog, DateTimeZone? zone = null)
    {
        Catalog = Preconditions.CheckNotNull(catalog);
        Zone = zone ?? Deadline.ChinaStandardZone;
    }

    /// <summary>Gets the catalog.</summary>
    public PowerCatalog Catalog { get; }

    /// <summary>Gets the zone whose dates count.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>
    /// Rates a case (一事一评): the power is the case's, the unit the power's undertaking unit in the catalog, the post that of the step
    /// the case is in (for a finished case, the step it ended in).
    /// </summary>
    /// <param name="id">The host's id of the rating.</param>
    /// <param name="case">The rated case.</param>
    /// <param name="definition">The definition the case runs (its id and version must match the case's).</param>
    /// <param name="grade">The grade.</param>
    /// <param name="at">When it was rated.</param>
    /// <param name="rater">The rater, for a named rating; null when anonymous.</param>
    /// <param name="comment">The comment, or null.</param>
    /// <returns>The rating, or every finding that refuses it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="case"/> or <paramref name="definition"/> is null.</exception>
    public ServiceRatingResult RateCase(string id, CaseSnapshot @case, ProcedureDefinition definition, ServiceGrade grade, Instant at, Rater? rater = null, string? comment = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(@case);
        Preconditions.CheckNotNull(definition);
        var findings = Common(id, grade, comment);
        string? unit = null;
        if (!Catalog.TryGet(@case.PowerCode, out var power))
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.PowerNotListed, "Case.PowerCode", @case.PowerCode.ToString(), $"The rated case's power '{@case.PowerCode}' is not listed in catalog version {Catalog.Version}.", $"被评价办件的职权“{@case.PowerCode}”未列入第{Catalog.Version}版职权目录。"));
        }
        else
        {
            unit = power.UndertakingUnit;
        }

        string? post = null;
        if (!string.Equals(definition.Id, @case.DefinitionId, StringComparison.Ordinal) || definition.Version != @case.DefinitionVersion || !definition.TryGetStep(@case.Step, out var step))
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.WrongDefinition, "Definition", definition.ToString(), $"Case '{PersonIds.Shown(@case.CaseId)}' runs '{PersonIds.Shown(@case.DefinitionId)}' v{@case.DefinitionVersion} at step '{PersonIds.Shown(@case.Step)}', not a step of '{definition.Id}' v{definition.Version}.", $"办件“{PersonIds.Shown(@case.CaseId)}”适用的流程不是“{definition.Id}”第{definition.Version}版。"));
        }
        else
        {
            post = step.Post;
        }

        var started = @case.Received.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (at.InZone(Zone).Date < @case.Received)
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.BeforeService, "At", at.ToString(), $"The rating at {at} is before the case was received on {started}.", $"评价时间早于办件收件日{started}。"));
        }

        return findings.Count > 0
            ? new ServiceRatingResult(null, findings)
            : new ServiceRatingResult(new ServiceRating(id, RatedService.Case, @case.CaseId, @case.PowerCode, unit, post!, grade, at, at.InZone(Zone).Date) { Rater = rater, Comment = Comment(comment) }, []);
    }

    /// <summary>
    /// Rates an inquiry of the first-inquiry desk (一次一评) once it was answered, routed or taken in: the power is the one it was routed
    /// or taken in for (none when it was answered at the desk), the unit the route's, the post its owner.
    /// </summary>
    /// <param name="id">The host's id of the rating.</param>
    /// <param name="inquiry">The rated inquiry.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="at">When it was rated.</param>
    /// <param name="rater">The rater, for a named rating; null when anonymous.</param>
    /// <param name="comment">The comment, or null.</param>
    /// <returns>The rating, or every finding that refuses it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="inquiry"/> is null.</exception>
    public ServiceRatingResult RateInquiry(string id, Inquiry inquiry, ServiceGrade grade, Instant at, Rater? rater = null, string? comment = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(inquiry);
        var findings = Common(id, grade, comment);
        if (inquiry.IsOpen)
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.InquiryStillOpen, "Inquiry.State", inquiry.State.ToString(), $"Inquiry '{PersonIds.Shown(inquiry.Id)}' is still open: it is rated once it was answered, routed or taken in.", $"咨询“{PersonIds.Shown(inquiry.Id)}”尚未办结，办结后方可评价。"));
        }

        if (at < inquiry.ReceivedAt)
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.BeforeService, "At", at.ToString(), $"The rating at {at} is before the inquiry was received at {inquiry.ReceivedAt}.", "评价时间早于咨询登记时间。"));
        }

        if (findings.Count > 0)
        {
            return new ServiceRatingResult(null, findings);
        }

        PowerCode? power = inquiry.Route?.Power ?? inquiry.Handover?.Power;
        var rating = new ServiceRating(id, RatedService.Inquiry, inquiry.Id, power, inquiry.Route?.Unit, inquiry.Owner, grade, at, at.InZone(Zone).Date) { Rater = rater, Comment = Comment(comment) };
        return new ServiceRatingResult(rating, []);
    }

    /// <summary>
    /// Opens the rectification of a bad rating on <paramref name="engine"/> (差评整改立案): starts a case of
    /// <see cref="RatingRectificationProcedure"/> under the rated power and registers the rating (two events). A rating that is not bad,
    /// or one without a listed power, is refused.
    /// </summary>
    /// <param name="engine">The engine; it must hold <see cref="RatingRectificationProcedure.Definition"/> (or a definition of that id).</param>
    /// <param name="rating">The bad rating.</param>
    /// <param name="caseId">The rectification case's id.</param>
    /// <param name="actor">The service supervisor who registers it.</param>
    /// <param name="at">When; the rectification limit runs from this day.</param>
    /// <returns>The case and its two events, or every reason it was refused.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RectificationResult OpenRectification(ProcedureEngine engine, ServiceRating rating, string caseId, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(engine);
        Preconditions.CheckNotNull(rating);
        Preconditions.CheckNotNull(caseId);
        Preconditions.CheckNotNull(actor);
        var findings = new List<Finding>();
        if (!rating.IsBad)
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.NotBad, "Rating.Grade", rating.Grade.ToString(), $"Rating '{PersonIds.Shown(rating.Id)}' is {rating.Grade}: only a bad rating (Dissatisfied or VeryDissatisfied) is rectified.", $"评价“{PersonIds.Shown(rating.Id)}”不是差评：只有“不满意”“非常不满意”需要整改。"));
        }

        if (rating.Power is not { } power)
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.PowerNotListed, "Rating.Power", null, $"Rating '{PersonIds.Shown(rating.Id)}' concerns no listed power: open its rectification under the power the matter belongs to.", $"评价“{PersonIds.Shown(rating.Id)}”未关联职权事项。"));
        }
        else if (!Catalog.TryGet(power, out _))
        {
            // A stored rating is the host's data: its power is checked again, not believed.
            findings.Add(Finding.Error(ServiceRatingRuleCodes.PowerNotListed, "Rating.Power", power.ToString(), $"Rating '{PersonIds.Shown(rating.Id)}' names power '{power}', which is not listed in catalog version {Catalog.Version}.", $"评价“{PersonIds.Shown(rating.Id)}”关联的职权“{power}”未列入第{Catalog.Version}版职权目录。"));
        }

        if (findings.Count > 0)
        {
            return new RectificationResult(null, [], RejectionKind.ArgumentInvalid, findings);
        }

        var started = engine.Start(caseId, rating.Power!.Value, RatingRectificationProcedure.Id, actor, at);
        if (!started.IsAccepted)
        {
            return new RectificationResult(null, [], started.Rejection, started.Findings);
        }

        var arguments = TriggerArguments.None
            .With(RatingRectificationProcedure.Arguments.Rating, rating.Id)
            .With(RatingRectificationProcedure.Arguments.Grade, rating.Grade)
            .With(RatingRectificationProcedure.Arguments.Service, rating.Service)
            .With(RatingRectificationProcedure.Arguments.ServiceId, rating.ServiceId);
        var registered = engine.Fire(started.Snapshot, RatingRectificationProcedure.Triggers.Register, actor, at, arguments);
        return registered.IsAccepted
            ? new RectificationResult(registered.Snapshot, [started.Events[0], registered.Events[0]], RejectionKind.None, [])
            : new RectificationResult(null, [], registered.Rejection, registered.Findings);
    }

    private static List<Finding> Common(string id, ServiceGrade grade, string? comment)
    {
        var findings = new List<Finding>();
        if (!VisibleText.HasVisibleText(id))
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.IdMissing, "Id", PersonIds.Shown(id), "The rating needs an id with visible text.", "评价编号须含可见文字。"));
        }

        if (!Enum.IsDefined(grade))
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.GradeUndefined, "Grade", ((int)grade).ToString(CultureInfo.InvariantCulture), $"The grade {(int)grade} is not one of the five (1 VeryDissatisfied … 5 VerySatisfied).", $"评价等级{(int)grade}无效：应为非常满意、满意、基本满意、不满意或非常不满意。"));
        }

        if (comment is { Length: > MaxCommentLength })
        {
            findings.Add(Finding.Error(ServiceRatingRuleCodes.CommentTooLong, "Comment", PersonIds.Shown(comment), $"The comment has {comment.Length} characters; at most {MaxCommentLength} are kept.", $"评价意见{comment.Length}字，超过{MaxCommentLength}字上限。"));
        }

        return findings;
    }

    private static string? Comment(string? comment) => VisibleText.HasVisibleText(comment) ? comment : null;
}
