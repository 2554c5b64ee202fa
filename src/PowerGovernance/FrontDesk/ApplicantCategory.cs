using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// A category of applicant or a fact about the applicant (申请人类别/情形) that decides which materials a
/// <see cref="MaterialsChecklist"/> requires, e.g. <c>graduate</c> 从各类学校毕业、肄业的.
/// </summary>
public sealed record ApplicantCategory
{
    /// <summary>Creates a category.</summary>
    /// <param name="id">The stable id, e.g. <c>graduate</c>.</param>
    /// <param name="chineseName">The Chinese name, as in the rule text.</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="System.ArgumentException">An argument is null or blank.</exception>
    public ApplicantCategory(string id, string chineseName, string englishName)
    {
        Id = Preconditions.CheckNotBlank(id);
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }
}
