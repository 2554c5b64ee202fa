namespace PowerGovernance.Supervision;

/// <summary>Which clock of a case (计时对象).</summary>
public enum SupervisedClock
{
    /// <summary>The case clock, against the case's limit (办件总时限).</summary>
    Case = 0,

    /// <summary>The current step's clock, against the step's own limit (环节时限).</summary>
    Step = 1,
}
