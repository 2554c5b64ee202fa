using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Evaluation;

/// <summary>
/// The result of rating a service (评价结果): the rating to store when accepted, or every finding that says why not (codes from
/// <see cref="ServiceRatingRuleCodes"/>).
/// </summary>
public sealed class ServiceRatingResult : OperationResult
{
    private readonly ServiceRating? rating;

    internal ServiceRatingResult(ServiceRating? rating, IReadOnlyList<Finding> findings)
        : base(findings)
    {
        this.rating = rating;
    }

    /// <summary>Gets the rating to store.</summary>
    /// <exception cref="System.InvalidOperationException">The rating was refused; the message gives the reasons.</exception>
    public ServiceRating Rating => rating ?? throw new System.InvalidOperationException("The rating was refused: " + Message + " / 评价未被接受：" + ChineseMessage);
}
