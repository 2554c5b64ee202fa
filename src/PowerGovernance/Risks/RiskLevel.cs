namespace PowerGovernance.Risks;

/// <summary>The level of a risk point (风险等级), as risk-prevention registers grade them: high, medium, low (高、中、低).</summary>
public enum RiskLevel
{
    /// <summary>Low (低): the post concerned watches it itself.</summary>
    Low = 0,

    /// <summary>Medium (中): the head of the unit watches it.</summary>
    Medium = 1,

    /// <summary>High (高): the discipline inspection body watches it.</summary>
    High = 2,
}
