using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PowerGovernance.Internal;

namespace PowerGovernance.FrontDesk;

/// <summary>
/// The posts of an office and who is away when (岗位责任制): for a post and a day, who acts — the first holder
/// present, else the first named deputy present (岗位责任人离岗的，其职责必须有人代替履行). Immutable and thread-safe.
/// </summary>
public sealed class PostRoster
{
    private readonly Dictionary<string, Post> posts;
    private readonly Absence[] absences;

    /// <summary>Creates a roster.</summary>
    /// <param name="posts">The posts; their ids must be unique.</param>
    /// <param name="absences">The absences known.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">Two posts share an id.</exception>
    public PostRoster(IEnumerable<Post> posts, IEnumerable<Absence> absences)
    {
        this.posts = new Dictionary<string, Post>(StringComparer.Ordinal);
        foreach (var post in Preconditions.CheckNotNull(posts))
        {
            Preconditions.CheckNotNull(post, nameof(posts));
            if (!this.posts.TryAdd(post.Id, post))
            {
                throw new ArgumentException($"Post '{post.Id}' is listed twice. 岗位“{post.Id}”重复列出。", nameof(posts));
            }
        }

        this.absences = Preconditions.CheckNotNull(absences).ToArray();
        if (this.absences.Any(a => a is null))
        {
            throw new ArgumentNullException(nameof(absences), "An absence is null. 缺勤记录不能为空。");
        }
    }

    /// <summary>Gets the posts.</summary>
    public IEnumerable<Post> Posts => posts.Values;

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

    /// <summary>Finds a post by id.</summary>
    /// <param name="postId">The post's id.</param>
    /// <param name="post">The post, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool TryGetPost(string postId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Post? post) =>
        posts.TryGetValue(postId ?? string.Empty, out post);

    /// <summary>
    /// Returns who acts in <paramref name="postId"/> on <paramref name="date"/>: the first holder present; else
    /// the first named deputy present, standing in for the first holder; <see langword="null"/> only when every
    /// holder and every deputy is away (a gap the office must fill).
    /// </summary>
    /// <param name="postId">The post's id.</param>
    /// <param name="date">The day.</param>
    /// <returns>The acting officer, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The roster has no such post.</exception>
    public ActingOfficer? WhoActs(string postId, LocalDate date)
    {
        if (!TryGetPost(postId, out var post))
        {
            throw new ArgumentException($"The roster has no post '{postId}'. 岗位表中没有岗位“{postId}”。", nameof(postId));
        }

        var holder = post.Holders.FirstOrDefault(h => !IsAway(h, date));
        if (holder is not null)
        {
            return new ActingOfficer(holder, post.Id, false, null);
        }

        var deputy = post.Deputies.FirstOrDefault(d => !IsAway(d, date));
        return deputy is null ? null : new ActingOfficer(deputy, post.Id, true, post.Holders[0]);
    }
}
