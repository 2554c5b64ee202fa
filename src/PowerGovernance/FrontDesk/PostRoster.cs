using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;
using PowerGovernance.Procedures;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The posts of an office and who is away when (岗位责任制): for a post and a day, who acts — the first holder
/// present, else the first named deputy present (岗位责任人离岗的，其职责必须有人代替履行). Immutable and thread-safe.
/// </summary>
public sealed class PostRoster
{
    private readonly Dictionary<Post, PostAssignment> posts;
    private readonly Absence[] absences;

    /// <summary>Creates a roster.</summary>
    /// <param name="posts">How the posts are staffed; each post at most once.</param>
    /// <param name="absences">The absences known.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">A post is listed twice.</exception>
    public PostRoster(IEnumerable<PostAssignment> posts, IEnumerable<Absence> absences)
    {
        this.posts = [];
        foreach (var assignment in Preconditions.CheckNotNull(posts))
        {
            Preconditions.CheckNotNull(assignment, nameof(posts));
            if (!this.posts.TryAdd(assignment.Post, assignment))
            {
                throw new ArgumentException($"Post '{assignment.Post}' is listed twice. 岗位“{assignment.Post}”重复列出。", nameof(posts));
            }
        }

        this.absences = Preconditions.CheckNotNull(absences).ToArray();
        if (this.absences.Any(a => a is null))
        {
            throw new ArgumentNullException(nameof(absences), "An absence is null. 缺勤记录不能为空。");
        }
    }

    /// <summary>Gets how the posts are staffed.</summary>
    public IEnumerable<PostAssignment> Posts => posts.Values;

    /// <summary>Gets the absences.</summary>
    public IReadOnlyList<Absence> Absences => absences;

    /// <summary>Returns the same roster with one more absence.</summary>
    /// <param name="absence">The absence.</param>
    /// <returns>A new roster.</returns>
    public PostRoster With(Absence absence) => new(posts.Values, [.. absences, Preconditions.CheckNotNull(absence)]);

    /// <summary>Returns whether <paramref name="person"/> is away on <paramref name="date"/>.</summary>
    /// <param name="person">The person.</param>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when an absence covers the day.</returns>
    public bool IsAway(string person, LocalDate date) =>
        absences.Any(a => string.Equals(a.Person, person, StringComparison.Ordinal) && a.Dates.Contains(date));

    /// <summary>Finds how a post is staffed.</summary>
    /// <param name="post">The post.</param>
    /// <param name="assignment">Its assignment, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    public bool TryGetPost(Post post, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PostAssignment? assignment) =>
        posts.TryGetValue(Preconditions.CheckNotNull(post), out assignment);

    /// <summary>
    /// Returns who acts in <paramref name="post"/> on <paramref name="date"/>: the first holder present; else
    /// the first named deputy present, standing in for the first holder; <see langword="null"/> only when every
    /// holder and every deputy is away (a gap the office must fill).
    /// </summary>
    /// <param name="post">The post.</param>
    /// <param name="date">The day.</param>
    /// <returns>The acting officer, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    /// <exception cref="ArgumentException">The roster has no such post.</exception>
    public ActingOfficer? WhoActs(Post post, LocalDate date)
    {
        if (!TryGetPost(post, out var assignment))
        {
            throw new ArgumentException($"The roster has no post '{post}'. 岗位表中没有岗位“{post}”。", nameof(post));
        }

        var holder = assignment.Holders.FirstOrDefault(h => !IsAway(h, date));
        if (holder is not null)
        {
            return new ActingOfficer(holder, assignment.Post, false, null);
        }

        var deputy = assignment.Deputies.FirstOrDefault(d => !IsAway(d, date));
        return deputy is null ? null : new ActingOfficer(deputy, assignment.Post, true, assignment.Holders[0]);
    }
}
