using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.Accountability;

/// <summary>
/// An accountability decision the review found wrong (复核变更或撤销的问责决定), linked to the investigators' own liability: the
/// township's accountability rules hold the investigators accountable when they abused their powers, favoured someone or neglected
/// their duty and their conclusion, departing seriously from the facts, led the Party committee to a wrong decision (调查人员滥用职权、
/// 徇私舞弊、玩忽职守，作出的调查结论与事实出现重大偏差，致使镇党委作出错误的问责决定，应当依照有关规定追究其责任). Built from the
/// case, so the investigators are those the case's sealed parties name (those who stepped aside excluded: they did not investigate);
/// whether each of them is at fault is for a new case: open one against each with <see cref="AccountabilityProceedings.Open"/> and
/// <see cref="Matter"/>.
/// </summary>
public sealed record WrongfulInvestigation
{
    private WrongfulInvestigation(string caseId, string outcome, string[] investigators)
    {
        CaseId = caseId;
        ReviewOutcome = outcome;
        Investigators = Array.AsReadOnly(investigators);
    }

    /// <summary>Gets the case whose decision was found wrong.</summary>
    public string CaseId { get; }

    /// <summary>Gets how the review found it wrong: <see cref="AccountabilityProcedure.Steps.Varied"/> or <see cref="AccountabilityProcedure.Steps.Revoked"/>.</summary>
    public string ReviewOutcome { get; }

    /// <summary>Gets the investigators whose conclusion the decision rested on, by person id, in the order they were assigned.</summary>
    public IReadOnlyList<string> Investigators { get; }

    /// <summary>Gets the accountability matter (问责情形): <see cref="AccountabilityMatter.InvestigatorMisconduct"/>.</summary>
    public AccountabilityMatter Matter { get; } = AccountabilityMatter.InvestigatorMisconduct;

    /// <summary>Returns the investigators who answer for the decision of <paramref name="case"/>, which the review varied or revoked.</summary>
    /// <param name="case">The accountability case, ended varied or revoked on review.</param>
    /// <returns>The wrong decision, naming every investigator who stayed on the case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="ArgumentException">The review did not vary or revoke the decision (the decision was not found wrong), or no investigator stayed on the case.</exception>
    public static WrongfulInvestigation Of(AccountabilityCase @case)
    {
        Preconditions.CheckNotNull(@case);
        var step = @case.Snapshot.Step;
        if (step is not (AccountabilityProcedure.Steps.Varied or AccountabilityProcedure.Steps.Revoked))
        {
            throw new ArgumentException($"Case '{@case.Snapshot.CaseId}' is at step '{step}': only a decision the review varied or revoked was found wrong. / 问责案件“{@case.Snapshot.CaseId}”处于“{step}”环节：只有经复核变更或撤销的问责决定才认定为错误决定。", nameof(@case));
        }

        var investigators = @case.ActiveInvestigators.ToArray();
        if (investigators.Length == 0)
        {
            throw new ArgumentException($"Case '{@case.Snapshot.CaseId}' names no investigator who stayed on it. / 问责案件“{@case.Snapshot.CaseId}”没有未回避的调查组成员。", nameof(@case));
        }

        return new WrongfulInvestigation(@case.Snapshot.CaseId, step, investigators);
    }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the list element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(WrongfulInvestigation? other) =>
        other is not null
        && CaseId == other.CaseId
        && ReviewOutcome == other.ReviewOutcome
        && ValueEquality.SequenceEqual(Investigators, other.Investigators);

    /// <summary>Returns a hash code consistent with <see cref="Equals(WrongfulInvestigation)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(CaseId, ReviewOutcome);
}
