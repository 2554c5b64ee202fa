using System.Collections.Generic;
using PowerGovernance.Validation;

namespace PowerGovernance.Evaluation;

/// <summary>The year-end assessment of a unit (单位年终考核结果), with the rules that produced it.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Year">The year.</param>
/// <param name="AwardsVetoed">Whether the one-vote veto applies (一票否决).</param>
/// <param name="AwardsEligible">Whether the unit may receive awards this year (评先评优资格).</param>
/// <param name="LateCases">Cases finished late plus open cases overdue, from supervision.</param>
/// <param name="Rules">The rules applied, in English and Chinese.</param>
public sealed record UnitAssessment(string Unit, int Year, bool AwardsVetoed, bool AwardsEligible, int LateCases, IReadOnlyList<AppliedRule> Rules);
