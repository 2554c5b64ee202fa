using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Evaluation;

/// <summary>The year-end assessment of a person (个人年终考核结果), with the rules that produced it.</summary>
/// <param name="Person">The person.</param>
/// <param name="Year">The year.</param>
/// <param name="AwardsEligible">Whether the person may receive awards this year.</param>
/// <param name="Reassignment">Whether the person is to be reassigned (调整工作岗位).</param>
/// <param name="Rules">The rules applied, in English and Chinese.</param>
public sealed record PersonAssessment(string Person, int Year, bool AwardsEligible, bool Reassignment, IReadOnlyList<AppliedRule> Rules);
