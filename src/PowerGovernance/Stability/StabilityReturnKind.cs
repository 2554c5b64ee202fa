namespace PowerGovernance.Stability;

/// <summary>The periodic written returns of the stability office (综治维稳定期报告).</summary>
public enum StabilityReturnKind
{
    /// <summary>The monthly return of visits, sorted by kind (每月来访情况归类上报): to the leaders and departments in charge, circulated to the units concerned.</summary>
    MonthlyVisitReturn = 0,

    /// <summary>The quarterly return of visits, sorted by kind (季度来访情况归类上报).</summary>
    QuarterlyVisitReturn = 1,

    /// <summary>The quarterly summary report of the dispute screening (矛盾纠纷排查实行总结报告制度，一季度一总结一报告).</summary>
    QuarterlyScreeningSummary = 2,
}
