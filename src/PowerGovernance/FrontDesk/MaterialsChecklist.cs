using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Calendars;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The materials checklist of a power or application type (办事指南/材料清单): the required documents, each
/// possibly only for some applicant categories, the steps, the time limit and where to go. It is what a
/// one-time notice (一次性告知) is made from.
/// </summary>
/// <remarks>
/// <para>
/// A checklist is immutable. A changed rule is a new <see cref="Revision"/> (<see cref="Revise"/>); a later
/// notice for an application may then tell the applicant the materials that are new or changed in it.
/// </para>
/// <para>
/// The constructor checks the checklist and reports every problem in one <see cref="ArgumentException"/>
/// (a checklist is configuration written by the host, so a bad one is a programming error): duplicate
/// material or category ids, a material required of a category the checklist does not list, no steps,
/// a blank place.
/// </para>
/// </remarks>
public sealed class MaterialsChecklist
{
    private readonly RequiredMaterial[] materials;
    private readonly ApplicantCategory[] categories;
    private readonly string[] steps;

    /// <summary>Creates a checklist.</summary>
    /// <param name="id">The stable id, e.g. a power code or <c>unemployment-registration</c>.</param>
    /// <param name="chineseName">The Chinese name of the matter.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="revision">The rule revision, 1 or more.</param>
    /// <param name="categories">The applicant categories the materials refer to.</param>
    /// <param name="materials">The required materials.</param>
    /// <param name="steps">The steps the applicant goes through (办理程序), in order.</param>
    /// <param name="timeLimit">The time limit for handling the matter (办理时限), or <see langword="null"/> where no rule sets one yet.</param>
    /// <param name="place">Where to go (办理地点/承办单位).</param>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">The checklist is inconsistent; the message lists every problem.</exception>
    public MaterialsChecklist(
        string id,
        string chineseName,
        string englishName,
        int revision,
        IEnumerable<ApplicantCategory> categories,
        IEnumerable<RequiredMaterial> materials,
        IEnumerable<string> steps,
        TimeLimit? timeLimit,
        string place)
    {
        Preconditions.CheckArgumentRange(revision, 1, int.MaxValue);
        Id = Preconditions.CheckNotBlank(id);
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
        Revision = revision;
        this.categories = Preconditions.CheckNotNull(categories).ToArray();
        this.materials = Preconditions.CheckNotNull(materials).ToArray();
        this.steps = Preconditions.CheckNotNull(steps).ToArray();
        TimeLimit = timeLimit;
        Place = place;
        var problems = Problems().ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(ProblemList.Describe($"Materials checklist '{id}'", $"办事材料清单“{id}”", problems));
        }
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name of the matter.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name of the matter.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the rule revision.</summary>
    public int Revision { get; }

    /// <summary>Gets the applicant categories.</summary>
    public IReadOnlyList<ApplicantCategory> Categories => categories;

    /// <summary>Gets every material, in the order given.</summary>
    public IReadOnlyList<RequiredMaterial> Materials => materials;

    /// <summary>Gets the steps, in order.</summary>
    public IReadOnlyList<string> Steps => steps;

    /// <summary>Gets the time limit for handling the matter, or <see langword="null"/> where no rule sets one (the office then sets and announces its own).</summary>
    public TimeLimit? TimeLimit { get; }

    /// <summary>Gets where to go.</summary>
    public string Place { get; }

    /// <summary>Returns whether the checklist lists the category <paramref name="categoryId"/>.</summary>
    /// <param name="categoryId">The category id.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool HasCategory(string categoryId) => categories.Any(c => string.Equals(c.Id, categoryId, StringComparison.Ordinal));

    /// <summary>Finds a material by id.</summary>
    /// <param name="materialId">The id.</param>
    /// <param name="material">The material, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool TryGetMaterial(string materialId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequiredMaterial? material)
    {
        material = materials.FirstOrDefault(m => string.Equals(m.Id, materialId, StringComparison.Ordinal));
        return material is not null;
    }

    /// <summary>Returns the materials <paramref name="applicant"/> must bring, in checklist order.</summary>
    /// <param name="applicant">The applicant.</param>
    /// <returns>The required materials.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicant"/> is null.</exception>
    public IReadOnlyList<RequiredMaterial> RequiredFor(Applicant applicant)
    {
        Preconditions.CheckNotNull(applicant);
        return materials.Where(m => m.AppliesTo(applicant)).ToArray();
    }

    /// <summary>Returns the required materials <paramref name="applicant"/> has not presented (or presented defective), in checklist order.</summary>
    /// <param name="applicant">The applicant.</param>
    /// <returns>The missing materials.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicant"/> is null.</exception>
    public IReadOnlyList<RequiredMaterial> MissingFor(Applicant applicant) =>
        RequiredFor(applicant).Where(m => !applicant.HasPresented(m.Id)).ToArray();

    /// <summary>Returns the next revision of this checklist with other materials (a changed rule).</summary>
    /// <param name="materials">The materials of the new revision.</param>
    /// <param name="categories">The categories of the new revision, or <see langword="null"/> to keep these.</param>
    /// <returns>A checklist with <see cref="Revision"/> one higher.</returns>
    /// <exception cref="ArgumentException">The new checklist is inconsistent.</exception>
    public MaterialsChecklist Revise(IEnumerable<RequiredMaterial> materials, IEnumerable<ApplicantCategory>? categories = null) =>
        new(Id, ChineseName, EnglishName, Revision + 1, categories ?? this.categories, materials, steps, TimeLimit, Place);

    /// <summary>Returns the id, name and revision.</summary>
    /// <returns>E.g. <c>unemployment-registration r1 失业登记</c>.</returns>
    public override string ToString() => Id + " r" + Revision + " " + ChineseName;

    private IEnumerable<string> Problems()
    {
        foreach (var duplicate in categories.Where(c => c is not null).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"Category id '{duplicate.Key}' is listed {duplicate.Count()} times. 申请人类别编号“{duplicate.Key}”重复列出{duplicate.Count()}次。";
        }

        foreach (var duplicate in materials.Where(m => m is not null).GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"Material id '{duplicate.Key}' is listed {duplicate.Count()} times. 材料编号“{duplicate.Key}”重复列出{duplicate.Count()}次。";
        }

        if (categories.Any(c => c is null))
        {
            yield return "A category is null. 申请人类别不能为空。";
        }

        for (var i = 0; i < materials.Length; i++)
        {
            if (materials[i] is null)
            {
                yield return $"Materials[{i}] is null. 第{i + 1}项材料不能为空。";
                continue;
            }

            foreach (var category in materials[i].ForCategories.Where(c => !HasCategory(c)))
            {
                yield return $"Materials[{i}] ('{materials[i].Id}') is required of category '{category}', which the checklist does not list. 材料“{materials[i].Id}”适用的申请人类别“{category}”不在本清单中。";
            }
        }

        if (steps.Length == 0 || steps.Any(s => !VisibleText.HasVisibleText(s)))
        {
            yield return "Steps must list at least one step, none blank. 办理程序至少须有一步，且不能为空。";
        }

        if (!VisibleText.HasVisibleText(Place))
        {
            yield return "Place must say where to go. 办理地点须写明。";
        }
    }
}
