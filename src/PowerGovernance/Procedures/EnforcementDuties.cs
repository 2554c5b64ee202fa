using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Validation;

namespace PowerGovernance.Procedures;

/// <summary>
/// The enforcement powers of an office assigned to its posts (分解执法职权，确定执法责任; the township's
/// enforcement-responsibility rules, 行政执法责任制 4): which post exercises each power and answers for it. Immutable.
/// </summary>
public sealed class EnforcementDuties
{
    /// <summary>Code of the finding for a listed power no post exercises (职权未分解到岗位), an error.</summary>
    public const string PowerUnassigned = "EnforcementPowerUnassigned";

    /// <summary>Code of the finding for a duty whose power is not in the catalog (分解的职权未列入目录), an error: a power not listed may not be exercised.</summary>
    public const string PowerNotListed = "EnforcementPowerNotListed";

    /// <summary>Code of the finding for a power assigned to several posts (平行岗位职权交叉), a warning: parallel posts should not share a power.</summary>
    public const string PowerShared = "EnforcementPowerShared";

    private readonly EnforcementDuty[] duties;

    /// <summary>Creates the assignment.</summary>
    /// <param name="duties">The duties; the same power and post at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="duties"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A power is assigned to the same post twice.</exception>
    public EnforcementDuties(IEnumerable<EnforcementDuty> duties)
    {
        var all = new List<EnforcementDuty>();
        foreach (var duty in Preconditions.CheckNotNull(duties))
        {
            Preconditions.CheckNotNull(duty, nameof(duties));
            if (all.Exists(d => d.Power == duty.Power && d.Post == duty.Post))
            {
                throw new ArgumentException($"Power '{duty.Power}' is assigned to post '{duty.Post.ChineseName}' twice. / 职权“{duty.Power}”重复分解到岗位“{duty.Post.ChineseName}”。", nameof(duties));
            }

            all.Add(duty);
        }

        this.duties = [.. all];
    }

    /// <summary>Gets the duties, in the order given.</summary>
    public IReadOnlyList<EnforcementDuty> Duties => Array.AsReadOnly(duties);

    /// <summary>Returns the posts that exercise <paramref name="power"/>.</summary>
    /// <param name="power">The power.</param>
    /// <returns>The posts, in the order given; empty when none.</returns>
    public IReadOnlyList<Post> PostsFor(PowerCode power) => Array.AsReadOnly(duties.Where(d => d.Power == power).Select(d => d.Post).ToArray());

    /// <summary>Returns the powers <paramref name="post"/> exercises.</summary>
    /// <param name="post">The post.</param>
    /// <returns>The powers, in the order given; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    public IReadOnlyList<PowerCode> PowersOf(Post post)
    {
        Preconditions.CheckNotNull(post);
        return Array.AsReadOnly(duties.Where(d => d.Post == post).Select(d => d.Power).ToArray());
    }

    /// <summary>
    /// Checks the assignment against <paramref name="catalog"/>: every listed power is assigned to a post
    /// (<see cref="PowerUnassigned"/>), every assigned power is listed (<see cref="PowerNotListed"/>), and no power is shared by
    /// parallel posts (<see cref="PowerShared"/>, a warning). Every problem is reported.
    /// </summary>
    /// <param name="catalog">The office's catalog.</param>
    /// <returns>The findings; empty when the assignment is complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public IReadOnlyList<Finding> Check(PowerCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        var findings = new List<Finding>();
        foreach (var power in catalog.Powers)
        {
            var posts = PostsFor(power.Code);
            if (posts.Count == 0)
            {
                findings.Add(Finding.Error(PowerUnassigned, "Powers[" + power.Code + "]", power.Code.Value, $"Power '{power.Code}' ({power.Name}) is assigned to no post; every enforcement power is assigned to the post that exercises and answers for it.", $"职权“{power.Code}”（{power.Name}）未分解到执法岗位；执法职权应分解到具体执法岗位并确定执法责任。"));
            }
            else if (posts.Count > 1)
            {
                var names = string.Join("、", posts.Select(p => p.ChineseName));
                findings.Add(Finding.Warning(PowerShared, "Powers[" + power.Code + "]", power.Code.Value, $"Power '{power.Code}' is assigned to {posts.Count} posts ({string.Join(", ", posts.Select(p => p.EnglishName))}); parallel posts should not share a power.", $"职权“{power.Code}”同时分解到{posts.Count}个岗位（{names}）；应避免平行执法岗位职权交叉。"));
            }
        }

        foreach (var duty in duties)
        {
            if (!catalog.Contains(duty.Power))
            {
                findings.Add(Finding.Error(PowerNotListed, "Duties[" + duty.Power + "]", duty.Power.Value, $"Power '{duty.Power}' assigned to post '{duty.Post.EnglishName}' is not in catalog version {catalog.Version}; a power not listed may not be exercised.", $"分解到岗位“{duty.Post.ChineseName}”的职权“{duty.Power}”未列入第{catalog.Version}版职权目录；未列入目录的职权不得行使。"));
            }
        }

        return findings.AsReadOnly();
    }
}
