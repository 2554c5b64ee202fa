using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Validation;

namespace PowerGovernance.CivilAffairs;

/// <summary>
/// The result of checking an application for serious-illness aid against <see cref="SeriousIllnessAidEligibility"/>
/// (大病救助审核结论): eligible or not, with every reason at once, in English and Simplified Chinese.
/// </summary>
public sealed class SeriousIllnessAidAssessment
{
    private readonly Finding[] reasons;

    internal SeriousIllnessAidAssessment(IEnumerable<Finding> reasons)
    {
        this.reasons = reasons.ToArray();
        IsEligible = this.reasons.Length > 0 && this.reasons.All(r => r.Severity == FindingSeverity.Info);
    }

    /// <summary>Gets whether the applicant is eligible (符合救助条件): a ground is met and nothing excludes it.</summary>
    public bool IsEligible { get; }

    /// <summary>
    /// Gets every reason: the grounds met (<see cref="FindingSeverity.Info"/>) and every ground missed, exclusion or invalid
    /// fact (<see cref="FindingSeverity.Error"/>); codes from <see cref="SeriousIllnessAidRuleCodes"/>.
    /// </summary>
    public IReadOnlyList<Finding> Reasons => reasons;

    /// <summary>Gets the reasons that refuse the aid (不予救助的理由), for the written refusal; empty when eligible.</summary>
    public IReadOnlyList<Finding> RefusalReasons => reasons.Where(r => r.Severity == FindingSeverity.Error).ToArray();

    /// <summary>Returns the conclusion and every reason, one a line, in both languages.</summary>
    /// <returns>E.g. <c>Not eligible / 不符合救助条件</c> followed by the reasons.</returns>
    public override string ToString() =>
        (IsEligible ? "Eligible / 符合救助条件" : "Not eligible / 不符合救助条件") + string.Concat(reasons.Select(r => "\n" + r));
}
