namespace PowerGovernance.Supervision;

/// <summary>Which clock of a case (计时对象).</summary>
public enum SupervisedClock
{
    /// <summary>The case's committed clock, against the case's committed limit (办件承诺时限).</summary>
    Case = 0,

    /// <summary>The current step's committed clock, against the step's own limit (环节时限).</summary>
    Step = 1,

    /// <summary>The case's legal clock, against the legal limit (办件法定时限).</summary>
    LegalCase = 2,

    /// <summary>The current step's legal clock, where the law limits the step (环节法定时限).</summary>
    LegalStep = 3,
}
