namespace PowerGovernance.Powers;

/// <summary>
/// The stages of a catalog review round (职权目录审核流程): clear and draft → collective
/// review by the leadership → signed by the head → declared to the legal-affairs office → each item
/// confirmed, abolished or sent back for clarification → published.
/// </summary>
public enum CatalogReviewStage
{
    /// <summary>The draft catalog is being prepared (清理, 起草).</summary>
    Draft = 0,

    /// <summary>The leadership has reviewed it collectively (领导班子集体审议).</summary>
    CollectivelyReviewed = 1,

    /// <summary>The head has signed it (主要负责人签字).</summary>
    SignedByHead = 2,

    /// <summary>It has been declared to the legal-affairs office, which now decides on each item (申报法制办审核).</summary>
    Declared = 3,

    /// <summary>It has been published (公布); a published catalog changes only through a new round.</summary>
    Published = 4,
}
