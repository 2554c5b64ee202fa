using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// The rules an accountability case adds on top of the engine (回避、调查与审查分离): the subject never acts and is never assigned,
/// people who declared an interest step aside, investigators never review, group and panel steps are fired only by the people
/// assigned to the case, conduct is only what the table lists, decisions lie in the policy's allowed set, and a review never makes
/// the decision heavier.
/// </summary>
internal sealed class AccountabilityValidator(ProcedureDefinition definition, SanctionPolicy policy, DateTimeZone zone)
{
    /// <summary>The first rule a trigger breaks on this case, or null to let the engine decide.</summary>
    internal Refusal? Check(AccountabilityCase @case, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string> arguments)
    {
        var step = @case.Snapshot.Step;
        if (trigger == "register")
        {
            return Reject(RejectionKind.NotPermittedFromStep, trigger, step, "The matter is registered once, when the case is opened.", "问责线索只在立案时登记一次。");
        }

        if (string.Equals(actor.Name, @case.Subject, StringComparison.Ordinal))
        {
            return Reject(RejectionKind.Recused, trigger, step, actor.Name + " is the subject of this case and can never act on it.", actor.Name + "是本案被调查人，不得参与办理（回避）。");
        }

        if (Has(@case.Recused, actor.Name))
        {
            return Reject(RejectionKind.Recused, trigger, step, actor.Name + " declared an interest in this case and has stepped aside.", actor.Name + "已申报与本案有利害关系，已回避。");
        }

        if (!definition.TryGetTrigger(step, trigger, out var transition))
        {
            return null; // the engine says why
        }

        var post = actor.FirstPostIn(transition.AllowedPosts);
        if (post == AccountabilityProcedure.InvestigationGroup && !@case.ActiveInvestigators.Contains(actor.Name, StringComparer.Ordinal))
        {
            return Reject(RejectionKind.ActorLacksPost, trigger, step, actor.Name + " is not a member of this case's investigation group.", actor.Name + "不是本案调查组成员。");
        }

        if (post == AccountabilityProcedure.ReviewPanel)
        {
            if (Has(@case.Investigators, actor.Name))
            {
                return Reject(RejectionKind.SeparationOfDuties, trigger, step, actor.Name + " investigated this case and may not review it.", actor.Name + "参与了本案调查，不得参与复核（调查与审查分离）。");
            }

            if (!Has(@case.Reviewers, actor.Name))
            {
                return Reject(RejectionKind.ActorLacksPost, trigger, step, actor.Name + " is not a member of this case's review panel.", actor.Name + "不是本案复核人员。");
            }
        }

        arguments.TryGetValue(AccountabilityProcedure.PersonArgument, out var person);
        switch (trigger)
        {
            case "assign-investigator" or "assign-reviewer" when person is not null:
                return CheckAssignment(@case, trigger, step, person, reviewer: trigger == "assign-reviewer");
            case "declare-interest" when person is not null && string.Equals(person, @case.Subject, StringComparison.Ordinal):
                return Guard(trigger, step, "申报回避的须为办案人员，而非被调查人本人", "the person declaring an interest must be an official on the case, not its subject");
            case "record-conduct" when arguments.TryGetValue(AccountabilityProcedure.FactorArgument, out var code):
                return code == AggravatingFactor.RepeatedWithinOneYear.Code || !policy.Table.Factors.Any(f => f.Code == code)
                    ? Guard(trigger, step, "须为问责表所列、经调查认定的从重情形（“1年内2次以上被问责”由记录推算，不得录入）", "the circumstance must be an aggravating factor of the table established by the investigation (\"accountable twice within one year\" is computed from the record and cannot be entered)")
                    : null;
            case "suspend-duties":
                if (@case.DutiesSuspended)
                {
                    return Guard(trigger, step, "被调查人职务尚未暂停", "the subject's duties are not already suspended");
                }

                return @case.EstablishedConduct.Any(f => f.Code == AggravatingFactor.ObstructedInvestigation.Code)
                    ? null
                    : Guard(trigger, step, "已认定被调查人阻挠或干预调查", "the investigation has established that the subject obstructed or interfered with it");
            case "decide":
                return CheckDecision(@case, trigger, step, at, arguments);
            case "vary" when arguments.TryGetValue(AccountabilityProcedure.SanctionsArgument, out var varied):
                return CheckVariation(@case, trigger, step, varied);
            default:
                return null;
        }
    }

    private static Refusal? CheckAssignment(AccountabilityCase @case, string trigger, string step, string person, bool reviewer)
    {
        if (string.Equals(person, @case.Subject, StringComparison.Ordinal))
        {
            return Reject(RejectionKind.Recused, trigger, step, person + " is the subject of this case and can never be assigned to it.", person + "是本案被调查人，不得被指派办理本案（回避）。");
        }

        if (Has(@case.Recused, person))
        {
            return Reject(RejectionKind.Recused, trigger, step, person + " declared an interest in this case and may not be assigned.", person + "已申报与本案有利害关系，不得被指派（回避）。");
        }

        if (reviewer ? Has(@case.Investigators, person) : Has(@case.Reviewers, person))
        {
            return Reject(RejectionKind.SeparationOfDuties, trigger, step, person + (reviewer ? " investigated this case and may not review it." : " reviews this case and may not investigate it."), person + (reviewer ? "参与了本案调查，不得参与复核" : "参与本案复核，不得参与调查") + "（调查与审查分离）。");
        }

        return Has(reviewer ? @case.Reviewers : @case.Investigators, person)
            ? Guard(trigger, step, "该人员尚未被指派", "the person has not been assigned")
            : null;
    }

