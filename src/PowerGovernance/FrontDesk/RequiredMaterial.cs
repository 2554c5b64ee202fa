using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// One required document or formality (所需材料/手续) of a <see cref="MaterialsChecklist"/>, required of every
/// applicant or only of applicants in some categories.
/// </summary>
/// <remarks>
/// Two materials with the same <see cref="Id"/> but a different <see cref="ChineseName"/> or
/// <see cref="Requirement"/> are a changed rule: a later one-time notice may tell the applicant again.
/// </remarks>
public sealed record RequiredMaterial
{
    /// <summary>Creates a material.</summary>
    /// <param name="id">The stable id, e.g. <c>id-card</c>.</param>
    /// <param name="chineseName">The Chinese name, e.g. <c>本人有效身份证件</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="requirement">What the document must be like (原件及复印件, 一式三份 …), or <see langword="null"/>.</param>
    /// <param name="forCategories">
    /// The ids of the applicant categories that must bring it; empty or <see langword="null"/> when every
    /// applicant must. An applicant in any one of them must bring it.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="chineseName"/> or <paramref name="englishName"/> is null or blank, or a category id is blank.</exception>
    public RequiredMaterial(string id, string chineseName, string englishName, string? requirement = null, IEnumerable<string>? forCategories = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
        Requirement = string.IsNullOrWhiteSpace(requirement) ? null : requirement;
        var categories = forCategories?.ToArray() ?? [];
        if (categories.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A category id must not be null, empty or white space. 申请人类别编号不能为空或仅含空白。", nameof(forCategories));
        }

        ForCategories = categories.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets what the document must be like, or <see langword="null"/>.</summary>
    public string? Requirement { get; }

    /// <summary>Gets the ids of the categories that must bring it; empty when every applicant must.</summary>
    public IReadOnlyList<string> ForCategories { get; }

    /// <summary>Gets whether every applicant must bring it.</summary>
    public bool IsRequiredOfEveryone => ForCategories.Count == 0;

    /// <summary>Returns whether <paramref name="applicant"/> must bring it.</summary>
    /// <param name="applicant">The applicant.</param>
    /// <returns><see langword="true"/> when required of everyone or of one of the applicant's categories.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicant"/> is null.</exception>
    public bool AppliesTo(Applicant applicant)
    {
        Preconditions.CheckNotNull(applicant);
        return IsRequiredOfEveryone || ForCategories.Any(applicant.IsIn);
    }

    /// <summary>Returns whether the name and requirement equal <paramref name="other"/>'s (the same rule).</summary>
    /// <param name="other">The other material.</param>
    /// <returns><see langword="true"/> when the applicant would be told the same thing.</returns>
    public bool SameRuleAs(RequiredMaterial other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal)
        && string.Equals(Requirement, other.Requirement, StringComparison.Ordinal);

    /// <inheritdoc />
    public bool Equals(RequiredMaterial? other) =>
        other is not null && SameRuleAs(other) && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && ForCategories.SequenceEqual(other.ForCategories, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, ChineseName, Requirement);

    /// <summary>Returns the Chinese name with its requirement, e.g. <c>户口本（原件及复印件）</c>.</summary>
    /// <returns>The text told to the applicant.</returns>
    public override string ToString() => Requirement is null ? ChineseName : ChineseName + "（" + Requirement + "）";
}
