using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.Accountability;

/// <summary>
/// The rules an accountability case adds on top of the engine: the matter is registered once, conduct is only what the table lists, duties are suspended only for obstruction, decisions lie in the policy's
/// allowed set, and a review never makes the decision heavier. Recusal and the separation of investigation and review are the
/// engine's (declared by <see cref="AccountabilityProcedure"/>), so they hold on every path, not only through the proceedings.
/// </summary>
internal sealed class AccountabilityValidator(SanctionPolicy policy, DateTimeZone zone)
{
    /// <summary>The first rule a trigger the engine admitted breaks on this case, or null when it may stand.</summary>
    internal Refusal? Check(AccountabilityCase @case, string trigger, Actor actor, Instant at, IReadOnlyDictionary<string, string> arguments)
    {
        var step = @case.Snapshot.Step;
        if (trigger == "register")
        {
            return Reject(RejectionKind.NotPermittedFromStep, trigger, step, "The matter is registered once, when the case is opened.", "问责线索只在立案时登记一次。");
        }

        switch (trigger)
        {
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
            case "inform-proposer" when @case.Proposer is null:
                return Guard(trigger, step, "立案时登记了作出问责批示、提出问责建议的单位或个人", "a unit or person who instructed or proposed the accountability was registered when the case was opened");
            case "inform-proposer" when @case.ProposerInformed is not null:
                return Guard(trigger, step, "尚未告知" + @case.Proposer, @case.Proposer + " has not been told already");
            case "serve" or "notify-cleared" when @case.Proposer is not null && @case.ProposerInformed is null:
                return Guard(trigger, step, "已将问责情况告知作出问责批示、提出问责建议的" + @case.Proposer, "the result has been told to " + @case.Proposer + ", who instructed or proposed the accountability");
            case "vary" when arguments.TryGetValue(AccountabilityProcedure.SanctionsArgument, out var varied):
                return CheckVariation(@case, trigger, step, varied);
            default:
                return null;
        }
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

}
