using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Accountability;

/// <summary>
/// A circumstance that makes a person accountable (问责情形): the township rule book lists ten
/// (the township's accountability rules, 行政问责制: from 有令不行、有禁不止 to 监管不力、处置不当). The set is open: an office may name its own with <see cref="AccountabilityMatter(string, string, string)"/>.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>disobeying-orders</c>.</param>
/// <param name="ChineseName">The Chinese name, e.g. 有令不行、有禁不止.</param>
/// <param name="EnglishName">The English name.</param>
public sealed record AccountabilityMatter(string Code, string ChineseName, string EnglishName)
{
    /// <summary>① Orders not carried out, prohibitions not observed (有令不行、有禁不止).</summary>
    public static AccountabilityMatter DisobeyingOrders { get; } = new("disobeying-orders", "有令不行、有禁不止", "Orders not carried out, prohibitions not observed");

    /// <summary>② Arbitrary, autocratic decisions and decision errors (独断专行、决策失误).</summary>
    public static AccountabilityMatter ArbitraryDecisions { get; } = new("arbitrary-decisions", "独断专行、决策失误", "Arbitrary decisions and decision errors");

    /// <summary>③ Abuse of power and unlawful administration (滥用职权、违法行政).</summary>
    public static AccountabilityMatter AbuseOfPower { get; } = new("abuse-of-power", "滥用职权、违法行政", "Abuse of power and unlawful administration");

    /// <summary>④ Procrastination and passing the buck (办事拖拉、推诿扯皮).</summary>
    public static AccountabilityMatter Procrastination { get; } = new("procrastination", "办事拖拉、推诿扯皮", "Procrastination and passing the buck");

    /// <summary>⑤ Lack of initiative, mediocrity and inaction (不求进取、平庸无为).</summary>
    public static AccountabilityMatter Inaction { get; } = new("inaction", "不求进取、平庸无为", "Lack of initiative and inaction");

    /// <summary>⑥ Deceiving superiors and the public, falsification (欺上瞒下、弄虚作假).</summary>
    public static AccountabilityMatter Falsification { get; } = new("falsification", "欺上瞒下、弄虚作假", "Deception and falsification");

    /// <summary>⑦ Indifference and rudeness toward the public (态度冷漠、作风粗暴).</summary>
    public static AccountabilityMatter Rudeness { get; } = new("rudeness", "态度冷漠、作风粗暴", "Indifference and rudeness");

    /// <summary>⑧ Extravagance, waste and competitive indulgence (铺张浪费、攀比享受).</summary>
    public static AccountabilityMatter Extravagance { get; } = new("extravagance", "铺张浪费、攀比享受", "Extravagance and waste");

    /// <summary>⑨ Acting in secret and evading supervision (暗箱操作、逃避监督).</summary>
    public static AccountabilityMatter EvadingSupervision { get; } = new("evading-supervision", "暗箱操作、逃避监督", "Acting in secret and evading supervision");

    /// <summary>⑩ Weak oversight and improper handling (监管不力、处置不当).</summary>
    public static AccountabilityMatter WeakOversight { get; } = new("weak-oversight", "监管不力、处置不当", "Weak oversight and improper handling");

    /// <summary>
    /// Unlawful or improper enforcement (行政执法过错): the fault of an enforcement body or officer, pursued under the township's
    /// enforcement-responsibility rules (行政执法责任制 5, 行政执法过错责任追究) by the circumstances, consequences and impact;
    /// not one of the ten of <see cref="WellKnown"/>. See <see cref="Accountability.WrongfulEnforcement"/>.
    /// </summary>
    public static AccountabilityMatter WrongfulEnforcement { get; } = new("wrongful-enforcement", "行政执法过错", "Unlawful or improper enforcement");

    /// <summary>
    /// Investigators' abuse of power, favouritism or neglect of duty that led to a wrong accountability decision (调查人员滥用职权、
    /// 徇私舞弊、玩忽职守): the township's accountability rules make the investigators themselves accountable when their conclusion departs
    /// seriously from the facts and the Party committee decided wrongly on it (调查结论与事实出现重大偏差，致使镇党委作出错误的问责决定);
    /// not one of the ten of <see cref="WellKnown"/>. See <see cref="Accountability.WrongfulInvestigation"/>.
    /// </summary>
    public static AccountabilityMatter InvestigatorMisconduct { get; } = new("investigator-misconduct", "调查人员滥用职权、徇私舞弊、玩忽职守", "Investigators' abuse of power, favouritism or neglect of duty");

    /// <summary>The ten circumstances of the rule book, in its order.</summary>
    public static IReadOnlyList<AccountabilityMatter> WellKnown { get; } = Array.AsReadOnly(
    [
        DisobeyingOrders, ArbitraryDecisions, AbuseOfPower, Procrastination, Inaction,
        Falsification, Rudeness, Extravagance, EvadingSupervision, WeakOversight,
    ]);

    /// <summary>The code.</summary>
    public string Code { get; init; } = Preconditions.CheckNotBlank(Code);

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; init; } = Preconditions.CheckNotBlank(ChineseName);

    /// <summary>The English name.</summary>
    public string EnglishName { get; init; } = Preconditions.CheckNotBlank(EnglishName);

    /// <inheritdoc />
    public override string ToString() => ChineseName + " (" + EnglishName + ")";
}
