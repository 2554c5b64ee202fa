using PowerGovernance.Accountability;

namespace PowerGovernance.Stability;

/// <summary>
/// One liability to open under the stability office's liability rules (应当追究的责任): who answers, for which matter, and the
/// measure the rule calls for. Open the accountability case with <see cref="AccountabilityProceedings.Open"/>, <see cref="Subject"/> and <see cref="Matter"/>.
/// </summary>
/// <param name="Subject">The person who answers, by person id.</param>
/// <param name="Party">Whether the person answers as the staff member or as the department's responsible person.</param>
/// <param name="Unit">The department (部门).</param>
/// <param name="Matter">The circumstance (问责情形) the person answers for.</param>
/// <param name="Measure">The measure the rule calls for.</param>
public sealed record LiabilityToOpen(string Subject, StabilityLiableParty Party, string Unit, AccountabilityMatter Matter, StabilityLiabilityMeasure Measure);
