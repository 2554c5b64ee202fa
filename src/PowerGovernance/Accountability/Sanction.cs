using System;
using System.Collections.Generic;
using PowerGovernance.Internal;

namespace PowerGovernance.Accountability;

/// <summary>
/// A way of holding a person accountable (问责方式), with its weight: the rule book lists ten, lightest first
/// (from 诫勉谈话 to 建议免职); they may be used alone or combined (可以单独使用或并用). An office may define its own in a
/// <see cref="SanctionTable"/>.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>admonition</c>.</param>
/// <param name="Weight">The weight: higher is heavier; unique within a table. The defaults weigh 1–10.</param>
/// <param name="ChineseName">The Chinese name, e.g. 诫勉谈话.</param>
/// <param name="EnglishName">The English name.</param>
public sealed record Sanction(string Code, int Weight, string ChineseName, string EnglishName)
{
    /// <summary>① Admonition talk (诫勉谈话), weight 1.</summary>
    public static Sanction Admonition { get; } = new("admonition", 1, "诫勉谈话", "Admonition talk");

    /// <summary>② Loss of this year's eligibility for awards (取消当年评优评先资格), weight 2.</summary>
    public static Sanction LossOfAwards { get; } = new("loss-of-awards", 2, "取消当年评优评先资格", "Loss of this year's awards");

    /// <summary>③ Ordered written self-criticism (责令作出书面检查), weight 3.</summary>
    public static Sanction WrittenSelfCriticism { get; } = new("written-self-criticism", 3, "责令作出书面检查", "Written self-criticism");

    /// <summary>④ Ordered public apology (责令公开道歉), weight 4.</summary>
    public static Sanction PublicApology { get; } = new("public-apology", 4, "责令公开道歉", "Public apology");

    /// <summary>⑤ Circulated criticism (通报批评), weight 5.</summary>
    public static Sanction CirculatedCriticism { get; } = new("circulated-criticism", 5, "通报批评", "Circulated criticism");

    /// <summary>⑥ Reassignment to another post (调整工作岗位), weight 6.</summary>
    public static Sanction Reassignment { get; } = new("reassignment", 6, "调整工作岗位", "Reassignment");

    /// <summary>⑦ Suspension from duty pending self-examination (停职检查), weight 7.</summary>
    public static Sanction Suspension { get; } = new("suspension", 7, "停职检查", "Suspension from duty");

    /// <summary>⑧ Advised to resign (劝其引咎辞职), weight 8.</summary>
    public static Sanction AdvisedResignation { get; } = new("advised-resignation", 8, "劝其引咎辞职", "Advised resignation");

    /// <summary>⑨ Ordered to resign (责令辞职), weight 9.</summary>
    public static Sanction OrderedResignation { get; } = new("ordered-resignation", 9, "责令辞职", "Ordered resignation");

    /// <summary>⑩ Proposed removal from office (建议免职), weight 10.</summary>
    public static Sanction ProposedRemoval { get; } = new("proposed-removal", 10, "建议免职", "Proposed removal from office");

    /// <summary>The ten sanctions of the rule book, lightest first.</summary>
    public static IReadOnlyList<Sanction> WellKnown { get; } = Array.AsReadOnly(
    [
        Admonition, LossOfAwards, WrittenSelfCriticism, PublicApology, CirculatedCriticism,
        Reassignment, Suspension, AdvisedResignation, OrderedResignation, ProposedRemoval,
    ]);

    /// <summary>The code.</summary>
    public string Code { get; init; } = Preconditions.CheckNotBlank(Code);

    /// <summary>The weight (higher is heavier).</summary>
    public int Weight { get; init; } = Weight;

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; init; } = Preconditions.CheckNotBlank(ChineseName);

    /// <summary>The English name.</summary>
    public string EnglishName { get; init; } = Preconditions.CheckNotBlank(EnglishName);

    /// <inheritdoc />
    public override string ToString() => ChineseName + " (" + EnglishName + ", " + Weight.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
