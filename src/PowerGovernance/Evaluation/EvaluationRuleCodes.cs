namespace PowerGovernance.Evaluation;

/// <summary>Stable codes of the assessment rules (see <see cref="Validation.AppliedRule.Code"/>).</summary>
public static class EvaluationRuleCodes
{
    /// <summary>Circulated criticism twice within the year: one-vote veto of the unit's awards (一票否决).</summary>
    public const string OneVoteVeto = "OneVoteVeto";

    /// <summary>Failed the accountability-system assessment: no awards that year (取消当年评先评优资格).</summary>
    public const string FailedAssessment = "FailedAccountabilityAssessment";

    /// <summary>Failed it in consecutive years: reassignment (调整工作岗位).</summary>
    public const string ConsecutiveFailures = "ConsecutiveFailures";

    /// <summary>A sanction removed this year's awards (取消当年评优评先资格).</summary>
    public const string SanctionedLossOfAwards = "SanctionedLossOfAwards";

    /// <summary>Late and overdue cases counted from supervision (电子监察).</summary>
    public const string LateCases = "LateCases";

    /// <summary>No rule barred the awards.</summary>
    public const string Eligible = "Eligible";
}
