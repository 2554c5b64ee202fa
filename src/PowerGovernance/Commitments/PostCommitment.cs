using System;
using System.Collections.Generic;
using System.Linq;
using PowerGovernance.Internal;
using PowerGovernance.Powers;
using PowerGovernance.Procedures;

namespace PowerGovernance.Commitments;

/// <summary>
/// The service commitment of one official at their post (岗位服务承诺), as the office keeps it: who holds the post, the duties
/// they commit to, the powers whose committed limits they keep, and the complaint telephone (服务承诺制: 干部职工服务承诺上墙、
/// 上桌; 首问责任制 2: 公开个人姓名、职务、工作岗位、投诉电话). The office's record holds the person's id, which is never
/// published; <see cref="ServiceCommitmentBoard"/> makes the public projection.
/// </summary>
public sealed record PostCommitment
{
    /// <summary>Creates a commitment.</summary>
    /// <param name="person">The official's person id, as an <see cref="Actor.Name"/>; kept internal, never published.</param>
    /// <param name="displayName">The name shown on the board (姓名).</param>
    /// <param name="title">The official's title (职务), e.g. <c>民政办主任</c>.</param>
    /// <param name="post">The post (工作岗位).</param>
    /// <param name="duties">The duties committed to (岗位职责), at least one, none blank.</param>
    /// <param name="powers">The catalog powers the post undertakes, whose limits are committed (承诺时限); may be empty.</param>
    /// <param name="complaintTelephone">The complaint telephone (投诉电话).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, no duty is given, or a power is listed twice.</exception>
    public PostCommitment(string person, string displayName, string title, Post post, IEnumerable<string> duties, IEnumerable<PowerCode> powers, string complaintTelephone)
    {
        Person = PersonIds.Check(person, nameof(person));
        DisplayName = Preconditions.CheckNotBlank(displayName);
        Title = Preconditions.CheckNotBlank(title);
        Post = Preconditions.CheckNotNull(post);
        var given = Preconditions.CheckNotNull(duties).ToArray();
        if (given.Length == 0 || given.Any(d => !VisibleText.HasVisibleText(d)))
        {
            throw new ArgumentException("At least one duty is committed to, and none is blank. / 至少承诺一项岗位职责，且不得为空。", nameof(duties));
        }

        Duties = Array.AsReadOnly(given);
        var codes = Preconditions.CheckNotNull(powers).ToArray();
        if (codes.Distinct().Count() != codes.Length)
        {
            throw new ArgumentException("A power is listed twice. / 职权重复列出。", nameof(powers));
        }

        Powers = Array.AsReadOnly(codes);
        ComplaintTelephone = Preconditions.CheckNotBlank(complaintTelephone);
    }

    /// <summary>Gets the official's person id (人员标识): internal, never published.</summary>
    public string Person { get; }

    /// <summary>Gets the name shown (姓名).</summary>
    public string DisplayName { get; }

    /// <summary>Gets the title (职务).</summary>
    public string Title { get; }

    /// <summary>Gets the post (工作岗位).</summary>
    public Post Post { get; }

    /// <summary>Gets the duties committed to (岗位职责).</summary>
    public IReadOnlyList<string> Duties { get; }

    /// <summary>Gets the catalog powers the post undertakes.</summary>
    public IReadOnlyList<PowerCode> Powers { get; }

    /// <summary>Gets the complaint telephone (投诉电话).</summary>
    public string ComplaintTelephone { get; }

    /// <summary>Returns whether <paramref name="other"/> has equal members, the lists element by element (值相等).</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(PostCommitment? other) =>
        other is not null && Person == other.Person && DisplayName == other.DisplayName && Title == other.Title && Post == other.Post
        && ValueEquality.SequenceEqual(Duties, other.Duties) && ValueEquality.SequenceEqual(Powers, other.Powers) && ComplaintTelephone == other.ComplaintTelephone;

    /// <summary>Returns a hash code consistent with <see cref="Equals(PostCommitment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Person, Post);
}