    private Refusal? CheckDecision(AccountabilityCase @case, string trigger, string step, Instant at, IReadOnlyDictionary<string, string> arguments)
    {
        if (!arguments.TryGetValue(AccountabilityProcedure.TierArgument, out var tierText)
            || !StrictEnum.TryParse<SeverityTier>(tierText, out var tier)
            || !arguments.TryGetValue(AccountabilityProcedure.SanctionsArgument, out var sanctionsText))
        {
            return null; // the engine reports the missing argument or the tier guard
        }

        var referrals = Referral.None;
        if (arguments.TryGetValue(AccountabilityProcedure.ReferralsArgument, out var referralText) && !AccountabilityArguments.TryParseReferrals(referralText, out referrals))
        {
            return Guard(trigger, step, "移送事项须为 Discipline、Judiciary 之一或其组合", "referrals must be Discipline, Judiciary or both");
        }

        if (!AccountabilityArguments.TryParseSanctions(policy.Table, sanctionsText, out var chosen, out var unknown, out var repeated))
        {
            if (repeated is not null)
            {
                return RepeatedSanction(trigger, step, repeated);
            }

            var listed = string.Join(", ", policy.Table.Sanctions.Select(s => s.Code));
            return Guard(trigger, step, "问责方式须为问责表所列方式（未知：" + unknown + "；可选：" + listed + "）", "the sanctions must be sanctions of the table (unknown: " + unknown + "; accepted: " + listed + ")");
        }

        var date = at.InZone(zone).Date;
        var problems = policy.Assess(new AccountabilityFacts(tier, date, @case.EarlierDecisions, @case.EstablishedConduct, referrals)).Check(chosen);
        return problems.Count == 0
            ? null
            : new Refusal(RejectionKind.GuardFailed, problems.Select(p => p with { Message = "The sanctions decided are not allowed: " + p.Message, ChineseMessage = "所作问责方式不符合规定：" + p.ChineseMessage }).ToArray());
    }

    /// <summary>
    /// A variation on review names the table's sanctions and is never heavier than the decision appealed (<see cref="SanctionTable.IsHeavier"/>):
    /// the case reaches review only through the subject's own appeal, so every review is covered (不因提出申诉而被加重处理).
    /// </summary>
    private Refusal? CheckVariation(AccountabilityCase @case, string trigger, string step, string varied)
    {
        if (!AccountabilityArguments.TryParseSanctions(policy.Table, varied, out var list, out var unknown, out var repeated) || list.Count == 0)
        {
            if (repeated is not null)
            {
                return RepeatedSanction(trigger, step, repeated);
            }

            return Guard(
                trigger,
                step,
                "变更后的问责方式须为问责表所列方式" + (unknown is null ? string.Empty : "（未知：" + unknown + "；可选：" + string.Join(", ", policy.Table.Sanctions.Select(s => s.Code)) + "）"),
                "the varied sanctions must be sanctions of the table" + (unknown is null ? string.Empty : " (unknown: " + unknown + "; accepted: " + string.Join(", ", policy.Table.Sanctions.Select(s => s.Code)) + ")"));
        }

        if (@case.Sanctions.Any(s => !policy.Table.TryGetSanction(s?.Code, out var own) || own != s))
        {
            throw new ArgumentException("The case's sanctions are not all sanctions of the proceedings' table, so the review cannot be compared with the decision.", nameof(@case));
        }

        return policy.Table.Aggravation(list, @case.Sanctions) is { } finding
            ? new Refusal(RejectionKind.GuardFailed, [finding])
            : null;
    }

    /// <summary>The refusal of a decision or variation that imposes the same sanction twice, naming it.</summary>
    internal static Refusal RepeatedSanction(string trigger, string step, string code)
    {
        var shown = code.Length <= 200 ? code : code[..200] + "…";
        return Refusal.Of(
            RejectionKind.ArgumentInvalid,
            "Arguments[" + AccountabilityProcedure.SanctionsArgument + "]",
            shown,
            "'" + trigger + "' from step '" + step + "' was refused: the sanction '" + shown + "' is given twice; each sanction is imposed once in a decision.",
            "“" + step + "”环节的动作“" + trigger + "”被拒绝：问责方式“" + shown + "”重复出现；同一决定中每种问责方式只能适用一次。");
    }

    internal static Refusal Reject(RejectionKind kind, string trigger, string step, string english, string chinese) =>
        Refusal.Of(kind, kind is RejectionKind.Recused or RejectionKind.SeparationOfDuties or RejectionKind.ActorLacksPost ? "Actor" : "Trigger", trigger, english, chinese);

    private static Refusal Guard(string trigger, string step, string chinese, string english) =>
        Refusal.Of(RejectionKind.GuardFailed, "Guards", trigger, "'" + trigger + "' from step '" + step + "' was refused: not met: " + english + ".", "“" + step + "”环节的动作“" + trigger + "”被拒绝：不符合条件：" + chinese + "。");

    private static bool Has(IReadOnlyList<string> people, string person) => people.Contains(person, StringComparer.Ordinal);
}
