using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// What the office knows about an applicant at the counter (申请人情况): the categories they fall in, the
/// materials they brought that meet the requirements, and the materials they brought that do not (with
/// what is wrong).
/// </summary>
/// <remarks>
/// A material listed in <see cref="Defects"/> counts as missing: the applicant is told what is wrong with
/// it, and a new defect is a new fact that a later notice may tell (补交的材料仍不符合要求的, 应再次告知).
/// Ids are compared ordinally. Immutable.
/// </remarks>
public sealed class Applicant
{
    private readonly HashSet<string> categories;
    private readonly HashSet<string> presented;
    private readonly Dictionary<string, string> defects;

    /// <summary>Creates the applicant's facts.</summary>
    /// <param name="categories">The ids of the categories the applicant falls in.</param>
    /// <param name="presented">The ids of the materials brought that meet the requirements.</param>
    /// <param name="defects">Materials brought that do not meet the requirements, by id, with what is wrong; or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> or <paramref name="presented"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank, a defect has no description, or a material is both presented and defective.</exception>
    public Applicant(IEnumerable<string> categories, IEnumerable<string> presented, IReadOnlyDictionary<string, string>? defects = null)
    {
        this.categories = Ids(Preconditions.CheckNotNull(categories), nameof(categories));
        this.presented = Ids(Preconditions.CheckNotNull(presented), nameof(presented));
        this.defects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, what) in defects ?? new Dictionary<string, string>())
        {
            if (!VisibleText.HasVisibleText(id) || !VisibleText.HasVisibleText(what))
            {
                throw new ArgumentException("A defect needs a material id and a description of what is wrong. 不符合要求的材料须写明材料编号和存在的问题。", nameof(defects));
            }

            if (this.presented.Contains(id))
            {
                throw new ArgumentException($"Material '{id}' is given both as presented and as defective. 材料“{id}”不能既列为已提交又列为不符合要求。", nameof(defects));
            }

            this.defects[id] = what;
        }
    }

    /// <summary>Gets the ids of the categories the applicant falls in, sorted.</summary>
    public IReadOnlyList<string> Categories => categories.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Gets the ids of the materials presented that meet the requirements, sorted.</summary>
    public IReadOnlyList<string> Presented => presented.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Gets the materials brought that do not meet the requirements, with what is wrong.</summary>
    public IReadOnlyDictionary<string, string> Defects => defects;

    /// <summary>Returns whether the applicant falls in the category <paramref name="categoryId"/>.</summary>
    /// <param name="categoryId">The category id.</param>
    /// <returns><see langword="true"/> when they do.</returns>
    public bool IsIn(string categoryId) => categoryId is not null && categories.Contains(categoryId);

    /// <summary>Returns whether the applicant presented <paramref name="materialId"/> and it meets the requirements.</summary>
    /// <param name="materialId">The material id.</param>
    /// <returns><see langword="true"/> when presented and not defective.</returns>
    public bool HasPresented(string materialId) => materialId is not null && presented.Contains(materialId);

    /// <summary>Returns what is wrong with a material brought, or <see langword="null"/> when none was found wrong.</summary>
    /// <param name="materialId">The material id.</param>
    /// <returns>The defect, or <see langword="null"/>.</returns>
    public string? DefectOf(string materialId) => materialId is not null && defects.TryGetValue(materialId, out var what) ? what : null;

    /// <summary>Returns the same applicant having also presented <paramref name="materialIds"/> (their defects, if any, cleared).</summary>
    /// <param name="materialIds">The materials now presented.</param>
    /// <returns>A new applicant.</returns>
    public Applicant Presenting(params string[] materialIds)
    {
        Preconditions.CheckNotNull(materialIds);
        return new Applicant(categories, presented.Concat(materialIds), defects.Where(d => !materialIds.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal));
    }

    private static HashSet<string> Ids(IEnumerable<string> ids, string paramName)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!VisibleText.HasVisibleText(id))
            {
                throw new ArgumentException("An id must not be null, empty or white space. 编号不能为空或仅含空白。", paramName);
            }

            set.Add(id);
        }

        return set;
    }
}
