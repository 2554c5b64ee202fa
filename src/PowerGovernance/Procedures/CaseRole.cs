using System;
using System.Diagnostics.CodeAnalysis;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// A role a person plays in one case (案件角色), e.g. the subject (被调查人), an investigator (调查组成员) or a person who stepped
/// aside (回避人员). A procedure declares its roles and the rules on them (<see cref="ProcedureDefinitionBuilder.Recuses"/>,
/// <see cref="ProcedureDefinitionBuilder.ActsOnlyThrough"/>, <see cref="ProcedureDefinitionBuilder.Separates"/>); its triggers
/// assign people to them (<see cref="TriggerBuilder.Assigns"/>), and the case's <see cref="CaseSnapshot.Parties"/> record who
/// plays which.
/// </summary>
/// <remarks>Two roles are equal when their ids are equal (ordinal); the names are for people. Immutable and thread-safe.</remarks>
public sealed class CaseRole : IEquatable<CaseRole>
{
    /// <summary>Creates a role.</summary>
    /// <param name="id">The id recorded in the snapshot, e.g. <c>investigator</c>: lower-case letters, digits and hyphens, at most 64 characters.</param>
    /// <param name="chineseName">The Chinese name, e.g. <c>调查组成员</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>investigator</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, or the id is not lower-case letters, digits and hyphens.</exception>
    public CaseRole(string id, string chineseName, string englishName)
    {
        Preconditions.CheckNotBlank(id);
        if (id.Length > 64 || !IsId(id))
        {
            throw new ArgumentException("A role's id is 1 to 64 lower-case letters, digits and hyphens, e.g. 'investigator'; got '" + (id.Length <= 200 ? id : id[..200] + "…") + "'. 案件角色标识须为1至64个小写字母、数字或连字符。", nameof(id));
        }

        Id = id;
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
    }

    /// <summary>Gets the id, as recorded in <see cref="CaseParty.Role"/>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name (角色名称).</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Returns the role's id.</summary>
    /// <param name="role">The role.</param>
    [return: NotNullIfNotNull(nameof(role))]
    public static implicit operator string?(CaseRole? role) => role?.Id;

    /// <summary>Returns whether two roles have the same id.</summary>
    /// <param name="left">The first role.</param>
    /// <param name="right">The second role.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CaseRole? left, CaseRole? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two roles have different ids.</summary>
    /// <param name="left">The first role.</param>
    /// <param name="right">The second role.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CaseRole? left, CaseRole? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(CaseRole? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CaseRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Whether <paramref name="id"/> is lower-case letters, digits and hyphens.</summary>
    internal static bool IsId(string id)
    {
        if (id.Length == 0)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
