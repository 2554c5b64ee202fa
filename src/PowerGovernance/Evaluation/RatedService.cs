namespace PowerGovernance.Evaluation;

/// <summary>What was rated (评价对象): a handled case (一事一评) or a first inquiry at the desk (一次一评).</summary>
public enum RatedService
{
    /// <summary>A case handled on the procedure engine (办件).</summary>
    Case = 1,

    /// <summary>An inquiry of the first-inquiry desk (咨询).</summary>
    Inquiry = 2,
}
