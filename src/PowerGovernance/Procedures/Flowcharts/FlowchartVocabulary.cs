using System.Collections.Generic;
using PowerGovernance.Powers;

namespace PowerGovernance.Procedures.Flowcharts;

/// <summary>The Chinese words the chart uses for the engine's enumerations.</summary>
internal static class FlowchartVocabulary
{
    internal static string Initiation(Initiation initiation) =>
        System.Enum.IsDefined(initiation) ? Terms.ChineseName(initiation) : initiation.ToString();

    internal static string Outcome(CaseOutcome outcome) =>
        !System.Enum.IsDefined(outcome) ? outcome.ToString()
        : outcome == CaseOutcome.Refused ? Terms.ChineseName(outcome) + "（书面说明理由）"
        : Terms.ChineseName(outcome);

    /// <summary>
    /// Returns how a terminal step looks: <c>granted</c> (准予, 办结), <c>refused</c> (不予准许, 不予受理)
    /// or <c>closed</c> (撤回, 移送).
    /// </summary>
    internal static string OutcomeLook(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Granted or CaseOutcome.Completed => "granted",
        CaseOutcome.Refused or CaseOutcome.NotAccepted => "refused",
        _ => "closed",
    };

    /// <summary>Returns the rights as <c>告知理由、陈述、申辩、听证</c>, in that order; empty for none.</summary>
    internal static string Rights(CounterpartRights rights)
    {
        var names = new List<string>(4);
        if (rights.HasFlag(CounterpartRights.Reasons))
        {
            names.Add("告知理由");
        }

        if (rights.HasFlag(CounterpartRights.Statement))
        {
            names.Add("陈述");
        }

        if (rights.HasFlag(CounterpartRights.Defence))
        {
            names.Add("申辩");
        }

        if (rights.HasFlag(CounterpartRights.Hearing))
        {
            names.Add("听证");
        }

        return string.Join("、", names);
    }

    /// <summary>Returns what the trigger does to the clock, or <see langword="null"/> for nothing.</summary>
    internal static string? Clock(TriggerDefinition trigger) => trigger.Clock switch
    {
        ClockEffect.None => null,
        ClockEffect.Suspend => trigger.StatesSuspensionEnd ? "暂停计时（书面告知所需时间）" : "暂停计时",
        ClockEffect.Resume => "恢复计时",
        ClockEffect.Extend => trigger.Extension is { } by ? "延长" + by.ToChineseString() : "延长期限",
        ClockEffect.Restart => "重新计时",
        ClockEffect.StartPeriod => trigger.Period is { } period
            ? "开始新时段：法定" + period.Legal.ToChineseString() + "，承诺" + period.Committed.ToChineseString()
            : "开始新时段",
        _ => trigger.Clock.ToString(),
    };

    /// <summary>Returns what an accepting trigger does to the legal clock, or <see langword="null"/> when it does not accept.</summary>
    internal static string? Acceptance(TriggerDefinition trigger) =>
        !trigger.Accepts ? null
        : trigger.DeemedAcceptedAfter is { } window ? "法定时限自受理之日起算（收件后" + window.ToChineseString() + "内未告知补正的，自收件之日起算）"
        : "法定时限自受理之日起算";
}
