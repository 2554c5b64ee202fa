namespace PowerGovernance.Procedures;

/// <summary>How a case ends (办结结果), set by the terminal step it reaches.</summary>
public enum CaseOutcome
{
    /// <summary>Granted or approved (准予/批准).</summary>
    Granted = 0,

    /// <summary>Refused, with written reasons (不予许可/不予批准，书面说明理由).</summary>
    Refused = 1,

    /// <summary>Withdrawn by the applicant (撤回申请).</summary>
    Withdrawn = 2,

    /// <summary>Transferred to the competent body (移送/转办).</summary>
    Transferred = 3,

    /// <summary>Not accepted (不予受理).</summary>
    NotAccepted = 4,

    /// <summary>Completed, for procedures without a grant or refusal (办结).</summary>
    Completed = 5,
}
