namespace PowerGovernance.Evaluation;

/// <summary>Stable codes of the service-evaluation rules (好差评规则, see <see cref="Validation.Finding.Code"/>).</summary>
public static class ServiceRatingRuleCodes
{
    /// <summary>The rating's id is blank.</summary>
    public const string IdMissing = "RatingIdMissing";

    /// <summary>The grade is not one of the five.</summary>
    public const string GradeUndefined = "RatingGradeUndefined";

    /// <summary>The rated case's power is not listed in the desk's catalog.</summary>
    public const string PowerNotListed = "RatingPowerNotListed";

    /// <summary>The definition given is not the one the rated case runs.</summary>
    public const string WrongDefinition = "RatingWrongDefinition";

    /// <summary>The rating is dated before the service it rates began.</summary>
    public const string BeforeService = "RatingBeforeService";

    /// <summary>The rated inquiry is still open: nothing has been served yet to rate.</summary>
    public const string InquiryStillOpen = "RatingInquiryStillOpen";

    /// <summary>The comment is longer than <see cref="ServiceRatingDesk.MaxCommentLength"/>.</summary>
    public const string CommentTooLong = "RatingCommentTooLong";

    /// <summary>A rectification was asked for a rating that is not bad: only 不满意 and 非常不满意 are rectified.</summary>
    public const string NotBad = "RatingNotBad";

    /// <summary>The year-end assessment's report of the unit's service ratings.</summary>
    public const string Reported = "ServiceRatings";
}
