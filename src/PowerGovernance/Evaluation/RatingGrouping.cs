namespace PowerGovernance.Evaluation;

/// <summary>How service ratings are grouped in a report (统计口径).</summary>
public enum RatingGrouping
{
    /// <summary>By the power the service exercised (按事项).</summary>
    Power = 1,

    /// <summary>By the post that served (按岗位).</summary>
    Post = 2,

    /// <summary>By the unit that served (按单位).</summary>
    Unit = 3,
}
