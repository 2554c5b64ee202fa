using System;
using System.Collections.Generic;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Risks;

/// <summary>
/// A risk point of a power or post (权力风险点): where the power may be abused, how serious that is, and the prevention
/// measures (风险防范措施) set for it. The township's reform plan requires "在分析确立权力风险点的基础上，制定具体的风险防范措施，
/// 明确权力行使的责任及责任人". A register checks it (<see cref="RiskRegister.Validate"/>); the constructor takes any values.
/// </summary>
/// <param name="Id">The risk point's id in the register (风险点编号), e.g. <c>MZ-JF-0002-R1</c>.</param>
/// <param name="Power">The power it belongs to (所属职权), or <see langword="null"/> for a post's risk.</param>
/// <param name="Post">The post it belongs to (所属岗位), or <see langword="null"/> for a power's risk.</param>
/// <param name="Description">Where the risk lies (风险点描述), e.g. <c>入户核查不实，人情保、关系保</c>.</param>
/// <param name="Level">Its level (风险等级).</param>
/// <param name="Controls">The prevention measures (防控措施), at least one.</param>
public sealed record RiskPoint(string Id, PowerCode? Power, Post? Post, string Description, RiskLevel Level, IReadOnlyList<string> Controls)
{
    /// <summary>Returns whether <paramref name="other"/> has equal members, the controls element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(RiskPoint? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Equals(Power, other.Power)
        && Equals(Post, other.Post)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Level == other.Level
        && ValueEquality.SequenceEqual(Controls, other.Controls);

    /// <summary>Returns a hash code consistent with <see cref="Equals(RiskPoint)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Power, Post, Description, Level, ValueEquality.SequenceHash(Controls));
}
