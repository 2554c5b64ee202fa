using System;
using System.Diagnostics.CodeAnalysis;
using PowerGovernance.Internal;

namespace PowerGovernance.Procedures;

/// <summary>
/// A post (岗位), e.g. <c>窗口受理员</c> (counter clerk): who undertakes a step, who may fire a trigger, whom a person
/// acts as at the front desk. Its Chinese name is its code, the text the audit chain records.
/// </summary>
/// <remarks>
/// <para>
/// Two posts are equal when their Chinese names are equal (ordinal, exactly as written); the English name is for people
/// and does not take part. Immutable and thread-safe.
/// </para>
/// <para>
/// A post converts implicitly to its Chinese name, so it can be given wherever a post's code is expected: the posts
/// allowed to fire a trigger, the posts an <see cref="Actor"/> holds, <see cref="CaseEvent.Post"/>.
/// </para>
/// </remarks>
public sealed class Post : IEquatable<Post>
{
    /// <summary>Creates a post.</summary>
    /// <param name="chineseName">The Chinese name, the post's code, e.g. <c>窗口受理员</c>.</param>
    /// <param name="englishName">The English name, e.g. <c>Counter clerk</c>.</param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public Post(string chineseName, string englishName)
    {
        ChineseName = Preconditions.CheckNotBlank(chineseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
    }

    /// <summary>Gets the Chinese name, the post's code (岗位名称).</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Returns the post's code: its Chinese name.</summary>
    /// <param name="post">The post.</param>
    [return: NotNullIfNotNull(nameof(post))]
    public static implicit operator string?(Post? post) => post?.ChineseName;

    /// <summary>Returns whether two posts have the same Chinese name.</summary>
    /// <param name="left">The first post.</param>
    /// <param name="right">The second post.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Post? left, Post? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two posts have different Chinese names.</summary>
    /// <param name="left">The first post.</param>
    /// <param name="right">The second post.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Post? left, Post? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Post? other) => other is not null && string.Equals(ChineseName, other.ChineseName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Post other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ChineseName);

    /// <summary>Returns the Chinese name, the post's code.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;
}
