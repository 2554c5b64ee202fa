using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Powers;

/// <summary>
/// The result of a review step (审核步骤结果): either accepted, with the new round, or refused, with the unchanged
/// round and the findings that say why in English and Simplified Chinese (a refusal never changes anything).
/// </summary>
/// <remarks>
/// A refusal's findings carry codes from <see cref="CatalogReviewRuleCodes"/>, e.g.
/// <see cref="CatalogReviewRuleCodes.ReviewStepOutOfOrder"/> or <see cref="CatalogRuleCodes.LegalBasisMissing"/>.
/// </remarks>
public sealed class CatalogReviewResult : OperationResult
{
    internal CatalogReviewResult(CatalogReviewRound round, IReadOnlyList<Finding> findings)
        : base(findings)
    {
        Round = round;
    }

    /// <summary>Gets the round (审核轮次): the new round when accepted; the unchanged round when refused.</summary>
    public CatalogReviewRound Round { get; }
}
