namespace PowerGovernance.Powers;

/// <summary>
/// The stable codes of the rules for listing powers in a catalog and reviewing it (职权目录的列入与审核规则), reported
/// as <see cref="Validation.Finding.Code"/> by <see cref="PowerCatalog"/> (<see cref="InvalidCatalogException.Findings"/>,
/// <see cref="PowerCatalog.MayBeExercised"/>) and <see cref="CatalogReview"/> (<see cref="CatalogReviewResult"/>).
/// Each entry states the path of its finding; every one is an error.
/// </summary>
/// <remarks>
/// The rules on the content of a single power are in <see cref="CatalogRuleCodes"/>; <see cref="PowerCatalog"/> and
/// <see cref="CatalogReview"/> report three of them too: <see cref="CatalogRuleCodes.PowerMissing"/> (path
/// <c>Powers[i]</c>), <see cref="CatalogRuleCodes.CodeDuplicate"/> (path <c>Powers[code]</c>) and
/// <see cref="CatalogRuleCodes.LegalBasisMissing"/>. Codes are PascalCase, the same in every language; a released code
/// never changes meaning.
/// </remarks>
public static class CatalogReviewRuleCodes
{
    /// <summary>
    /// Error, path <c>Powers[code]</c> or <c>Changes[code]</c>: the power is not listed in the catalog version
    /// (未列入职权目录): <see cref="PowerCatalog.MayBeExercised"/> bars it (凡未列入职权目录的权力，不得行使 — a power not
    /// in the catalog may not be exercised), and <see cref="PowerCatalog.Apply"/> cannot amend or abolish it.
    /// </summary>
    public const string NotListed = nameof(NotListed);

    /// <summary>Error, path <c>Changes[code]</c>: a change adds a power that is already listed; amend it instead (已列入职权目录).</summary>
    public const string AlreadyListed = nameof(AlreadyListed);

    /// <summary>Error, path <c>Changes[code]</c>: the same change set changes a power more than once (同一变更集多次变更).</summary>
    public const string ChangedTwice = nameof(ChangedTwice);

    /// <summary>Error, path <c>Changes</c>: <see cref="CatalogReview.Start"/> was given a change set without changes (审核轮次没有变更).</summary>
    public const string ReviewWithoutChanges = nameof(ReviewWithoutChanges);

    /// <summary>
    /// Error, path <c>Stage</c>: a review step was taken at the wrong stage of the round, e.g. signing before the
    /// collective review (审核步骤顺序错误); steps are never skipped.
    /// </summary>
    public const string ReviewStepOutOfOrder = nameof(ReviewStepOutOfOrder);

    /// <summary>Error, path <c>Decisions[code]</c>: the power is not an item under review in the round, or not one to be clarified (不是审核事项).</summary>
    public const string NotUnderReview = nameof(NotUnderReview);

    /// <summary>Error, path <c>Decisions[code]</c>: the decision is <see cref="ItemDecision.Pending"/> or not a defined <see cref="ItemDecision"/> (审核决定无效).</summary>
    public const string DecisionUndefined = nameof(DecisionUndefined);

    /// <summary>Error, path <c>Decisions</c>: items under review still need a decision, so the catalog cannot be published (尚有事项未作审核决定).</summary>
    public const string DecisionsOpen = nameof(DecisionsOpen);
}
