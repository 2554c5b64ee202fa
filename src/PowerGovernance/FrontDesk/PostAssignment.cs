using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// How a post (岗位) is staffed (岗位设置): its unit, its holders and named deputies (AB岗/代理人), and its two duties
/// (一岗双责): the business duty and the integrity duty (党风廉政建设) of the same post.
/// </summary>
public sealed record PostAssignment
{
    /// <summary>Creates a post assignment.</summary>
    /// <param name="post">The post, as used in the catalog and procedures, e.g. <c>劳动保障专干</c>.</param>
    /// <param name="unit">The unit it belongs to, e.g. <c>劳动保障站</c>.</param>
    /// <param name="holders">The people holding it, in order of precedence; at least one.</param>
    /// <param name="deputies">The named deputies who act when every holder is away, in order; none of them a holder.</param>
    /// <param name="businessDuty">The business duty (业务工作职责).</param>
    /// <param name="integrityDuty">The integrity duty (党风廉政建设职责).</param>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> or a list is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, there is no holder, a name repeats, or a deputy is also a holder; the message lists every problem.</exception>
    public PostAssignment(Post post, string unit, IEnumerable<string> holders, IEnumerable<string> deputies, string businessDuty, string integrityDuty)
    {
        Post = Preconditions.CheckNotNull(post);
        Unit = Preconditions.CheckNotBlank(unit);
        BusinessDuty = Preconditions.CheckNotBlank(businessDuty);
        IntegrityDuty = Preconditions.CheckNotBlank(integrityDuty);
        Holders = Preconditions.CheckNotNull(holders).ToArray();
        Deputies = Preconditions.CheckNotNull(deputies).ToArray();
        var problems = new List<string>();
        if (Holders.Count == 0)
        {
            problems.Add("A post needs at least one holder. 岗位至少须有一名责任人。");
        }

        if (Holders.Concat(Deputies).Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("A holder or deputy name is blank. 责任人或代理人姓名不能为空。");
        }

        foreach (var twice in Holders.Concat(Deputies).Where(n => n is not null).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"'{twice.Key}' is named {twice.Count()} times among the holders and deputies (a deputy cannot be a holder). “{twice.Key}”在责任人和代理人中出现{twice.Count()}次（代理人不能同时为责任人）。");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Post '{post.ChineseName}' ({post.EnglishName}, 岗位“{post.ChineseName}”): " + string.Join(" ", problems));
        }
    }

    /// <summary>Gets the post.</summary>
    public Post Post { get; }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the holders, in order of precedence.</summary>
    public IReadOnlyList<string> Holders { get; }

    /// <summary>Gets the named deputies, in order.</summary>
    public IReadOnlyList<string> Deputies { get; }

    /// <summary>Gets the business duty (业务职责).</summary>
    public string BusinessDuty { get; }

    /// <summary>Gets the integrity duty (廉政职责).</summary>
    public string IntegrityDuty { get; }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the holders and deputies element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(PostAssignment? other) =>
        other is not null
        && Post == other.Post
        && Unit == other.Unit
        && ValueEquality.SequenceEqual(Holders, other.Holders)
        && ValueEquality.SequenceEqual(Deputies, other.Deputies)
        && BusinessDuty == other.BusinessDuty
        && IntegrityDuty == other.IntegrityDuty;

    /// <summary>Returns a hash code consistent with <see cref="Equals(PostAssignment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Post, Unit);
}
