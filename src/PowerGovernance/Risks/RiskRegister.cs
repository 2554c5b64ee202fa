using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;
using PowerGovernance.Validation;

namespace PowerGovernance.Risks;

/// <summary>
/// The register of the risk points of an office's powers and posts (权力风险点登记表), with their levels and prevention
/// measures. Immutable; <see cref="Validate"/> reports every problem at once.
/// </summary>
public sealed class RiskRegister
{
    private const int MaxShown = 80;

    /// <summary>Creates a register.</summary>
    /// <param name="points">The risk points, in register order; null elements are reported by <see cref="Validate"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    public RiskRegister(IEnumerable<RiskPoint> points) => Points = ImmutableLists.Of(Preconditions.CheckNotNull(points));

    /// <summary>Gets the risk points (风险点), in register order.</summary>
    public IReadOnlyList<RiskPoint> Points { get; }

    /// <summary>
    /// Checks the register against the office's catalog and posts: every risk point has an id of its own, names a power the
    /// catalog lists or a post the office has (or both), says where the risk lies, has a level of high, medium or low, and at
    /// least one prevention measure, none blank.
    /// </summary>
    /// <param name="catalog">The office's power catalog.</param>
    /// <param name="posts">The office's posts.</param>
    /// <returns>Every problem found, in register order (empty when the register is sound); codes in <see cref="RiskRuleCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="posts"/> is null.</exception>
    public IReadOnlyList<Finding> Validate(PowerCatalog catalog, IEnumerable<Post> posts)
    {
        Preconditions.CheckNotNull(catalog);
        var known = Preconditions.CheckNotNull(posts).Where(p => p is not null).ToHashSet();
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Points.Count; i++)
        {
            var at = "Points[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var point = Points[i];
            if (point is null)
            {
                findings.Add(Finding.Error(RiskRuleCodes.SubjectMissing, at, null, "The risk point is missing (null).", "风险点为空。"));
                continue;
            }

            if (!VisibleText.HasVisibleText(point.Id))
            {
                findings.Add(Finding.Error(RiskRuleCodes.IdMissing, at + ".Id", Shown(point.Id), "A risk point needs an id.", "风险点须有编号。"));
            }
            else if (!seen.Add(point.Id))
            {
                findings.Add(Finding.Error(RiskRuleCodes.IdDuplicate, at + ".Id", Shown(point.Id), "Another risk point already has this id; each id is used once.", "风险点编号重复，每个编号只能使用一次。"));
            }

            if (point.Power is null && point.Post is null)
            {
                findings.Add(Finding.Error(RiskRuleCodes.SubjectMissing, at, null, "A risk point names the power or the post it belongs to.", "风险点须写明所属职权或岗位。"));
            }

            if (point.Power is { } code && !catalog.Contains(code))
            {
                findings.Add(Finding.Error(RiskRuleCodes.PowerUnknown, at + ".Power", code.ToString(), "The catalog lists no power with this code.", "职权目录中没有该编码的职权。"));
            }

            if (point.Post is { } post && !known.Contains(post))
            {
                findings.Add(Finding.Error(RiskRuleCodes.PostUnknown, at + ".Post", Shown(post.ChineseName), "The office has no such post.", "本单位没有该岗位。"));
            }

            if (!VisibleText.HasVisibleText(point.Description))
            {
                findings.Add(Finding.Error(RiskRuleCodes.DescriptionMissing, at + ".Description", Shown(point.Description), "A risk point says where the risk lies.", "风险点须写明风险所在。"));
            }

            if (!Enum.IsDefined(point.Level))
            {
                findings.Add(Finding.Error(RiskRuleCodes.LevelUndefined, at + ".Level", ((int)point.Level).ToString(CultureInfo.InvariantCulture), "The level is High, Medium or Low.", "风险等级须为高、中、低之一。"));
            }

            if (point.Controls is null || point.Controls.Count == 0)
            {
                findings.Add(Finding.Error(RiskRuleCodes.ControlMissing, at + ".Controls", null, "A risk point has at least one prevention measure.", "风险点须至少有一项防控措施。"));
                continue;
            }

            for (var j = 0; j < point.Controls.Count; j++)
            {
                if (!VisibleText.HasVisibleText(point.Controls[j]))
                {
                    findings.Add(Finding.Error(RiskRuleCodes.ControlBlank, at + ".Controls[" + j.ToString(CultureInfo.InvariantCulture) + "]", Shown(point.Controls[j]), "A prevention measure says what is done; it is blank.", "防控措施内容为空。"));
                }
            }
        }

        return ImmutableLists.Of(findings);
    }

    /// <summary>Returns the highest level among the risk points of <paramref name="power"/>, or <see langword="null"/> when none is registered.</summary>
    /// <param name="power">The power.</param>
    /// <returns>The level.</returns>
    public RiskLevel? LevelOf(PowerCode power) => Max(Points.Where(p => p is not null && p.Power == power));

    /// <summary>Returns the highest level among the risk points of <paramref name="post"/>, or <see langword="null"/> when none is registered.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The level.</returns>
    public RiskLevel? LevelOf(Post post) => Max(Points.Where(p => p is not null && p.Post is not null && p.Post == post));

    private static RiskLevel? Max(IEnumerable<RiskPoint> points)
    {
        RiskLevel? max = null;
        foreach (var point in points)
        {
            if (Enum.IsDefined(point.Level) && (max is null || point.Level > max))
            {
                max = point.Level;
            }
        }

        return max;
    }

    private static string? Shown(string? text) => text is null ? null : text.Length > MaxShown ? text[..MaxShown] + "…" : text;
}
