namespace PowerGovernance.Supervision;

/// <summary>Which of a case's two clocks an explanation is about.</summary>
public enum ExplainedClock
{
    /// <summary>The legal clock (法定时限).</summary>
    Legal = 0,

    /// <summary>The committed clock (承诺时限).</summary>
    Committed = 1,
}
